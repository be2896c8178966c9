// Every claim story renders the way Storybook does (loaders, args, render), settles on the mock
// adapter and is axe clean.
import { expect } from '@open-wc/testing';
import * as stories from '../../stories/payout-claim-flow.stories.ts';
import type { DotsPayoutClaimFlow } from '../../src/components/payout-claim-flow/payout-claim-flow.ts';
import { withStory, type AnyMeta, type AnyStory } from '../helpers/stories.ts';
import { until } from './element-helpers.ts';

describe('stories/payout-claim-flow.stories.ts', () => {
  const meta = stories.default as unknown as AnyMeta;
  for (const [name, value] of Object.entries(stories)) {
    if (name === 'default') continue;
    const story = value as AnyStory;
    it(`${story.name ?? name} renders on the seeded ledger and is axe clean`, async () => {
      await withStory(meta, story, async (canvas) => {
        const flow = canvas.querySelector<DotsPayoutClaimFlow>('dots-payout-claim-flow')!;
        expect(flow).to.not.equal(null);
        const s = await until(flow, (x) => x.ready && x.status === 'editing');
        if (name === 'NewPayee' || name === 'SignedInPartial' || name === 'ArabicDark') expect(s.current).to.equal('claim-intro');
        else expect(s.current).to.equal('claim-unavailable');
        await new Promise((r) => setTimeout(r, 50));
        await expect(flow).to.be.accessible();
      });
    });
  }
});
