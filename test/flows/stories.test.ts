import { expect } from '@open-wc/testing';
import * as flowStories from '../../stories/flow.stories.ts';
import * as stepStories from '../../stories/steps.stories.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import { withStory, type AnyMeta, type AnyStory } from '../helpers/stories.ts';
import { until } from './helpers.ts';

/** Renders each story the way Storybook does (loaders, args, render, play) and checks it settles. */
function suite(title: string, mod: Record<string, unknown>): void {
  const meta = mod['default'] as AnyMeta;
  describe(title, () => {
    for (const [name, value] of Object.entries(mod)) {
      if (name === 'default') continue;
      const story = value as AnyStory;
      it(`${story.name ?? name} renders on the mock adapter and is axe clean`, async () => {
        await withStory(meta, story, async (canvas) => {
          const flow = canvas.querySelector<DotsFlow>('dots-flow, dots-onboarding-flow')!;
          expect(flow).to.not.equal(null);
          await flow.updateComplete;
          if (story.play) await story.play({ canvasElement: canvas });
          if (flow.actor) await until(flow, (s) => s.status !== 'submitting');
          await new Promise((r) => setTimeout(r, 50));
          await expect(flow).to.be.accessible();
        });
      });
    }
  });
}

suite('stories/flow.stories.ts', flowStories);
suite('stories/steps.stories.ts', stepStories);
