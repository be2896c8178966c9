import { expect } from '@open-wc/testing';
import { ContextEvent } from '@lit/context';
import { html } from 'lit';
import { mockAdapterLoader, provideMockAdapter } from '../../.storybook/mock-adapter.ts';
import { adapterContext } from '../../src/components/flow/context.ts';
import type { MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import type { BackendAdapter } from '../../src/adapters/types.ts';

// Storybook calls loaders and decorators with a story context; these tests pass the parts used.
type AnyFn = (...args: unknown[]) => unknown;
const load = (loader: unknown, id: string) => (loader as AnyFn)({ id }) as Promise<{ adapter: MockAdapter }>;
const decorate = (story: () => unknown, loaded: object) => (provideMockAdapter as unknown as AnyFn)(story, { loaded }) as HTMLElement;

describe('Storybook mock adapter helper', () => {
  it('loads a fresh in-memory MockAdapter per story, closing the previous one', async () => {
    let setupRan = false;
    const first = (await load(mockAdapterLoader({ setup: () => void (setupRan = true) }), 'a--one')).adapter;
    expect(setupRan).to.equal(true);
    expect(first.persist).to.equal('memory');
    const second = (await load(mockAdapterLoader(), 'a--two')).adapter;
    expect(second).not.to.equal(first);
    expect(second.ledger).not.to.equal(first.ledger);
    // the current one answers
    expect((await second.getAppSettings()).currency).to.be.a('string');
    second.close();
  });

  it('provides the loaded adapter to flows inside the story through @lit/context', async () => {
    const { adapter } = await load(mockAdapterLoader(), 'a--three');
    const root = decorate(() => html`<div id="inner"></div>`, { adapter });
    document.body.append(root);
    try {
      const inner = root.querySelector('#inner')!;
      let got: BackendAdapter | undefined;
      inner.dispatchEvent(new ContextEvent(adapterContext, inner, (v) => (got = v)));
      expect(got).to.equal(adapter);
    } finally {
      root.remove();
      adapter.close();
    }
  });

  it('says what is missing when the loader is not there', () => {
    expect(() => decorate(() => html``, {})).to.throw(/mockAdapterLoader/);
  });
});
