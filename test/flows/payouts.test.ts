import { expect, html } from '@open-wc/testing';
import '../../src/define.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { bench, type Bench } from '../machine/harness.ts';
import { editingOn, frame, recordEvents, snap, until, view } from './helpers.ts';
import { button, errorText, field, setField, viewButton } from './fields.ts';

describe('payout methods and payout steps in <dots-flow>', () => {
  let b: Bench;
  beforeEach(async () => {
    b = await bench({ payout_fees: { paypal: 25 }, min_payout: 100 });
  });
  afterEach(() => b.close());

  const mount = (tpl: ReturnType<typeof html>) => fixtureIn<DotsFlow>({ lang: 'en' }, tpl);

  it('manage-payouts: the routing checksum message is specific; Add lists the masked account; excluded platforms are not offered', async () => {
    b.ledger.updateApp(b.appId, { payout_options_exclude_list: ['cash_app'] });
    const userId = b.user();
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="manage-payouts" user-id=${userId} no-draft></dots-flow>`);
    await editingOn(flow, 'manage-payouts');
    const options = [...field(flow, 'platform').shadowRoot!.querySelectorAll('option')].map((o) => o.value).filter(Boolean);
    expect(options).to.deep.equal(['ach', 'paypal', 'venmo', 'intl_bank']);
    await expect(flow).to.be.accessible();
    setField(flow, 'platform', 'ach');
    await until(flow, (s) => s.values['manage-payouts']?.['platform'] === 'ach');
    setField(flow, 'routing_number', '011000016');
    setField(flow, 'account_number', '000123456789');
    viewButton(flow, 'Add').click();
    await until(flow, (s) => !!s.errors['routing_number']);
    await frame();
    expect(errorText(flow, 'routing_number')).to.equal("This routing number's check digit is wrong. Check the 9 digits on your cheque or bank statement.");
    await expect(flow).to.be.accessible();
    setField(flow, 'routing_number', '011000015');
    viewButton(flow, 'Add').click();
    await until(flow, (s) => s.status === 'editing' && (s.context.payoutMethods?.length ?? 0) === 1);
    await frame();
    const list = view(flow).shadowRoot!.querySelector('[part=methods]')!;
    expect(list.textContent).to.contain('US bank account ending in 6789');
    expect(list.textContent).to.contain('Default');
    expect(view(flow).shadowRoot!.innerHTML).to.not.contain('000123456789');
    // Focus went to the list heading (the Add button is gone).
    expect(view(flow).shadowRoot!.activeElement?.id).to.equal('methods-heading');
    await expect(flow).to.be.accessible();
  });

  it('manage-payouts: make another method the default and remove one, each announced', async () => {
    const userId = b.user({ bank: true });
    b.ledger.addPayoutMethod(b.appId, { platform: 'paypal', user_id: userId, email: 'grace@example.com' });
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="manage-payouts" user-id=${userId} no-draft></dots-flow>`);
    await editingOn(flow, 'manage-payouts');
    await frame();
    const make = view(flow).shadowRoot!.querySelector<HTMLElement>('[data-action=set-default]')!;
    // The accessible name starts with the visible text (WCAG 2.5.3) and says which method.
    expect(make.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Make default: PayPal grace@example.com');
    make.click();
    await until(flow, (s) => s.status === 'editing' && s.context.user?.default_payout_method === 'paypal');
    await new Promise((r) => setTimeout(r, 80));
    expect(flow.shadowRoot!.querySelector('[part=live-region]')!.textContent).to.equal('PayPal account grace@example.com is now your default.');
    const removeBank = [...view(flow).shadowRoot!.querySelectorAll<HTMLElement>('[data-action=remove]')].find((x) => x.textContent!.includes('US bank'))!;
    removeBank.click();
    await until(flow, (s) => s.status === 'editing' && s.context.payoutMethods?.length === 1);
    await new Promise((r) => setTimeout(r, 80));
    expect(flow.shadowRoot!.querySelector('[part=live-region]')!.textContent).to.equal('US bank account ending in 6789 removed.');
    button(flow, 'continue').click();
    await until(flow, (s) => s.status === 'complete');
  });

  it('payout: shows balance and fee, refuses more than the balance, and a double press makes one transfer', async () => {
    const userId = b.user({ cents: 40_00 });
    b.ledger.addPayoutMethod(b.appId, { platform: 'paypal', user_id: userId, email: 'grace@example.com' });
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="payout" user-id=${userId} no-draft></dots-flow>`);
    await editingOn(flow, 'payout');
    await frame();
    const text = view(flow).shadowRoot!.textContent!;
    expect(text).to.contain('Available to withdraw: $40.00');
    expect(text).to.contain('Fee: $0.25');
    expect(text).to.contain('You receive $39.75');
    await expect(flow).to.be.accessible();
    setField(flow, 'amount_mode', 'partial');
    await until(flow, (s) => s.values['payout']?.['amount_mode'] === 'partial');
    await frame();
    setField(flow, 'amount', '50');
    button(flow, 'continue').click();
    await until(flow, (s) => !!s.errors['amount']);
    await frame();
    expect(errorText(flow, 'amount')).to.equal('The amount is more than your available balance of $40.00.');
    await expect(flow).to.be.accessible();
    setField(flow, 'amount', '30');
    await until(flow, (s) => s.values['payout']?.['amount'] === 30_00);
    const events = recordEvents(flow);
    const go = button(flow, 'continue');
    go.click();
    go.click();
    await until(flow, (s) => s.status === 'complete');
    const transfers = b.ledger.listTransfers(b.appId, { user_id: userId, type: 'payout' }).data;
    expect(transfers.map((t) => t.amount)).to.deep.equal([30_00]);
    const complete = events.find((e) => e.type === 'dots-flow-complete')!.detail as { transferId: string };
    expect(complete.transferId).to.equal(transfers[0]!.id);
    await frame();
    expect(flow.shadowRoot!.querySelector('[part=complete]')!.textContent).to.contain('We are sending $29.75 to PayPal grace@example.com.');
  });

  it('payout: Continue shows progress while the transfer is made, and the busy state is axe clean', async () => {
    const userId = b.user({ cents: 20_00, bank: true });
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="payout" user-id=${userId} no-draft></dots-flow>`);
    await editingOn(flow, 'payout');
    b.adapter.faults.configure({ latencyMs: 400 });
    button(flow, 'continue').click();
    await until(flow, (s) => s.status === 'submitting');
    await flow.updateComplete;
    expect(button(flow, 'continue').getAttribute('aria-busy') ?? button(flow, 'continue').hasAttribute('busy')).to.not.equal(false);
    expect(button(flow, 'continue').hasAttribute('busy')).to.equal(true);
    await expect(flow).to.be.accessible();
    await until(flow, (s) => s.status === 'complete');
    b.adapter.faults.configure({ enabled: false, latencyMs: 0 });
    expect(snap(flow).context.transfer?.amount).to.equal(20_00);
  });
});
