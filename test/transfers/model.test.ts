import { expect } from '@open-wc/testing';
import { TransferListModel } from '../../src/components/transfers/transfer-list-model.ts';
import type { Transfer, TransferStatus } from '../../src/core/ledger/schemas.ts';

let seq = 0;
function transfer(over: Partial<Transfer> & { status?: TransferStatus } = {}): Transfer {
  seq += 1;
  const status = over.status ?? 'pending';
  return {
    id: `t${seq}`,
    app_id: 'a',
    created: over.created ?? new Date(Date.UTC(2024, 0, 1, 0, 0, seq)).toISOString(),
    type: 'payout',
    amount: 100,
    fee: 0,
    direction: null,
    user_id: 'u1',
    payout_method_id: 'm',
    payout_platform: 'ach',
    payout_mask: '6789',
    payout_link_id: null,
    status,
    status_history: [{ status: 'created', at: '2024-01-01T00:00:00.000Z' }, ...(status === 'created' ? [] : [{ status, at: '2024-01-01T00:00:01.000Z' }])],
    failure_reason: null,
    idempotency_key: null,
    transactions: [],
    metadata: null,
    ...over,
  };
}
const advanced = (t: Transfer, status: TransferStatus): Transfer => ({ ...t, status, status_history: [...t.status_history, { status, at: '2024-01-01T00:01:00.000Z' }] });

describe('TransferListModel', () => {
  it('appends pages in order, remembers the cursor and has_more', () => {
    const m = new TransferListModel({ userId: 'u1', status: '' });
    const [c, b, a] = [transfer(), transfer(), transfer()].reverse();
    m.appendPage({ data: [c!, b!], has_more: true });
    expect(m.cursor).to.equal(b!.id);
    m.appendPage({ data: [a!], has_more: false });
    expect(m.items.map((t) => t.id)).to.deep.equal([c!.id, b!.id, a!.id]);
    expect(m.hasMore).to.equal(false);
  });

  it('replaces a changed transfer in place with a new array, and ignores a stale copy', () => {
    const m = new TransferListModel({ userId: 'u1', status: 'pending' });
    const t2 = transfer();
    const t1 = transfer();
    m.appendPage({ data: [t1, t2], has_more: false });
    const before = m.items;
    const r = m.apply(advanced(t2, 'completed'));
    expect(r?.kind).to.equal('updated');
    expect(m.items).to.not.equal(before);
    expect(m.items[1]!.status).to.equal('completed'); // stays although the filter is `pending`
    expect(m.apply(t2)).to.equal(null); // an older copy changes nothing
    expect(m.items[1]!.status).to.equal('completed');
  });

  it('puts a new matching transfer on top and ignores other payees and other statuses', () => {
    const m = new TransferListModel({ userId: 'u1', status: 'pending' });
    m.appendPage({ data: [transfer()], has_more: true });
    const fresh = transfer();
    expect(m.apply(fresh)?.kind).to.equal('added');
    expect(m.items[0]!.id).to.equal(fresh.id);
    expect(m.apply(transfer({ user_id: 'u2' }))).to.equal(null);
    expect(m.apply(transfer({ status: 'failed' }))).to.equal(null);
    expect(m.items).to.have.length(2);
  });

  it('leaves a transfer older than the loaded pages to its page, but places it when everything is loaded', () => {
    const old = transfer({ created: '2023-06-01T00:00:00.000Z' });
    const m = new TransferListModel({ userId: 'u1', status: '' });
    m.appendPage({ data: [transfer(), transfer()], has_more: true });
    expect(m.apply(old)).to.equal(null);
    const all = new TransferListModel({ userId: 'u1', status: '' });
    all.appendPage({ data: [transfer(), transfer()], has_more: false });
    expect(all.apply(old)?.kind).to.equal('added');
    expect(all.items.at(-1)!.id).to.equal(old.id);
  });

  it('keeps the live copy when a page brings an older one of the same transfer', () => {
    const m = new TransferListModel({ userId: 'u1', status: '' });
    const t = transfer();
    m.apply(advanced(t, 'completed')); // arrived while the first page was loading
    m.appendPage({ data: [t], has_more: false });
    expect(m.items).to.have.length(1);
    expect(m.items[0]!.status).to.equal('completed');
  });

  it('appends pages to one plain array and hands out a new items reference per change', () => {
    const m = new TransferListModel({ userId: 'u1', status: '' });
    const [c, b, a] = [transfer(), transfer(), transfer()].reverse();
    m.appendPage({ data: [c!], has_more: true });
    const array = m.array;
    const view = m.items;
    m.appendPage({ data: [b!, a!], has_more: false });
    expect(m.items).to.not.equal(view); // the virtualizer re-renders on identity
    expect(Array.isArray(m.items)).to.equal(true);
    expect(m.array).to.equal(array);
    expect(structuredClone(m.array).map((t) => t.id)).to.deep.equal([c!.id, b!.id, a!.id]);
    expect(m.items.map((t) => t.id)).to.deep.equal([c!.id, b!.id, a!.id]);
    expect(m.indexOf(a!.id)).to.equal(2);
    m.reset({ userId: 'u1', status: '' });
    expect(m.items).to.have.length(0);
    expect(array).to.have.length(3); // a reset starts a new array
  });
});
