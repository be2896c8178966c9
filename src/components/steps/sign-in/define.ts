// The whole sign-in view: the phone screen, and the code and profile screens' fields and messages.
import './phone-screen/define.ts';
import '../../dots-text-field/define.ts';
import '../../dots-otp-input/define.ts';
import { addEnglish } from '../../../i18n/catalog.ts';
import stepErrorsEn from '../../../i18n/locales/en/errors-steps.ts';

// The code and profile fields' messages travel with their screens (see addEnglish).
addEnglish({ errors: stepErrorsEn });
