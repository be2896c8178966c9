import { expect } from '@open-wc/testing';
import { z } from 'zod';
import {
  initialSnapshot,
  reduce,
  readSnapshot,
  toStorable,
  type FlowDefinition,
  type FlowSnapshot,
  type MachineEvent,
  type Transition,
} from '../../src/core/machine/index.ts';

interface Ctx {
  country: string;
}

/** A small flow made of plain data: the reducer never runs effects, so none of these resolve here. */
const def: FlowDefinition<Ctx> = {
  id: 'toy',
  context: { country: 'US' },
  init: async () => ({}),
  record: async () => ({}),
  steps: [
    {
      id: 'name',
      group: 'profile',
      title: 'toy.name',
      initial: () => ({ first: '', email: '' }),
      schema: z.object({
        first: z.string().trim().min(1, 'errors.first_name.required'),
        email: z.email('errors.email.format'),
      }),
      submit: async () => ({}),
    },
    {
      id: 'w9',
      group: 'tax',
      title: 'toy.w9',
      when: ({ context }) => context.country === 'US',
      initial: () => ({ tax_id: '' }),
      sensitive: { tax_id: 'last4' },
      schema: z.object({ tax_id: z.string().regex(/^\d{9}$/, 'errors.ssn.format') }),
      submit: async () => ({}),
    },
    {
      id: 'w8',
      group: 'tax',
      title: 'toy.w8',
      when: ({ context }) => context.country !== 'US',
      initial: () => ({ citizenship: '' }),
      schema: z.object({ citizenship: z.string().length(2, 'errors.country.required') }),
      submit: async () => ({}),
    },
    {
      id: 'pay',
      title: 'toy.pay',
      initial: () => ({ amount: 0 }),
      schema: z.object({ amount: z.number().int().positive('errors.amount.zero') }),
      intent: (d) => String((d as { amount: number }).amount),
      canRevisit: () => false,
      submit: async () => ({}),
    },
  ],
};

const today = '2026-01-15';
type S = FlowSnapshot<Ctx>;

function step(s: S, e: MachineEvent<Ctx>): Transition<Ctx> {
  return reduce(def, s, e, { today });
}

/** Applies events, returning the last transition. */
function play(s: S, ...events: MachineEvent<Ctx>[]): Transition<Ctx> {
  let t: Transition<Ctx> = { snapshot: s, effects: [], notices: [] };
  for (const e of events) t = step(t.snapshot, e);
  return t;
}

function pendingId(s: S): number {
  if (s.status !== 'submitting') throw new Error(`expected submitting, got ${s.status}`);
  return s.pending.id;
}

/** Starts and finishes init: a ready snapshot on the first step. */
function ready(opts: Partial<Parameters<typeof initialSnapshot<Ctx>>[1]> = {}): S {
  const s0 = initialSnapshot(def, { today, ...opts });
  const started = step(s0, { type: 'start' }).snapshot;
  return step(started, { type: 'done', id: pendingId(started), result: {} }).snapshot;
}

/** Fills and submits the name step, then finishes its submit and the record. */
function pastName(s: S): S {
  let t = play(s, { type: 'change', field: 'first', value: 'Ada' }, { type: 'change', field: 'email', value: 'ada@example.com' }, { type: 'next' });
  t = step(t.snapshot, { type: 'done', id: pendingId(t.snapshot), result: { userId: 'user_1' } });
  return step(t.snapshot, { type: 'done', id: pendingId(t.snapshot), result: {} }).snapshot;
}

describe('machine reducer', () => {
  it('starts with init, then shows the first step with its visible list and groups', () => {
    const s0 = initialSnapshot(def, { today });
    expect(s0.ready).to.equal(false);
    const t = step(s0, { type: 'start' });
    expect(t.snapshot.status).to.equal('submitting');
    expect(t.effects[0]).to.deep.include({ type: 'run' });
    const s = ready();
    expect(s.status).to.equal('editing');
    expect(s.current).to.equal('name');
    expect(s.visible).to.deep.equal(['name', 'w9', 'pay']);
    expect(s.groups.map((g) => [g.id, g.state])).to.deep.equal([
      ['profile', 'current'],
      ['tax', 'upcoming'],
      ['pay', 'upcoming'],
    ]);
  });

  it('returns a new object on every change and the same one when nothing changes', () => {
    const s = ready();
    const a = step(s, { type: 'change', field: 'first', value: 'A' }).snapshot;
    expect(a).to.not.equal(s);
    expect(a.seq).to.equal(s.seq + 1);
    expect(step(a, { type: 'change', field: 'first', value: 'A' }).snapshot).to.equal(a);
    expect(JSON.parse(JSON.stringify(a))).to.deep.equal(a);
  });

  it('shows errors only for touched fields, then all of them on Continue', () => {
    let s = ready();
    s = step(s, { type: 'change', field: 'email', value: 'nope' }).snapshot;
    expect(s.errors).to.deep.equal({});
    s = step(s, { type: 'blur', field: 'email' }).snapshot;
    expect(s.errors['email']?.key).to.equal('errors.email.format');
    expect(s.errors['first']).to.equal(undefined);
    const t = step(s, { type: 'next' });
    expect(t.snapshot.status).to.equal('editing');
    expect(t.snapshot.errors['first']?.key).to.equal('errors.first_name.required');
    expect(t.notices).to.deep.include({ type: 'invalid', step: 'name', fields: ['first', 'email'] });
    expect(t.effects).to.have.length(0);
  });

  it('submits valid input, ignores a second Continue while submitting, then moves on', () => {
    let t = play(ready(), { type: 'change', field: 'first', value: 'Ada' }, { type: 'change', field: 'email', value: 'ada@example.com' }, { type: 'next' });
    expect(t.snapshot.status).to.equal('submitting');
    const busy = t.snapshot;
    const again = step(busy, { type: 'next' });
    expect(again.snapshot).to.equal(busy);
    expect(again.effects).to.have.length(0);
    t = step(busy, { type: 'done', id: pendingId(busy), result: { userId: 'user_1' } });
    expect(t.snapshot.userId).to.equal('user_1');
    // Group finished: the flow record is updated before the next step shows.
    expect(t.snapshot.status).to.equal('submitting');
    if (t.snapshot.status === 'submitting') expect(t.snapshot.pending.kind).to.equal('record');
    expect(t.notices[0]).to.deep.include({ type: 'step-complete', step: 'name', group: 'profile', groupComplete: true });
    t = step(t.snapshot, { type: 'done', id: pendingId(t.snapshot), result: {} });
    expect(t.snapshot.current).to.equal('w9');
    expect(t.notices).to.deep.include({ type: 'step-change', from: 'name', to: 'w9', group: 'tax' });
  });

  it('ignores results of an effect it no longer waits for', () => {
    const t = play(ready(), { type: 'change', field: 'first', value: 'Ada' }, { type: 'change', field: 'email', value: 'ada@example.com' }, { type: 'next' });
    const stale = step(t.snapshot, { type: 'done', id: pendingId(t.snapshot) - 1, result: { userId: 'x' } });
    expect(stale.snapshot).to.equal(t.snapshot);
  });

  it('keeps what was typed across back and forward', () => {
    let s = pastName(ready());
    s = step(s, { type: 'change', field: 'tax_id', value: '12345' }).snapshot;
    const back = step(s, { type: 'back' });
    expect(back.snapshot.current).to.equal('name');
    expect(back.snapshot.values['name']).to.deep.equal({ first: 'Ada', email: 'ada@example.com' });
    // Unchanged revisit: Continue goes forward without sending again.
    const fwd = step(back.snapshot, { type: 'next' });
    expect(fwd.snapshot.current).to.equal('w9');
    expect(fwd.snapshot.values['w9']).to.deep.equal({ tax_id: '12345' });
  });

  it('picks W-8 instead of W-9 from the context (steps skipped by `when`)', () => {
    const s = ready({ context: { country: 'FR' } });
    expect(s.visible).to.deep.equal(['name', 'w8', 'pay']);
    const next = pastName(s);
    expect(next.current).to.equal('w8');
  });

  it('hides steps or whole groups the host hides, and applies prefill by field name', () => {
    const s = ready({ hidden: ['tax'], prefill: { email: 'host@example.com', tax_id: '123456789' } });
    expect(s.visible).to.deep.equal(['name', 'pay']);
    expect(s.values['name']?.['email']).to.equal('host@example.com');
    // Sensitive fields are never prefilled.
    expect(s.values['w9']?.['tax_id']).to.equal('');
  });

  it('drops a sensitive value once submitted, keeping only a mask', () => {
    let s = pastName(ready());
    let t = play(s, { type: 'change', field: 'tax_id', value: '123456789' }, { type: 'next' });
    t = step(t.snapshot, { type: 'done', id: pendingId(t.snapshot), result: {} });
    t = step(t.snapshot, { type: 'done', id: pendingId(t.snapshot), result: {} });
    s = t.snapshot;
    expect(s.current).to.equal('pay');
    expect(s.values['w9']?.['tax_id']).to.equal('');
    expect(s.masked['w9']?.['tax_id']).to.equal('•••• 6789');
    expect(JSON.stringify(s)).to.not.contain('123456789');
  });

  it('strips sensitive values from the storable snapshot while typing', () => {
    const s = step(pastName(ready()), { type: 'change', field: 'tax_id', value: '987654321' }).snapshot;
    expect(JSON.stringify(s)).to.contain('987654321');
    const stored = toStorable(def, s);
    expect(JSON.stringify(stored)).to.not.contain('987654321');
    expect(stored.values['name']).to.deep.equal({ first: 'Ada', email: 'ada@example.com' });
    const back = readSnapshot(def, JSON.stringify(stored));
    expect(back?.current).to.equal('w9');
  });

  it('refuses a snapshot of another flow or of unknown steps', () => {
    const s = ready();
    expect(readSnapshot({ ...def, id: 'other' }, s)).to.equal(null);
    expect(readSnapshot(def, { ...s, current: 'nope' })).to.equal(null);
    expect(readSnapshot(def, '{not json')).to.equal(null);
    expect(readSnapshot(def, { ...s, status: 'weird' })).to.equal(null);
  });

  it('refuses a snapshot whose counters are not whole numbers of zero or more', () => {
    const s = ready();
    expect(readSnapshot(def, s)).to.not.equal(null);
    for (const seq of [-1, 1.5, Number.MAX_SAFE_INTEGER + 2, '3']) expect(readSnapshot(def, { ...s, seq }), String(seq)).to.equal(null);
    const submitting = play(pastName(s), { type: 'change', field: 'tax_id', value: '123456789' }, { type: 'next' }).snapshot;
    if (submitting.status !== 'submitting') throw new Error('not submitting');
    expect(readSnapshot(def, submitting)?.status).to.equal('submitting');
    expect(readSnapshot(def, { ...submitting, pending: { ...submitting.pending, id: 0.5 } })).to.equal(null);
  });

  it('keeps the idempotency key of an intent across retries, and makes a new one for a new intent', () => {
    let s = pastName(ready());
    let t = play(s, { type: 'change', field: 'tax_id', value: '123456789' }, { type: 'next' });
    t = step(t.snapshot, { type: 'done', id: pendingId(t.snapshot), result: {} });
    s = step(t.snapshot, { type: 'done', id: pendingId(t.snapshot), result: {} }).snapshot;
    t = play(s, { type: 'change', field: 'amount', value: 500 }, { type: 'next', freshKey: 'key-A' });
    const first = t.snapshot;
    if (first.status !== 'submitting') throw new Error('not submitting');
    expect(first.pending.idempotencyKey).to.equal('key-A');
    const failed = step(first, { type: 'fail', id: first.pending.id, error: { code: 'timeout', message: 'slow', retryable: true } }).snapshot;
    expect(failed.status).to.equal('failed');
    const retried = step(failed, { type: 'retry' }).snapshot;
    if (retried.status !== 'submitting') throw new Error('not submitting');
    expect(retried.pending.idempotencyKey).to.equal('key-A');
    // Continue again with the same amount (a fresh key offered) still reuses the first one.
    const failed2 = step(retried, { type: 'fail', id: retried.pending.id, error: { code: 'server', message: 'boom', retryable: true } }).snapshot;
    const again = step(failed2, { type: 'next', freshKey: 'key-B' }).snapshot;
    if (again.status !== 'submitting') throw new Error('not submitting');
    expect(again.pending.idempotencyKey).to.equal('key-A');
    // A different amount is a different intent.
    const failed3 = step(again, { type: 'fail', id: again.pending.id, error: { code: 'server', message: 'boom', retryable: true } }).snapshot;
    const other = play(failed3, { type: 'change', field: 'amount', value: 400 }, { type: 'next', freshKey: 'key-C' }).snapshot;
    if (other.status !== 'submitting') throw new Error('not submitting');
    expect(other.pending.idempotencyKey).to.equal('key-C');
  });

  it('maps a backend error with a field to that field, kept until the field changes', () => {
    let t = play(ready(), { type: 'change', field: 'first', value: 'Ada' }, { type: 'change', field: 'email', value: 'ada@example.com' }, { type: 'next' });
    t = step(t.snapshot, { type: 'fail', id: pendingId(t.snapshot), error: { code: 'conflict', message: 'email taken', retryable: false, field: 'email' } });
    const s = t.snapshot;
    expect(s.status).to.equal('failed');
    if (s.status === 'failed') expect(s.error).to.deep.equal({ code: 'conflict', message: 'email taken', retryable: false, field: 'email' });
    expect(s.errors['email']?.key).to.equal('errors.backend.conflict');
    expect(t.notices[0]).to.deep.include({ type: 'error', step: 'name' });
    const typedElsewhere = step(s, { type: 'change', field: 'first', value: 'Adah' }).snapshot;
    expect(typedElsewhere.errors['email']?.key).to.equal('errors.backend.conflict');
    const fixed = step(typedElsewhere, { type: 'change', field: 'email', value: 'ada2@example.com' }).snapshot;
    expect(fixed.errors['email']).to.equal(undefined);
  });

  it('does not go back past a step that cannot be revisited, and completes after the last step', () => {
    let s = pastName(ready());
    let t = play(s, { type: 'change', field: 'tax_id', value: '123456789' }, { type: 'next' });
    t = step(t.snapshot, { type: 'done', id: pendingId(t.snapshot), result: {} });
    s = step(t.snapshot, { type: 'done', id: pendingId(t.snapshot), result: {} }).snapshot;
    t = play(s, { type: 'change', field: 'amount', value: 500 }, { type: 'next', freshKey: 'k1' });
    t = step(t.snapshot, { type: 'done', id: pendingId(t.snapshot), result: {} });
    t = step(t.snapshot, { type: 'done', id: pendingId(t.snapshot), result: {} });
    expect(t.snapshot.status).to.equal('complete');
    expect(t.notices).to.deep.include({ type: 'complete' });
    expect(t.snapshot.groups.every((g) => g.state === 'done')).to.equal(true);
    expect(step(t.snapshot, { type: 'back' }).snapshot).to.equal(t.snapshot);
  });

  it('aborts the running effect when the person goes back during a submit', () => {
    let s = pastName(ready());
    const t = play(s, { type: 'change', field: 'tax_id', value: '123456789' }, { type: 'next' });
    s = t.snapshot;
    const back = step(s, { type: 'back' });
    expect(back.effects[0]).to.deep.equal({ type: 'abort' });
    expect(back.snapshot.current).to.equal('name');
    expect(back.snapshot.status).to.equal('editing');
  });

  it('on resume re-runs a submit whose input survived, and returns to the form when it was stripped', () => {
    const s = pastName(ready());
    const submitting = play(s, { type: 'change', field: 'tax_id', value: '123456789' }, { type: 'next' }).snapshot;
    const stored = readSnapshot(def, JSON.stringify(toStorable(def, submitting)))!;
    expect(stored.status).to.equal('submitting');
    const resumed = step(stored, { type: 'start' });
    expect(resumed.snapshot.status).to.equal('editing');
    expect(resumed.effects).to.have.length(0);
  });
});
