import { expect } from '@open-wc/testing';
import { z } from 'zod';
import type { BackendAdapter } from '../../src/adapters/types.ts';
import { createFlowActor, resolveSteps, isResolved, type FlowActor, type FlowDefinition, type FlowSnapshot, type StepDefinition } from '../../src/core/machine/index.ts';

// Steps whose body arrives later (code splitting per step): the actor merges the body before the
// reducer may enter the step, and a failed download is a retryable error, not a broken flow.

interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
  reject(e: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const adapter = {} as BackendAdapter; // these steps call no backend
const nameStep: StepDefinition = {
  id: 'name',
  title: 'toy.name',
  initial: () => ({ first: '' }),
  schema: z.object({ first: z.string().min(1, 'errors.first_name.required') }),
  submit: async () => ({}),
};
/** The body of `tax`: what it validates and sends. */
const taxBody: Partial<StepDefinition> = {
  schema: z.object({ tin: z.string().regex(/^\d{9}$/, 'errors.tin.format') }),
  submit: async () => ({}),
};

function flow(body: () => Promise<Partial<StepDefinition>>): FlowDefinition {
  return {
    id: 'lazy-toy',
    context: {},
    steps: [nameStep, { id: 'tax', title: 'toy.tax', label: 'toy.tax_label', initial: () => ({ tin: '' }), sensitive: { tin: 'last4' }, body }],
  };
}

function until(actor: FlowActor, pred: (s: FlowSnapshot) => boolean, ms = 3000): Promise<FlowSnapshot> {
  return new Promise((resolve, reject) => {
    if (pred(actor.getSnapshot())) return resolve(actor.getSnapshot());
    const timer = setTimeout(() => (off(), reject(new Error(`timed out at ${actor.getSnapshot().current} (${actor.getSnapshot().status})`))), ms);
    const off = actor.subscribe((s) => {
      if (pred(s)) (clearTimeout(timer), off(), resolve(s));
    });
  });
}

describe('steps that load on demand', () => {
  it('resolveSteps merges each body into its step once, and forgets a failed load so the next call tries again', async () => {
    let calls = 0;
    const def = flow(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return taxBody;
    });
    expect(isResolved(def.steps[1])).to.equal(false);
    let failure: unknown;
    await resolveSteps(def).catch((e: unknown) => (failure = e));
    expect(String(failure)).to.contain('offline');
    const [a, b] = await Promise.all([resolveSteps(def), resolveSteps(def)]);
    expect(a).to.equal(b);
    expect(calls).to.equal(2);
    const tax = a.steps[1]!;
    expect(isResolved(tax)).to.equal(true);
    expect(tax.schema).to.equal(taxBody.schema);
    expect(tax.label, 'the head is kept').to.equal('toy.tax_label');
    expect(def.steps[1]!.body, 'the given definition is left as it was').to.be.a('function');
    expect(await resolveSteps(a), 'a resolved definition is returned as is').to.equal(a);
  });

  it("a body that repeats the step's own fields does not override them (a wrapped when stays)", async () => {
    const wrapped = () => false;
    const def = flow(async () => ({ ...taxBody, when: () => true, label: 'toy.other_label' }));
    const [name, tax] = def.steps;
    const wrappedDef: FlowDefinition = { ...def, steps: [name!, { ...tax!, when: wrapped }] };
    const resolvedTax = (await resolveSteps(wrappedDef)).steps[1]!;
    expect(resolvedTax.when).to.equal(wrapped);
    expect(resolvedTax.label).to.equal('toy.tax_label');
    expect(resolvedTax.schema, 'what the step did not have comes from the body').to.equal(taxBody.schema);
  });

  it('the stepper knows the step from the start; leaving the first step waits for its body, and then its schema is in force', async () => {
    const body = deferred<Partial<StepDefinition>>();
    const actor = createFlowActor({ definition: flow(() => body.promise), adapter });
    void actor.start();
    await until(actor, (s) => s.ready && s.status === 'editing');
    expect(actor.getSnapshot().groups.map((g) => g.label)).to.deep.equal(['toy.name', 'toy.tax_label']);
    actor.send({ type: 'change', field: 'first', value: 'Ada' });
    actor.send({ type: 'next' });
    await new Promise((r) => setTimeout(r, 50));
    expect(actor.getSnapshot().current, 'still on the first step while the body is on its way').to.equal('name');
    expect(actor.getSnapshot().status).to.equal('submitting');
    body.resolve(taxBody);
    await until(actor, (s) => s.current === 'tax' && s.status === 'editing');
    expect(isResolved(actor.definition.steps[1])).to.equal(true);
    actor.send({ type: 'change', field: 'tin', value: '12' });
    actor.send({ type: 'next' });
    const s = await until(actor, (x) => Object.keys(x.errors).length > 0);
    expect(s.errors['tin']?.key, "the body's schema checks the step").to.equal('errors.tin.format');
    actor.stop();
  });

  it('a snapshot resumed on such a step is not ready until the body is there, then goes on', async () => {
    const first = createFlowActor({ definition: flow(async () => taxBody), adapter });
    void first.start();
    await until(first, (s) => s.ready && s.status === 'editing');
    first.send({ type: 'change', field: 'first', value: 'Ada' });
    first.send({ type: 'next' });
    await until(first, (s) => s.current === 'tax' && s.status === 'editing');
    const saved = first.getStorableSnapshot();
    first.stop();

    const body = deferred<Partial<StepDefinition>>();
    const resumed = createFlowActor({ definition: flow(() => body.promise), adapter, snapshot: saved });
    void resumed.start();
    expect(resumed.getSnapshot().current).to.equal('tax');
    expect(resumed.getSnapshot().ready, 'nothing to show yet').to.equal(false);
    resumed.send({ type: 'change', field: 'tin', value: '123456789' });
    body.resolve(taxBody);
    const s = await until(resumed, (x) => x.ready);
    expect(s.current).to.equal('tax');
    await until(resumed, (x) => x.values['tax']?.['tin'] === '123456789');
    resumed.send({ type: 'next' });
    await until(resumed, (x) => x.status === 'complete');
    resumed.stop();
  });

  it('a body that cannot be downloaded fails the start with a retry, and the retry loads it', async () => {
    let offline = true;
    const tax = flow(async () => taxBody).steps[1]!;
    const body = async () => {
      if (offline) throw new TypeError('Failed to fetch dynamically imported module');
      return taxBody;
    };
    // The tax step first (a signed-in payee): nothing can be shown before its body is in.
    const actor = createFlowActor({ definition: { id: 'lazy-first', context: {}, steps: [{ ...tax, body }] }, adapter });
    void actor.start();
    const failed = await until(actor, (s) => s.status === 'failed');
    if (failed.status !== 'failed') throw new Error('not failed');
    expect(failed.error.retryable).to.equal(true);
    expect(failed.error.code, 'said as a connection problem').to.equal('network');
    expect(failed.pending.kind).to.equal('init');
    offline = false;
    actor.send({ type: 'retry' });
    const s = await until(actor, (x) => x.ready && x.status === 'editing');
    expect(s.current).to.equal('tax');
    expect(isResolved(actor.definition.steps[0])).to.equal(true);
    actor.stop();
  });
});
