/**
 * Issue 9 ("the first field within one frame"): the phone screen needs nothing the flow's start
 * brings (settings, the flow record), so it shows and takes typing while the start is still
 * running; Continue waits for it, and nothing typed meanwhile is lost.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/define.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { bench, type Bench } from '../machine/harness.ts';
import { editingOn, snap, until, view } from './helpers.ts';
import { button, field, setField } from './fields.ts';

describe('<dots-flow> while it starts', () => {
  let b: Bench;
  beforeEach(async () => {
    b = await bench({ sandbox_magic_code: true });
    // Every backend answer takes 400 ms: the start (settings, flow record) is still running below.
    b.adapter.faults.configure({ enabled: true, latencyMs: 400 });
  });
  afterEach(() => b.close());

  it('shows the phone field at once and keeps what is typed before the start finishes', async () => {
    const flow = await fixtureIn<DotsFlow>({ lang: 'en' }, html`<dots-flow .adapter=${b.adapter} steps="compliance" no-draft></dots-flow>`);
    expect(snap(flow).ready).to.equal(false);
    const starting = snap(flow);
    expect(starting.status === 'submitting' ? starting.pending.kind : starting.status).to.equal('init');
    expect(view(flow)?.localName).to.equal('dots-sign-in-step');
    expect(flow.shadowRoot!.querySelector('.loading')).to.equal(null);

    setField(flow, 'phone', '2015550123');
    expect(snap(flow).values['sign-in-phone']?.['phone']).to.equal('2015550123');
    expect(snap(flow).ready).to.equal(false);
    // Continue shows the start in progress; pressing it now sends nothing.
    expect(button(flow, 'continue').hasAttribute('busy')).to.equal(true);
    button(flow, 'continue').click();
    expect(snap(flow).current).to.equal('sign-in-phone');

    await editingOn(flow, 'sign-in-phone');
    expect(snap(flow).ready).to.equal(true);
    expect(snap(flow).values['sign-in-phone']?.['phone']).to.equal('2015550123');
    expect((field(flow, 'phone') as unknown as { national: string }).national).to.equal('2015550123');
    button(flow, 'continue').click();
    await until(flow, (s) => s.current === 'sign-in-code');
  });

  it('a screen that needs the start (a signed-in user on the tax form) waits for it', async () => {
    const userId = b.user();
    const flow = await fixtureIn<DotsFlow>({ lang: 'en' }, html`<dots-flow .adapter=${b.adapter} steps="compliance" user-id=${userId} no-draft></dots-flow>`);
    expect(snap(flow).ready).to.equal(false);
    expect(view(flow)).to.equal(null);
    expect(flow.shadowRoot!.querySelector('.loading')?.textContent?.trim()).to.equal('Loading…');
    await editingOn(flow, 'compliance-w9');
    expect(view(flow)?.localName).to.equal('dots-compliance-step');
  });
});
