/**
 * Windows high-contrast (forced colours), rendered: the page is switched to forced colours through
 * the launcher (test/helpers/forced-colors-plugin.mjs), and what a person relies on is read from
 * the computed styles: the focus ring in the system Highlight colour, an invalid field marked by
 * its border's shape (not by colour), the stepper's done and upcoming steps apart, the status
 * badge outlined. axe stays clean.
 */
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import type { DotsStatusBadge } from '../../src/components/status-badge/status-badge.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { bench, type Bench } from '../machine/harness.ts';
import { deep, deepActive, editingOn, tabTo, until, view } from '../flows/helpers.ts';
import { button } from '../flows/fields.ts';

/** The colour a system colour keyword resolves to on this page, as getComputedStyle gives it. */
function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
}

describe('forced colours, rendered', () => {
  let b: Bench;
  before(() => executeServerCommand('dots-forced-colors', { active: true }));
  after(() => executeServerCommand('dots-forced-colors', { active: false }));
  beforeEach(async () => {
    b = await bench();
  });
  afterEach(() => b.close());

  it('the page is in forced colours', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('a flow step: focus ring in Highlight, an invalid field marked by its border, the stepper readable, axe clean', async () => {
    const flow = await fixtureIn<DotsFlow>({ lang: 'en' }, html`<dots-flow .adapter=${b.adapter} steps="compliance, manage-payouts" user-id=${b.user()} no-draft></dots-flow>`);
    await editingOn(flow, 'compliance-w9');

    // Submitting the empty form marks the fields invalid: in forced colours by a double, 4 px border.
    button(flow, 'continue').click();
    await until(flow, (s) => Object.keys(s.errors).length > 0);
    await flow.updateComplete;
    const input = deep<HTMLInputElement>(view(flow).shadowRoot!, 'input[name="tax_id"], [name="tax_id"] input')!;
    await ((input.getRootNode() as ShadowRoot).host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const border = getComputedStyle(input);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(border.borderTopStyle).to.equal('double');
    expect(border.borderTopWidth).to.equal('4px');

    // The keyboard focus ring: an outline in the system Highlight colour.
    await tabTo('tax_id');
    const focused = deepActive() as HTMLElement;
    const ring = getComputedStyle(focused);
    expect(ring.outlineStyle).to.not.equal('none');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    expect(ring.outlineColor).to.equal(systemColor('Highlight'));

    // The stepper: the current step's bar in Highlight, the upcoming one in GrayText.
    const stepper = flow.shadowRoot!.querySelector('dots-stepper')!;
    const bar = (state: string) => getComputedStyle(stepper.shadowRoot!.querySelector(`li[data-state="${state}"] .bar`)!).backgroundColor;
    expect(bar('current')).to.equal(systemColor('Highlight'));
    expect(bar('upcoming')).to.equal(systemColor('GrayText'));
    expect(bar('current')).to.not.equal(bar('upcoming'));

    await expect(flow).to.be.accessible();
  });

  it('a status badge is outlined in the text colour', async () => {
    const el = await fixtureIn<DotsStatusBadge>({ lang: 'en' }, html`<dots-status-badge kind="transfer" status="failed"></dots-status-badge>`);
    await el.updateComplete;
    const badge = getComputedStyle(el.shadowRoot!.querySelector('.badge')!);
    expect(badge.borderTopStyle).to.not.equal('none');
    expect(badge.borderTopColor).to.equal(systemColor('CanvasText'));
  });
});
