import { expect } from '@open-wc/testing';
import { setup, expectDotsError, expectSound } from './fixture.ts';
import { PayoutLink } from '../../src/core/ledger/schemas.ts';

const claimKey = (n: string) => `claim-key-${n}`;

describe('ledger payout links', () => {
  it('creates a link that reserves the amount in the app wallet', () => {
    const { ledger, app } = setup();
    const link = ledger.createPayoutLink(app.id, { amount: 25_00, memo: 'Thanks', payee: { first_name: 'Kat' } });
    expect(PayoutLink.safeParse(link).success).to.equal(true);
    expect(link).to.include({ status: 'created', amount: 25_00, currency: 'USD', sender_name: 'Acme', memo: 'Thanks', allow_partial: false });
    expect(link.expires_at).to.equal('2024-01-08T00:00:00.000Z');
    expect(ledger.getAppWallet(app.id)).to.deep.equal({ amount: 100_000_00, withdrawable_amount: 100_000_00 - 25_00, pending_amount: 25_00 });
    expect(ledger.getPayoutLink(app.id, link.token).id).to.equal(link.id);
    expect(ledger.getPayoutLink(app.id, link.id).token).to.equal(link.token);
    expectDotsError(() => ledger.createPayoutLink(app.id, { amount: 100_000_00 }), 'insufficient_funds', 'amount');
    expectDotsError(() => ledger.createPayoutLink(app.id, { amount: 1_00, currency: 'EUR' }), 'validation', 'currency');
    expectSound(ledger);
  });

  it('delivers by SMS and email to the outbox: sent, then delivered on the clock', () => {
    const { clock, ledger, app } = setup();
    const link = ledger.createPayoutLink(app.id, { amount: 5_00, delivery_method: 'all', payee: { email: 'kat@example.com', country_code: '1', phone_number: '2015550155' } });
    expect(link.status).to.equal('sent');
    const box = ledger.outbox(app.id);
    expect(box.map((m) => [m.kind, m.to, m.link_token])).to.deep.equal([
      ['sms', '+12015550155', link.token],
      ['email', 'kat@example.com', link.token],
    ]);
    clock.advance(1000);
    expect(ledger.getPayoutLink(app.id, link.id).status).to.equal('delivered');
    expectDotsError(() => ledger.createPayoutLink(app.id, { amount: 5_00, delivery_method: 'sms' }), 'validation', 'payee.phone_number');
    expectDotsError(() => ledger.createPayoutLink(app.id, { amount: 5_00, delivery_method: 'email', payee: { first_name: 'K' } }), 'validation', 'payee.email');
  });

  it('fails delivery for the sandbox bounce addresses and frees the reservation', () => {
    const { ledger, app } = setup();
    const link = ledger.createPayoutLink(app.id, { amount: 5_00, delivery_method: 'email', payee: { email: 'bounce@example.com' } });
    expect(link.status).to.equal('failed');
    expect(ledger.getAppWallet(app.id).pending_amount).to.equal(0);
  });

  it('expires on the clock and frees the reservation', () => {
    const { clock, ledger, app, user } = setup();
    const link = ledger.createPayoutLink(app.id, { amount: 5_00, expires_in: 3600 });
    clock.advance(3600_000);
    expect(ledger.getPayoutLink(app.id, link.id).status).to.equal('expired');
    expect(ledger.getAppWallet(app.id).pending_amount).to.equal(0);
    expectDotsError(() => ledger.claimPayoutLink(app.id, { link: link.token, user_id: user.id, idempotency_key: claimKey('x') }), 'link_expired');
  });

  it('cancels an open link; a canceled link cannot be claimed', () => {
    const { ledger, app, user } = setup();
    const link = ledger.createPayoutLink(app.id, { amount: 5_00 });
    expect(ledger.cancelPayoutLink(app.id, link.id).status).to.equal('canceled');
    expect(ledger.getAppWallet(app.id).pending_amount).to.equal(0);
    expectDotsError(() => ledger.claimPayoutLink(app.id, { link: link.token, user_id: user.id, idempotency_key: claimKey('c') }), 'link_canceled');
    expectDotsError(() => ledger.cancelPayoutLink(app.id, link.id), 'link_canceled');
  });

  it('claims once: funds the user, pays out to the method, emits payout_link.claimed', () => {
    const { clock, ledger, app, user, method } = setup();
    const link = ledger.createPayoutLink(app.id, { amount: 40_00 });
    const claimed: string[] = [];
    ledger.subscribe(app.id, (e) => claimed.push(`${e.type}:${(e.data as { status: string }).status}`), ['payout_link.claimed']);
    const { link: after, transfer } = ledger.claimPayoutLink(app.id, { link: link.token, user_id: user.id, idempotency_key: claimKey('1') });
    expect(after).to.include({ status: 'claimed', claimed_user_id: user.id, transfer_id: transfer.id });
    expect(transfer).to.include({ type: 'payout', amount: 40_00, payout_method_id: method.id, payout_link_id: link.id, status: 'pending' });
    expect(claimed).to.deep.equal(['payout_link.claimed:claimed']);
    expect(ledger.listTransfers(app.id, { payout_link_id: link.id }).data.map((t) => t.type)).to.deep.equal(['payout', 'balance']);
    clock.advance(5000);
    expect(ledger.getWallet(app.id, user.id).amount).to.equal(0);
    expect(ledger.getAppWallet(app.id).amount).to.equal(100_000_00 - 40_00);
    // A second claim, from another tab with another key, is refused; the same request is replayed.
    expectDotsError(() => ledger.claimPayoutLink(app.id, { link: link.token, user_id: user.id, idempotency_key: claimKey('2') }), 'link_claimed');
    const replay = ledger.claimPayoutLink(app.id, { link: link.token, user_id: user.id, idempotency_key: claimKey('1') });
    expect(replay.transfer.id).to.equal(transfer.id);
    expectDotsError(() => ledger.claimPayoutLink(app.id, { link: link.token, user_id: user.id, amount: 1_00, idempotency_key: claimKey('1') }), 'idempotency_mismatch');
    expect(ledger.listTransfers(app.id, { payout_link_id: link.id }).data).to.have.length(2);
    expectSound(ledger);
  });

  it('claims part of a link where allowed; the rest stays in the wallet', () => {
    const { ledger, app, user } = setup();
    const strict = ledger.createPayoutLink(app.id, { amount: 40_00 });
    expectDotsError(() => ledger.claimPayoutLink(app.id, { link: strict.id, user_id: user.id, amount: 10_00, idempotency_key: claimKey('s') }), 'validation', 'amount');
    const partial = ledger.createPayoutLink(app.id, { amount: 40_00, allow_partial: true });
    expectDotsError(() => ledger.claimPayoutLink(app.id, { link: partial.id, user_id: user.id, amount: 40_01, idempotency_key: claimKey('p') }), 'validation', 'amount');
    const r = ledger.claimPayoutLink(app.id, { link: partial.id, user_id: user.id, amount: 10_00, idempotency_key: claimKey('p') });
    expect(r.transfer.amount).to.equal(10_00);
    expect(ledger.getWallet(app.id, user.id)).to.deep.equal({ amount: 40_00, withdrawable_amount: 30_00, pending_amount: 10_00 });
    expectSound(ledger);
  });

  it('moves nothing when a claim cannot complete (no payout method)', () => {
    const { ledger, app } = setup();
    const u = ledger.createUserDirect(app.id, { first_name: 'N', last_name: 'M', email: 'n@m.co', country_code: '1', phone_number: '2015550144' });
    const link = ledger.createPayoutLink(app.id, { amount: 10_00 });
    expectDotsError(() => ledger.claimPayoutLink(app.id, { link: link.id, user_id: u.id, idempotency_key: claimKey('n') }), 'validation', 'payout_method_id');
    expect(ledger.getPayoutLink(app.id, link.id).status).to.equal('created');
    expect(ledger.getWallet(app.id, u.id).amount).to.equal(0);
    expect(ledger.getAppWallet(app.id).pending_amount).to.equal(10_00);
    expectSound(ledger);
  });

  it('keeps links inside their app', () => {
    const { ledger, app } = setup();
    const other = ledger.createApp({ name: 'Other' });
    const link = ledger.createPayoutLink(app.id, { amount: 1_00 });
    expectDotsError(() => ledger.getPayoutLink(other.id, link.token), 'not_found');
    expectDotsError(() => ledger.cancelPayoutLink(other.id, link.id), 'not_found');
    expect(ledger.listPayoutLinks(other.id).data).to.deep.equal([]);
    expect(ledger.listPayoutLinks(app.id).data.map((l) => l.id)).to.deep.equal([link.id]);
  });
});
