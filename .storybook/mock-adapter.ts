/**
 * A fresh in-memory mock backend per story. In a stories file:
 *
 *   import { mockAdapter } from '../.storybook/mock-adapter.ts';
 *   const meta: Meta = { title: '...', ...mockAdapter({ setup: async (a) => { ... } }) };
 *
 * Every dots flow in the story then finds the adapter through @lit/context (as under a page that
 * called `provideAdapter`), and the story's `loaded.adapter` is the same adapter for stories that
 * pass it as a property or drive the ledger (`adapter.ledger`, `adapter.faults`).
 */
import type { Decorator, Loader } from '@storybook/web-components-vite';
import { render } from 'lit';
import { MockAdapter, type MockAdapterOptions } from '../src/adapters/index.ts';
import { provideAdapter } from '../src/components/flow/context.ts';

export interface StoryMockOptions extends Omit<MockAdapterOptions, 'persist'> {
  /** Seed the backend before the story renders (users, balances, payout links...). */
  setup?: (adapter: MockAdapter) => void | Promise<void>;
}

let previous: MockAdapter | null = null;

/** Loads `loaded.adapter`: a new MockAdapter kept in memory, so stories never share state. */
export function mockAdapterLoader(options: StoryMockOptions = {}): Loader {
  return async (ctx) => {
    previous?.close();
    previous = null;
    const { setup, ...adapterOptions } = options;
    const adapter = await new MockAdapter({ seed: ctx.id, ...adapterOptions, persist: 'memory' }).ready();
    await setup?.(adapter);
    previous = adapter;
    return { adapter };
  };
}

/** Renders the story inside an element that provides `loaded.adapter` to every flow below it. */
export const provideMockAdapter: Decorator = (story, { loaded }) => {
  const adapter = (loaded as { adapter?: MockAdapter }).adapter;
  if (!adapter) throw new Error('provideMockAdapter needs mockAdapterLoader() in the same story or meta.');
  const root = document.createElement('div');
  root.className = 'dots-story-adapter';
  // the provider listens before any flow below connects and asks for the adapter
  provideAdapter(root, adapter);
  render(story(), root);
  return root;
};

/** Both at once, to spread into a meta or a story: `{ ...mockAdapter(), title: ... }`. */
export function mockAdapter(options: StoryMockOptions = {}): { loaders: Loader[]; decorators: Decorator[] } {
  return { loaders: [mockAdapterLoader(options)], decorators: [provideMockAdapter] };
}
