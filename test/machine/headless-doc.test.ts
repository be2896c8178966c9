// The example of docs/headless.md, run as written (a host drawing its own UI from snapshots).
import { expect } from '@open-wc/testing';
import { MockAdapter, buildFlow, createFlowActor, memoryDraftStore, translate, translateMessage } from '../../src/index.ts';

describe('docs/headless.md example', () => {
  it('a host-drawn payout UI: balance, a specific error, one transfer for two presses', async () => {
    const adapter = await new MockAdapter({ persist: 'memory', app: { name: 'Demo', sandbox_magic_code: true } }).ready();
    const userId = adapter.ledger.createUserDirect(adapter.appId, {
      first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', country_code: '1', phone_number: '2015550123',
    }).id;
    adapter.ledger.addPayoutMethod(adapter.appId, { platform: 'paypal', user_id: userId, email: 'ada@example.com' });
    adapter.ledger.refillApp(adapter.appId, 100_00);
    adapter.ledger.transferToUser(adapter.appId, userId, 100_00);

    const actor = createFlowActor({ definition: buildFlow(['payout'], { signIn: false }), adapter, userId, draft: { store: memoryDraftStore(), key: 'my-payout' } });
    const root = document.createElement('div');
    document.body.append(root);
    const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
    const money = (cents: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(cents / 100);
    let amount!: HTMLInputElement;
    let go!: HTMLButtonElement;
    const done = new Promise<void>((resolve) => {
      actor.subscribe((s) => {
        if (s.status === 'complete') {
          root.textContent = `Sent ${money(s.context.transfer!.amount)} (${s.context.transfer!.status}).`;
          resolve();
          return;
        }
        const wallet = s.context.wallet;
        const err = s.errors['amount'];
        root.innerHTML = '';
        root.append(
          Object.assign(document.createElement('p'), { textContent: wallet ? t('payout.balance', { amount: money(wallet.withdrawable_amount) }) : t('common.loading') }),
          Object.assign(document.createElement('p'), { className: 'error', textContent: err ? translateMessage('en', err) : '' }),
        );
        const input = Object.assign(document.createElement('input'), { value: String(s.values['payout']?.['amount'] ?? '') });
        input.oninput = () => {
          actor.send({ type: 'change', field: 'amount_mode', value: 'partial' });
          actor.send({ type: 'change', field: 'amount', value: input.value });
        };
        const button = Object.assign(document.createElement('button'), { textContent: s.status === 'submitting' ? t('common.busy') : t('payout.submit') });
        button.onclick = () => actor.send({ type: 'next' });
        root.append(input, button);
        [amount, go] = [input, button];
      });
    });
    actor.start();
    await new Promise<void>((r) => {
      const off = actor.subscribe((s) => s.status === 'editing' && s.context.wallet && (off(), r()));
    });
    expect(root.textContent).to.contain('Available to withdraw: $100.00');
    amount.value = '150';
    amount.dispatchEvent(new Event('input'));
    go.click();
    expect(root.querySelector('.error')!.textContent).to.equal('The amount is more than your available balance of $100.00.');
    amount.value = '60';
    amount.dispatchEvent(new Event('input'));
    go.click();
    go.click();
    await done;
    expect(root.textContent).to.equal('Sent $60.00 (pending).');
    expect(adapter.ledger.listTransfers(adapter.appId, { user_id: userId, type: 'payout' }).data).to.have.length(1);
    root.remove();
    adapter.close();
  });

  it('translateMessage formats money params for the locale', () => {
    expect(translateMessage('fr', { key: 'errors.amount.over_balance', params: { balance: { money: 1234_56, currency: 'EUR' } } }).replace(/\s/g, ' ')).to.contain('1 234,56 €');
    expect(translateMessage('en', { key: 'errors.nonexistent_kind.required', params: { reason: 'required' } })).to.equal('Enter a value.');
  });
});
