// axe on every step of every flow in every state, each in light, dark and Arabic (RTL), switched
// at runtime on one element per step. The other elements follow in axe-elements.test.ts.
import { expect } from '@open-wc/testing';
import { ALL_SCENES, type State } from './scenes.ts';
import { axeInModes } from './modes.ts';

describe('axe matrix: every step, every state, light / dark / RTL', () => {
  for (const scene of ALL_SCENES) {
    it(scene.name, async () => {
      const seen: State[] = [];
      await scene.run('en', async (state, el) => {
        seen.push(state);
        await axeInModes(el, `${scene.name} ${state}`);
      });
      expect(seen).to.deep.equal(scene.states);
    });
  }
});
