// axe on the elements outside the flows in light, dark and Arabic (RTL), switched at runtime.
import { ELEMENT_SCENES } from './elements.ts';
import { axeInModes } from './modes.ts';

describe('axe: transfers, detail, badge, inspector, lifecycle in light / dark / RTL', () => {
  for (const scene of ELEMENT_SCENES) {
    it(scene.name, async () => {
      const { el, close } = await scene.mount('en');
      try {
        await axeInModes(el, scene.name);
      } finally {
        close();
      }
    });
  }
});
