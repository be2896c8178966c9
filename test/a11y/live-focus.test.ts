// Announcements and focus through every flow, on the same scenes as the axe matrix: one polite
// live region at every state; after a step change focus is on the new step's heading and the
// region names the step; after an invalid submit focus is on the error summary; after a backend
// failure focus is on Try again; a finished flow announces it.
import { expect } from '@open-wc/testing';
import { ALL_SCENES, type Host, type State } from './scenes.ts';
import { activeChain, deepAll } from '../flows/helpers.ts';
import { waitFor } from '../claim/element-helpers.ts';

/**
 * Polite live regions (explicit, or role=status) anywhere below the element, other than each
 * field's own error line (which reads that field's message, not progress).
 */
const politeRegions = (el: Host) => deepAll(el.shadowRoot!, '[aria-live="polite"], [role="status"]:not([aria-live])').filter((r) => !(r.getAttribute('part') === 'error' && r.id === 'error'));
const liveText = (el: Host) => el.shadowRoot!.querySelector('[part="live-region"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const headingText = (el: Host) => el.shadowRoot!.querySelector('[data-step-heading]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focusedHeading = (el: Host) => !!el.shadowRoot!.activeElement?.hasAttribute('data-step-heading');

describe('live region and focus in every flow', () => {
  for (const scene of ALL_SCENES) {
    it(scene.name, async () => {
      let heading = '';
      let visits = 0;
      const check = async (state: State, el: Host) => {
        visits += 1;
        expect(politeRegions(el).length, `${state}: one polite live region for progress`).to.equal(1);
        expect(politeRegions(el)[0]!.getAttribute('part')).to.equal('live-region');
        if (state === 'invalid') {
          await waitFor(() => el.shadowRoot!.activeElement?.localName === 'dots-error-summary', `${state}: focus on the error summary`);
        }
        if (state === 'failed') {
          await waitFor(() => activeChain().some((e) => e.localName === 'dots-alert'), `${state}: focus on Try again`);
          expect(activeChain().at(-1)?.getAttribute('part')).to.equal('retry');
        }
        if (state === 'complete') {
          const now = headingText(el);
          if (now && now !== heading && el.shadowRoot!.querySelector('[part~=continue]')) {
            // A new step: its heading has focus and the region says where we are.
            await waitFor(() => focusedHeading(el), `${state}: focus on the new heading "${now}"`);
            await waitFor(() => /^Step \d+ of \d+: \S/.test(liveText(el)), `${state}: progress announced (region says "${liveText(el)}")`);
          } else {
            await waitFor(() => liveText(el) !== '', `${state}: the result announced`);
          }
        }
        heading = headingText(el);
      };
      await scene.run('en', check);
      expect(visits).to.equal(scene.states.length);
    });
  }
});
