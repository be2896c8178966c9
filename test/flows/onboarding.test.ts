import { expect, html } from '@open-wc/testing';
import '../../src/define.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { bench, type Bench } from '../machine/harness.ts';
import { keyboardBankAccount, keyboardW9 } from '../helpers/keyboard.ts';
import { editingOn, focusedField, frame, headingFocused, headingText, press, recordEvents, tabTo, type, until } from './helpers.ts';

describe('<dots-onboarding-flow> with the keyboard only', () => {
  let b: Bench;
  beforeEach(async () => {
    b = await bench({ sandbox_magic_code: false });
  });
  afterEach(() => b.close());

  it('signs a new payee in, takes a W-9 and a bank account, and the ledger shows a verified user with a masked default method', async () => {
    const flow = await fixtureIn<DotsFlow>({ lang: 'en' }, html`<dots-onboarding-flow .adapter=${b.adapter} no-draft></dots-onboarding-flow>`);
    const events = recordEvents(flow);
    await editingOn(flow, 'sign-in-phone');
    expect(headingText(flow)).to.equal('Sign in with your phone');

    // Phone: Tab into the flow, type the number, Enter.
    await tabTo('phone');
    expect(focusedField()).to.equal('phone');
    // The country select comes first; the number input is the next stop.
    await press('Tab');
    await type('2015550142');
    await press('Enter');
    await editingOn(flow, 'sign-in-code');
    await frame();
    expect(headingFocused(flow), 'focus on the code heading').to.equal(true);
    expect(headingText(flow)).to.equal('Enter your code');

    await tabTo('code');
    await type(b.codeFor({ country_code: '1', phone_number: '2015550142' }));
    await press('Enter');
    await editingOn(flow, 'sign-in-profile');
    await frame();
    expect(headingFocused(flow)).to.equal(true);
    await tabTo('first_name');
    await type('Ada');
    await press('Tab');
    await type('Lovelace');
    await press('Tab');
    await type('ada@example.com');
    await press('Enter');

    await editingOn(flow, 'compliance-w9');
    await frame();
    expect(headingFocused(flow)).to.equal(true);
    expect(headingText(flow)).to.equal('Tax information (Form W-9)');
    await keyboardW9();

    await editingOn(flow, 'manage-payouts');
    await frame();
    expect(headingFocused(flow)).to.equal(true);
    await keyboardBankAccount('000123456789', () => until(flow, (s) => s.values['manage-payouts']?.['platform'] === 'ach'));

    const done = await until(flow, (s) => s.status === 'complete');
    await frame();
    expect(headingText(flow)).to.equal('You are all set');
    expect(headingFocused(flow)).to.equal(true);

    const user = b.ledger.getUser(b.appId, done.userId!);
    expect(user.status).to.equal('verified');
    expect(user.compliance.form).to.equal('w9');
    expect(user.default_payout_method).to.equal('ach');
    const method = user.payout_methods.find((m) => m.id === user.default_payout_method_id)!;
    expect(method.mask).to.equal('6789');
    expect(b.ledger.getFlow(b.appId, done.flowId!).completed_steps).to.deep.equal(['compliance', 'manage-payouts']);

    expect(events.map((e) => e.type)).to.include.members(['dots-ready', 'dots-step-change', 'dots-step-complete', 'dots-flow-complete']);
    const all = JSON.stringify(events);
    expect(all).to.not.contain('123456789');
    expect(all).to.not.contain('000123456789');
    // The tax id and account number are not left in the DOM either.
    expect(flow.shadowRoot!.innerHTML).to.not.contain('000123456789');
  });
});
