import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as flowStories from '../../stories/flow.stories.ts';
import * as stepStories from '../../stories/steps.stories.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import { until } from './helpers.ts';

type AnyStory = {
  name?: string;
  loaders?: Array<() => Promise<unknown>>;
  render?: (args: unknown, ctx: { loaded: unknown }) => TemplateResult;
  play?: (ctx: { canvasElement: HTMLElement }) => Promise<void>;
  args?: Record<string, unknown>;
};
type AnyMeta = { args?: Record<string, unknown>; loaders?: Array<() => Promise<unknown>> };

/** Renders each story the way Storybook does (loaders, args, render, play) and checks it settles. */
function suite(title: string, mod: Record<string, unknown>): void {
  const meta = mod['default'] as AnyMeta;
  describe(title, () => {
    for (const [name, value] of Object.entries(mod)) {
      if (name === 'default') continue;
      const story = value as AnyStory;
      it(`${story.name ?? name} renders on the mock adapter and is axe clean`, async () => {
        const loaders = story.loaders ?? meta.loaders ?? [];
        const loaded = Object.assign({}, ...(await Promise.all(loaders.map((l) => l()))));
        const canvas = document.createElement('div');
        document.body.append(canvas);
        try {
          render(story.render!({ ...meta.args, ...story.args }, { loaded }), canvas);
          const flow = canvas.querySelector<DotsFlow>('dots-flow, dots-onboarding-flow')!;
          expect(flow).to.not.equal(null);
          await flow.updateComplete;
          if (story.play) await story.play({ canvasElement: canvas });
          if (flow.actor) await until(flow, (s) => s.status !== 'submitting');
          await new Promise((r) => setTimeout(r, 50));
          await expect(flow).to.be.accessible();
        } finally {
          canvas.remove();
          (loaded as { adapter?: { close(): void } }).adapter?.close();
        }
      });
    }
  });
}

suite('stories/flow.stories.ts', flowStories);
suite('stories/steps.stories.ts', stepStories);
