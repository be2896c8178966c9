/**
 * Transfers: `<dots-transfers>` for the whole app (what an operator sees) or for the payee who
 * signed in on this page (what that payee sees). It updates live from the backend's events and
 * reloads when the console replaces the whole ledger (reset, import).
 */
import type { DemoContext, DemoSection } from '../lib/context.ts';
import { h } from '../lib/dom.ts';
import { currentPayee, PAYEE_CHANGE, trackPayee } from '../lib/payee.ts';

type View = 'app' | 'payee';

async function payeeName(ctx: DemoContext, userId: string): Promise<string> {
  try {
    const u = await ctx.adapter.getUser(userId, { signal: ctx.signal });
    return `${u.first_name} ${u.last_name}`;
  } catch {
    return '';
  }
}

export const transfersSection: DemoSection = {
  id: 'transfers',
  title: 'Transfers',
  description: 'Transfers with their status, live as the ledger moves them. Open one to see its history.',
  mount(host, ctx) {
    let view: View = 'app';
    const list = document.createElement('dots-transfers');
    list.adapter = ctx.adapter;
    list.scope = 'app';

    const appRadio = h('input', { type: 'radio', name: 'transfers-view', value: 'app', checked: true });
    const payeeRadio = h('input', { type: 'radio', name: 'transfers-view', value: 'payee', disabled: true });
    const payeeText = h('span', {}, 'The payee signed in on this page');
    const picker = h(
      'fieldset',
      { class: 'demo-segmented' },
      h('legend', {}, 'Show'),
      h('label', {}, appRadio, h('span', {}, 'Every transfer of the app')),
      h('label', {}, payeeRadio, payeeText),
    );

    const apply = () => {
      const payee = currentPayee(ctx.adapterKind);
      if (view === 'payee' && payee) {
        list.scope = 'user';
        list.userId = payee;
      } else {
        list.scope = 'app';
        list.userId = '';
      }
    };

    const refreshPayee = async () => {
      const payee = currentPayee(ctx.adapterKind);
      payeeRadio.disabled = !payee;
      if (!payee) {
        payeeText.textContent = 'The payee signed in on this page (none yet)';
        if (view === 'payee') {
          view = 'app';
          appRadio.checked = true;
        }
      } else {
        const name = await payeeName(ctx, payee);
        if (ctx.signal.aborted) return;
        payeeText.textContent = name ? `Only ${name}’s, as they see them` : 'The payee signed in on this page';
      }
      apply();
    };

    picker.addEventListener('change', (e) => {
      view = (e.target as HTMLInputElement).value === 'payee' ? 'payee' : 'app';
      apply();
    });
    document.addEventListener(PAYEE_CHANGE, () => void refreshPayee(), { signal: ctx.signal });
    // Reset and import replace the ledger without per-transfer events: load the list again.
    document.addEventListener('dots-ledger-change', () => list.reload(), { signal: ctx.signal });

    host.append(picker, list);
    trackPayee(ctx.adapterKind, ctx.signal);
    void refreshPayee();
  },
};
