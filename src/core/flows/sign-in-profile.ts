/**
 * Sign-in's last screen, for a phone the platform does not know yet: name and email. Its own chunk,
 * like the code screen's.
 */
import { DotsError } from '../ledger/errors.ts';
import type { StepDefinition } from '../machine/types.ts';
import { checkEmail } from '../validation/contact.ts';
import { call, type DotsContext } from './context.ts';
import { form } from './form.ts';
import { profileHead } from './step-heads.ts';

interface Profile {
  first_name: string;
  last_name: string;
  email: string;
}

export const profileStep: StepDefinition<DotsContext> = {
  ...profileHead,
  schema: form((f) => {
    const first_name = f.text('first_name', 'first_name', { max: 100 });
    const last_name = f.text('last_name', 'last_name', { max: 100 });
    const email = f.check('email', 'email', checkEmail);
    return { first_name, last_name, email } as Profile;
  }),
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
