// Appearance at runtime on a flow part-way through: new colours and radius on its parts, with
// what was typed, the focus and the step kept; the hosted Dots flow's style variables each
// reach a part; reduced motion stops every transition and animation; forced-colours rules in
// every shadow root that draws controls.
import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import { APPEARANCE_TOKENS, type AppearanceKey } from '../../src/styles/appearance.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { bench, type Bench } from '../machine/harness.ts';
import { deepActive, deepAll, editingOn, snap, view } from '../flows/helpers.ts';
import { settleDeep, type Host } from './scenes.ts';
import { ELEMENT_SCENES } from './elements.ts';

const css = (el: Element) => getComputedStyle(el);
const part = (flow: DotsFlow, name: string) => view(flow).shadowRoot!.querySelector<HTMLElement & { shadowRoot: ShadowRoot }>(`[name="${name}"]`)!;
const inputOf = (flow: DotsFlow, name: string) => part(flow, name).shadowRoot.querySelector('input')!;
const continueButton = (flow: DotsFlow) => flow.shadowRoot!.querySelector('[part~=continue]')!.shadowRoot!.querySelector('button')!;

describe('appearance at runtime', () => {
  let b: Bench;
  let flow: DotsFlow;
  beforeEach(async () => {
    b = await bench();
    flow = await fixtureIn<DotsFlow>({ lang: 'en' }, html`<dots-flow .adapter=${b.adapter} steps="compliance" user-id=${b.user()} no-draft></dots-flow>`);
    await editingOn(flow, 'compliance-w9');
  });
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    b.close();
  });

  it('appearance and theme set after typing restyle the parts and keep the typed value, the focus and the step', async () => {
    const input = inputOf(flow, 'city');
    input.focus();
    await sendKeys({ type: 'Springfield' });
    const heading = flow.shadowRoot!.querySelector('[data-step-heading]')!;
    const other = inputOf(flow, 'postal_code');
    const before = { button: css(continueButton(flow)).backgroundColor, border: css(other).borderTopColor, radius: css(input).borderTopLeftRadius, heading: css(heading).color };

    flow.appearance = { buttonBackgroundColor: '#0a7d38', buttonTextColor: '#ffffff', inputBorderColor: '#8a2be2', inputBorderRadius: 14, borderRadius: 14 };
    flow.setAttribute('theme', 'dark');
    await settleDeep(flow);

    const after = { button: css(continueButton(flow)).backgroundColor, border: css(other).borderTopColor, radius: css(input).borderTopLeftRadius, heading: css(heading).color };
    expect(after.button).to.equal('rgb(10, 125, 56)');
    expect(after.border).to.equal('rgb(138, 43, 226)');
    expect(after.radius).to.equal('14px');
    expect(after.heading, 'the dark theme changed the text colour').to.not.equal(before.heading);
    expect(before.button).to.not.equal(after.button);
    expect(before.radius).to.not.equal(after.radius);
    // The same field, still holding what was typed and the focus, on the same step.
    expect(inputOf(flow, 'city')).to.equal(input);
    expect(input.value).to.equal('Springfield');
    expect(deepActive()).to.equal(input);
    expect(snap(flow).current).to.equal('compliance-w9');
    expect(snap(flow).values['compliance-w9']?.['city']).to.equal('Springfield');

    // Updated again in place: keys no longer given go back to the theme's.
    flow.appearance = { inputBorderColor: '#c0392b' };
    await settleDeep(flow);
    expect(css(other).borderTopColor).to.equal('rgb(192, 57, 43)');
    expect(css(continueButton(flow)).backgroundColor).to.not.equal('rgb(10, 125, 56)');
    expect(input.value).to.equal('Springfield');
  });

  it('every style variable of the hosted Dots flow has a token that reaches a part of the flow', async () => {
    // Chrome computes no ::placeholder style: read the value the field's placeholder rule uses.
    const field = part(flow, 'city');
    const placeholderRule = [...field.shadowRoot.adoptedStyleSheets].flatMap((sh) => [...sh.cssRules]).find((r) => r instanceof CSSStyleRule && r.selectorText.includes('::placeholder')) as CSSStyleRule | undefined;
    expect(placeholderRule?.style.color).to.contain('--_dots-input-placeholder');
    const placeholder = () => css(field).getPropertyValue('--_dots-input-placeholder');
    // The hosted flow's variables (text, primary, background, tab, button, input and placeholder
    // colours, border radius), each with the part it must restyle.
    const probes: Array<[AppearanceKey, string, () => string]> = [
      ['textColor', '#102030', () => css(flow.shadowRoot!.querySelector('[data-step-heading]')!).color],
      ['primaryColor', '#0a7d38', () => css(continueButton(flow)).backgroundColor],
      ['backgroundColor', '#fdf6e3', () => css(flow.shadowRoot!.querySelector('[part~=base]') ?? flow).backgroundColor + css(flow).backgroundColor],
      ['buttonBackgroundColor', '#7a2e8e', () => css(continueButton(flow)).backgroundColor],
      ['buttonTextColor', '#fffff0', () => css(continueButton(flow)).color],
      ['inputBackgroundColor', '#f0fff0', () => css(inputOf(flow, 'city')).backgroundColor],
      ['inputTextColor', '#301020', () => css(inputOf(flow, 'city')).color],
      ['inputBorderColor', '#8a2be2', () => css(inputOf(flow, 'city')).borderTopColor],
      ['inputPlaceholderColor', '#6a5acd', placeholder],
      ['borderRadius', '17', () => css(inputOf(flow, 'city')).borderTopLeftRadius + css(continueButton(flow)).borderTopLeftRadius],
    ];
    for (const [key, value, read] of probes) {
      expect(APPEARANCE_TOKENS[key], key).to.match(/^--dots-/);
      flow.appearance = {};
      await settleDeep(flow);
      const before = read();
      flow.appearance = { [key]: key === 'borderRadius' ? Number(value) : value };
      await settleDeep(flow);
      expect(read(), `${key} restyles the flow`).to.not.equal(before);
    }
    // Tabs: tokens and AA pairs exist (test/styles), though no element draws tabs yet.
    for (const key of ['tabBackgroundColor', 'tabTextColor', 'tabActiveBackgroundColor', 'tabActiveTextColor'] as const) expect(APPEARANCE_TOKENS[key]).to.match(/^--dots-tab-/);
  });

  it('prefers-reduced-motion turns off every transition and animation in the flow', async () => {
    const moving = () =>
      [flow, ...deepAll(flow.shadowRoot!, '*')].filter((el) => {
        const s = css(el);
        const transition = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) && s.transitionProperty !== 'none';
        const animation = s.animationName !== 'none' && s.animationDuration.split(',').some((d) => parseFloat(d) > 0);
        return transition || animation;
      });
    expect(moving().length, 'something moves by default').to.be.greaterThan(0);
    await emulateMedia({ reducedMotion: 'reduce' });
    await settleDeep(flow);
    expect(moving().map((el) => el.localName + (el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''))).to.deep.equal([]);
  });
});

describe('forced colours', () => {
  // Every shadow root that draws a control carries forced-colours rules; forced-colors.test.ts
  // renders a flow step and a badge in forced colours and reads the result.
  const forcedRules = (root: ShadowRoot) =>
    root.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((r) => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active')));

  function missing(el: Host): string[] {
    const roots = [el, ...deepAll(el.shadowRoot!, '*')].flatMap((x) => (x.shadowRoot ? [x] : []));
    return roots
      .filter((x) => x.shadowRoot!.querySelector('button, input, select, a[href], [tabindex="0"], [part~=row]'))
      .filter((x) => !forcedRules(x.shadowRoot!))
      .map((x) => x.localName);
  }

  it('in a flow step', async () => {
    const b = await bench();
    try {
      const flow = await fixtureIn<DotsFlow>({ lang: 'en' }, html`<dots-flow .adapter=${b.adapter} steps="compliance" user-id=${b.user()} no-draft></dots-flow>`);
      await editingOn(flow, 'compliance-w9');
      expect([...new Set(missing(flow as unknown as Host))]).to.deep.equal([]);
    } finally {
      b.close();
    }
  });

  for (const scene of ELEMENT_SCENES) {
    it(`in ${scene.name}`, async () => {
      const { el, close } = await scene.mount('en');
      try {
        expect([...new Set(missing(el))]).to.deep.equal([]);
      } finally {
        close();
      }
    });
  }
});
