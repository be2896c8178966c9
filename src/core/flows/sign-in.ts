/**
 * The implicit first step when a flow has no user: phone, one-time code, then name and email for
 * a new user. A recognised phone skips the profile. The phone screen is part of a flow's first
 * download; the code and profile screens (sign-in-code.ts, sign-in-profile.ts) are chunks that
 * arrive while the person types their number.
 */
import type { StepDefinition } from '../machine/types.ts';
import { callingCodeOf, checkPhone, type ParsedPhone } from '../validation/phone.ts';
import { call, type DotsContext } from './context.ts';
import { form } from './form.ts';
import { codeHead, later, notSignedIn, profileHead, SIGN_IN_GROUP } from './step-heads.ts';

export { SIGN_IN_GROUP };

/** `•••• 0123` for a phone: enough to recognise it, not enough to reuse it. */
export const maskPhone = (digits: string): string => (digits ? `•••• ${digits.slice(-4)}` : '');

export const phoneStep: StepDefinition<DotsContext> = {
  id: 'sign-in-phone',
  group: SIGN_IN_GROUP,
  title: 'signin.phone.title',
  label: 'signin.label',
  showWhileStarting: true,
  initial: () => ({ country: 'US', phone: '' }),
  schema: form((f) => {
    const country = f.str('country').toUpperCase();
    if (!callingCodeOf(country)) return f.fail('country', 'errors.country.required', { reason: 'required' });
    return f.check<ParsedPhone>('phone', 'phone', (s) => checkPhone(s, country));
  }),
  canRevisit: notSignedIn,
  async submit(adapter, data, signal) {
    const p = data as ParsedPhone;
    const sent = await adapter.sendVerificationCode({ country_code: p.country_code, phone_number: p.phone_number }, call(signal));
    return {
      context: {
        phone: { country_code: p.country_code, phone_number: p.phone_number, country: p.country ?? null },
        codeExpiresAt: sent.expires_at,
      },
    };
  },
  summary: ({ context }) => ({ phone: maskPhone(context.phone?.phone_number ?? '') }),
};

export const signInSteps: StepDefinition<DotsContext>[] = [
  phoneStep,
  later(codeHead, () => import('./sign-in-code.ts').then((m) => m.codeStep)),
  later(profileHead, () => import('./sign-in-profile.ts').then((m) => m.profileStep)),
];
