/**
 * Sign-in's second screen: the one-time code sent to the phone. Its own chunk: the person types
 * their number first (sign-in.ts), and this arrives meanwhile.
 */
import { DotsError } from '../ledger/errors.ts';
import type { StepDefinition } from '../machine/types.ts';
import { normalizeDigits } from '../validation/digits.ts';
import { call, countryOfUser, type DotsContext } from './context.ts';
import { form } from './form.ts';
import { codeHead } from './step-heads.ts';

export const codeStep: StepDefinition<DotsContext> = {
  ...codeHead,
  schema: form((f) => {
    const raw = f.str('code');
    if (!raw.trim()) return f.fail('code', 'errors.otp.required', { reason: 'required' });
    const code = normalizeDigits(raw);
    if (!/^\d+$/.test(code)) return f.fail('code', 'errors.otp.format', { reason: 'format' });
    if (code.length !== 6) return f.fail('code', 'errors.otp.length', { reason: 'length' });
    return { code };
  }),
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
