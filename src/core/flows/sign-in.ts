/**
 * The implicit first step when a flow has no user: phone, one-time code, then name and email for
 * a new user. A recognised phone skips the profile.
 */
import { DotsError } from '../ledger/errors.ts';
import type { StepDefinition } from '../machine/types.ts';
import { callingCodeOf, checkPhone, type ParsedPhone } from '../validation/phone.ts';
import { checkEmail } from '../validation/contact.ts';
import { normalizeDigits } from '../validation/digits.ts';
import { call, countryOfUser, type DotsContext } from './context.ts';
import { form } from './form.ts';

export const SIGN_IN_GROUP = 'sign-in';

const notSignedIn = ({ userId }: { userId: string | null }): boolean => !userId;

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

export const codeStep: StepDefinition<DotsContext> = {
  id: 'sign-in-code',
  group: SIGN_IN_GROUP,
  title: 'signin.code.title',
  label: 'signin.label',
  initial: () => ({ code: '' }),
  sensitive: { code: 'strip' },
  schema: form((f) => {
    const raw = f.str('code');
    if (!raw.trim()) return f.fail('code', 'errors.otp.required', { reason: 'required' });
    const code = normalizeDigits(raw);
    if (!/^\d+$/.test(code)) return f.fail('code', 'errors.otp.format', { reason: 'format' });
    if (code.length !== 6) return f.fail('code', 'errors.otp.length', { reason: 'length' });
    return { code };
  }),
  canRevisit: notSignedIn,
  mapError: (e) =>
    e.code === 'code_invalid' || e.code === 'code_expired' || e.code === 'too_many_attempts' || e.field === 'code'
      ? { field: 'code', message: { key: `errors.backend.${e.code === 'validation' ? 'code_invalid' : e.code}` } }
      : null,
  async submit(adapter, data, signal, io) {
    const phone = io.context.phone;
    if (!phone) throw new DotsError('validation', 'no phone to verify');
    const { code } = data as { code: string };
    const result = await adapter.verifyCode({ country_code: phone.country_code, phone_number: phone.phone_number, code }, call(signal));
    if (result.user_id) {
      const user = await adapter.getUser(result.user_id, call(signal));
      return {
        userId: user.id,
        context: { newUser: false, session: result.session, user, country: io.context.country ?? countryOfUser(user) ?? phone.country },
      };
    }
    return { context: { newUser: true, session: result.session, country: io.context.country ?? phone.country } };
  },
  actions: {
    resend: {
      async run({ adapter, context, signal }) {
        const phone = context.phone;
        if (!phone) throw new DotsError('validation', 'no phone to send a code to');
        const sent = await adapter.sendVerificationCode({ country_code: phone.country_code, phone_number: phone.phone_number }, call(signal));
        return { context: { codeExpiresAt: sent.expires_at }, values: { code: '' }, notice: { key: 'signin.code.resent' } };
      },
    },
  },
  summary: ({ context }) => ({ recognised: context.newUser === false }),
};

interface Profile {
  first_name: string;
  last_name: string;
  email: string;
}

export const profileStep: StepDefinition<DotsContext> = {
  id: 'sign-in-profile',
  group: SIGN_IN_GROUP,
  title: 'signin.profile.title',
  label: 'signin.label',
  when: ({ context }) => context.newUser === true,
  initial: () => ({ first_name: '', last_name: '', email: '' }),
  schema: form((f) => {
    const first_name = f.text('first_name', 'first_name', { max: 100 });
    const last_name = f.text('last_name', 'last_name', { max: 100 });
    const email = f.check('email', 'email', checkEmail);
    return { first_name, last_name, email } as Profile;
  }),
  canRevisit: notSignedIn,
  async submit(adapter, data, signal, io) {
    const phone = io.context.phone;
    if (!phone) throw new DotsError('validation', 'no verified phone');
    const p = data as Profile;
    const user = await adapter.createUser(
      { country_code: phone.country_code, phone_number: phone.phone_number, ...p, ...(io.context.session ? { session: io.context.session } : {}) },
      call(signal),
    );
    return { userId: user.id, context: { user } };
  },
  summary: ({ userId }) => ({ user_id: userId }),
};

export const signInSteps: StepDefinition<DotsContext>[] = [phoneStep, codeStep, profileStep];
