import '../../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import { expect } from '@open-wc/testing';
import { Ledger, ManualClock } from '../../src/core/ledger/index.ts';
import { expectDotsError, expectSound } from './fixture.ts';

const phone = { country_code: '1', phone_number: '2015550123' };

function make(sandbox = false) {
  const clock = new ManualClock();
  const ledger = new Ledger({ clock, seed: 11 });
  const app = ledger.createApp({ name: 'Acme', sandbox_magic_code: sandbox });
  return { clock, ledger, app };
}

describe('ledger sign-in: one-time codes', () => {
  it('puts a 6-digit code into the outbox, verifies it, and then lets createUser use the session', () => {
    const { ledger, app } = make();
    const sent = ledger.sendVerificationCode(app.id, phone);
    expect(sent.sent).to.equal(true);
    expect(sent.expires_at).to.equal('2024-01-01T00:10:00.000Z');
    const [msg] = ledger.outbox(app.id);
    expect(msg!.kind).to.equal('sms');
    expect(msg!.to).to.equal('+12015550123');
    expect(msg!.code).to.match(/^\d{6}$/);
    expect(msg!.body).to.contain(msg!.code!);
    const r = ledger.verifyCode(app.id, { ...phone, code: msg!.code! });
    expect(r.verified).to.equal(true);
    expect(r.user_id).to.equal(null);
    const user = ledger.createUser(app.id, { ...phone, first_name: 'Ada', last_name: 'L', email: 'ada@example.com', session: r.session });
    expect(user.status).to.equal('verified');
    expect(user.phone_verified).to.equal(true);
    // The next sign-in recognises the user.
    ledger.sendVerificationCode(app.id, phone);
    const again = ledger.verifyCode(app.id, { ...phone, code: ledger.lastCodeFor(app.id, phone)! });
    expect(again.user_id).to.equal(user.id);
    expectSound(ledger);
  });

  it('refuses createUser without a session for that phone, or with an expired one', () => {
    const { clock, ledger, app } = make();
    const input = { ...phone, first_name: 'Ada', last_name: 'L', email: 'ada@example.com' };
    expectDotsError(() => ledger.createUser(app.id, input), 'unauthorized', 'session');
    ledger.sendVerificationCode(app.id, phone);
    const { session } = ledger.verifyCode(app.id, { ...phone, code: ledger.lastCodeFor(app.id, phone)! });
    expectDotsError(() => ledger.createUser(app.id, { ...input, phone_number: '2015550199', session }), 'unauthorized', 'session');
    clock.advance(31 * 60_000);
    expectDotsError(() => ledger.createUser(app.id, { ...input, session }), 'unauthorized', 'session');
  });

  it('createUser again with the session that made the user returns that user; another session gets conflict', () => {
    const { ledger, app } = make();
    const input = { ...phone, first_name: 'Ada', last_name: 'L', email: 'ada@example.com' };
    ledger.sendVerificationCode(app.id, phone);
    const { session } = ledger.verifyCode(app.id, { ...phone, code: ledger.lastCodeFor(app.id, phone)! });
    const user = ledger.createUser(app.id, { ...input, session });
    // the answer was lost; Try again (with the name corrected meanwhile)
    const again = ledger.createUser(app.id, { ...input, last_name: 'Lovelace', session });
    expect(again.id).to.equal(user.id);
    expect(again.last_name).to.equal('Lovelace');
    expect(ledger.listUsers(app.id).data).to.have.length(1);
    ledger.sendVerificationCode(app.id, phone);
    const other = ledger.verifyCode(app.id, { ...phone, code: ledger.lastCodeFor(app.id, phone)! });
    expect(other.user_id).to.equal(user.id);
    expectDotsError(() => ledger.createUser(app.id, { ...input, session: other.session }), 'conflict', 'phone_number');
    expectSound(ledger);
  });

  it('counts wrong codes and burns the code after 5', () => {
    const { ledger, app } = make();
    ledger.sendVerificationCode(app.id, phone);
    const good = ledger.lastCodeFor(app.id, phone)!;
    const wrong = good === '111111' ? '222222' : '111111';
    for (let i = 0; i < 4; i++) {
      const e = expectDotsError(() => ledger.verifyCode(app.id, { ...phone, code: wrong }), 'code_invalid', 'code');
      expect(e.message).to.contain(`${4 - i}`);
    }
    expectDotsError(() => ledger.verifyCode(app.id, { ...phone, code: wrong }), 'too_many_attempts');
    expectDotsError(() => ledger.verifyCode(app.id, { ...phone, code: good }), 'too_many_attempts');
    // A new code starts over.
    ledger.sendVerificationCode(app.id, phone);
    expect(ledger.verifyCode(app.id, { ...phone, code: ledger.lastCodeFor(app.id, phone)! }).verified).to.equal(true);
  });

  it('expires codes after 10 minutes and a code works only once', () => {
    const { clock, ledger, app } = make();
    ledger.sendVerificationCode(app.id, phone);
    const code = ledger.lastCodeFor(app.id, phone)!;
    clock.advance(10 * 60_000);
    expectDotsError(() => ledger.verifyCode(app.id, { ...phone, code }), 'code_expired', 'code');
    ledger.sendVerificationCode(app.id, phone);
    const fresh = ledger.lastCodeFor(app.id, phone)!;
    ledger.verifyCode(app.id, { ...phone, code: fresh });
    expectDotsError(() => ledger.verifyCode(app.id, { ...phone, code: fresh }), 'code_invalid');
  });

  it('limits how many codes one phone receives', () => {
    const { clock, ledger, app } = make();
    for (let i = 0; i < 5; i++) ledger.sendVerificationCode(app.id, phone);
    const e = expectDotsError(() => ledger.sendVerificationCode(app.id, phone), 'rate_limited');
    expect(e.retryable).to.equal(true);
    clock.advance(10 * 60_000);
    expect(ledger.sendVerificationCode(app.id, phone).sent).to.equal(true);
  });

  it('accepts the sandbox magic code 000000 only where the app enables it', () => {
    const off = make(false);
    expectDotsError(() => off.ledger.verifyCode(off.app.id, { ...phone, code: '000000' }), 'code_invalid');
    const on = make(true);
    expect(on.ledger.verifyCode(on.app.id, { ...phone, code: '000000' }).verified).to.equal(true);
  });

  it('refuses phone numbers that cannot exist, and keeps codes per app', () => {
    const { ledger, app } = make();
    expectDotsError(() => ledger.sendVerificationCode(app.id, { country_code: '1', phone_number: '1234' }), 'validation', 'phone_number');
    const other = ledger.createApp({ name: 'Other' });
    ledger.sendVerificationCode(app.id, phone);
    expectDotsError(() => ledger.verifyCode(other.id, { ...phone, code: ledger.lastCodeFor(app.id, phone)! }), 'code_invalid');
    expect(ledger.outbox(other.id)).to.deep.equal([]);
  });

  it('marks an unverified user verified when they verify their phone', () => {
    const { ledger, app } = make();
    const u = ledger.createUserDirect(app.id, { ...phone, first_name: 'A', last_name: 'B', email: 'a@b.co', phone_verified: false });
    expect(u.status).to.equal('unverified');
    ledger.sendVerificationCode(app.id, phone);
    ledger.verifyCode(app.id, { ...phone, code: ledger.lastCodeFor(app.id, phone)! });
    const after = ledger.getUser(app.id, u.id);
    expect(after.status).to.equal('verified');
    expect(after.phone_verified).to.equal(true);
  });
});
