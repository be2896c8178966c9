/**
 * Claim: `<dots-payout-claim-flow link-from-url>` when the page address carries a payout link
 * (the console's claim URLs do: `?payout_link=<token>#claim`); otherwise a note on how to get one.
 */
import { claimUrlFor, urlWithoutLink } from '../lib/claim-link.ts';
import type { DemoContext, DemoSection } from '../lib/context.ts';
import { h } from '../lib/dom.ts';

/** Open links of the in-browser ledger, so a visitor can try one without making it first. */
function openLinks(ctx: DemoContext): HTMLElement | null {
  const adapter = ctx.adapter;
  if (!(adapter instanceof ctx.lib.MockAdapter)) return null;
  const links = adapter.ledger
    .listPayoutLinks(adapter.appId, { limit: 20 })
    .data.filter((l) => l.status === 'created' || l.status === 'sent' || l.status === 'delivered')
    .slice(0, 3);
  if (links.length === 0) return null;
  const money = (cents: number, currency: string) => new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
  return h(
    'div',
    {},
    h('p', {}, 'Or open a link that is waiting to be claimed:'),
    h(
      'ul',
      { class: 'demo-link-list' },
      ...links.map((l) => {
        const payee = l.payee ? [l.payee.first_name, l.payee.last_name].filter(Boolean).join(' ') : '';
        return h('li', {}, h('a', { href: claimUrlFor(ctx.lib, l.token) }, `${money(l.amount, l.currency)}${payee ? ` for ${payee}` : ''}${l.memo ? `: “${l.memo}”` : ''}`));
      }),
    ),
  );
}

function note(ctx: DemoContext): HTMLElement {
  const how =
    ctx.adapterKind === 'mock'
      ? 'Create one in the ledger console (Payout links, then Create payout link) and open its claim URL: it brings you back here with the link in the address.'
      : 'Create one in the API console (Payout link) and open its claim URL: it brings you back here with the link in the address.';
  return h('div', { class: 'demo-note' }, h('p', {}, h('strong', {}, 'No payout link in this page’s address. '), how), openLinks(ctx));
}

export const claimSection: DemoSection = {
  id: 'claim',
  title: 'Claim a payout link',
  description: 'Money sent by link: the payee verifies, picks a payout method and claims it, then follows the payout live.',
  mount(host, ctx) {
    let shown: string | null | undefined;
    const render = () => {
      // Nav links change the fragment too: only a different link (or none) redraws the flow.
      const link = ctx.lib.linkFromUrl(location.href);
      if (link === shown) return;
      shown = link;
      if (!link) {
        host.replaceChildren(note(ctx));
        return;
      }
      const flow = document.createElement('dots-payout-claim-flow');
      flow.adapter = ctx.adapter;
      flow.setAttribute('link-from-url', '');
      const done = h(
        'button',
        {
          type: 'button',
          class: 'demo-button secondary',
          onclick: () => {
            history.pushState(null, '', urlWithoutLink(ctx.lib));
            render();
          },
        },
        'Close this payout link',
      );
      host.replaceChildren(h('div', { class: 'demo-flow-frame' }, flow), h('div', { class: 'demo-after' }, done));
    };

    // Back and forward between a claim URL and the plain page.
    window.addEventListener('popstate', render, { signal: ctx.signal });
    window.addEventListener('hashchange', render, { signal: ctx.signal });
    render();

    if (location.hash === '#claim') {
      // The browser tried to scroll before the section existed.
      requestAnimationFrame(() => host.closest('section')?.scrollIntoView({ block: 'start' }));
    }
  },
};
