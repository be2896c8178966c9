/**
 * The console of the HTTP mode: the ledger lives in the server, so this is what a platform's back
 * office would build on its API. It reads the message outbox and the users, makes payout links
 * and, when the server runs a manual clock, moves it. Refreshed every second and a half.
 */
import { DemoApi, list, record, str } from '../lib/api-client.ts';
import { claimUrlFor } from '../lib/claim-link.ts';
import type { DemoContext } from '../lib/context.ts';
import { h, type Child } from '../lib/dom.ts';

const REFRESH_MS = 1500;
const money = (cents: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function panel(title: string, ...children: Child[]): HTMLElement {
  const id = `api-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return h('section', { class: 'demo-panel', 'aria-labelledby': id }, h('h3', { id }, title), ...children);
}

function outboxItem(ctx: DemoContext, m: Record<string, unknown>): HTMLElement {
  const to = str(m['to']);
  const code = str(m['code']);
  const token = str(m['link_token']);
  const when = new Date(str(m['at']));
  const text: Child[] = code
    ? [`Code for ${to}: `, h('strong', { class: 'demo-code' }, code)]
    : token
      ? [`Payout link for ${to}: `, h('a', { href: claimUrlFor(ctx.lib, token) }, 'open the claim page')]
      : [`Message to ${to}: ${str(m['body'])}`];
  return h(
    'li',
    {},
    h('span', {}, ...text),
    h('span', { class: 'demo-sub' }, `${m['kind'] === 'email' ? 'Email' : 'Text message'} · `, h('time', { datetime: when.toISOString() }, when.toLocaleString('en-US'))),
  );
}

function userRow(u: Record<string, unknown>): HTMLElement {
  const phone = record(u['phone_number']);
  const wallet = record(u['wallet']);
  const compliance = record(u['compliance']);
  const method = record(u['default_payout_method_details']);
  const badge = document.createElement('dots-status-badge');
  badge.kind = 'user';
  badge.status = str(u['status']) as typeof badge.status;
  const form = str(compliance['form']);
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, `${str(u['first_name'])} ${str(u['last_name'])}`, h('span', { class: 'demo-sub' }, str(u['email']))),
    h('td', {}, h('bdi', {}, `+${str(phone['country_code'])} ${str(phone['phone_number'])}`)),
    h('td', {}, badge),
    h('td', {}, form === 'w9' ? 'W-9' : form === 'w8ben' ? 'W-8BEN' : 'None'),
    h('td', {}, str(method['description']) || 'None'),
    h('td', { class: 'demo-num' }, money(Number(wallet['withdrawable_amount']) || 0)),
  );
}

export function mountApiConsole(host: HTMLElement, ctx: DemoContext): void {
  const api = new DemoApi();
  const { signal } = ctx;

  const outbox = h('div', {}, h('p', { class: 'demo-sub' }, 'Loading…'));
  const users = h('div', {}, h('p', { class: 'demo-sub' }, 'Loading…'));
  const problem = h('p', { class: 'demo-error', role: 'alert' });

  // ---- payout links: top the app up by the amount (a sandbox deposit), then make the link
  const amount = h('input', { id: 'api-link-amount', name: 'amount', inputmode: 'decimal', value: '25.00', required: true, autocomplete: 'off' });
  const memo = h('input', { id: 'api-link-memo', name: 'memo', value: 'Thanks for your work', autocomplete: 'off' });
  const made = h('p', { role: 'status' });
  const linkForm = h(
    'form',
    { class: 'demo-form', novalidate: true },
    h('div', { class: 'demo-field' }, h('label', { for: 'api-link-amount' }, 'Amount (USD)'), amount),
    h('div', { class: 'demo-field' }, h('label', { for: 'api-link-memo' }, 'Memo'), memo),
    h('button', { type: 'submit', class: 'demo-button' }, 'Create payout link'),
  );
  linkForm.addEventListener(
    'submit',
    (e) => {
      e.preventDefault();
      void (async () => {
        const text = amount.value.trim().replace(/^\$/, '');
        if (!/^\d+(\.\d{1,2})?$/.test(text) || Number(text) <= 0) {
          made.textContent = 'Enter an amount in dollars, for example 25.00.';
          amount.focus();
          return;
        }
        const cents = Math.round(Number(text) * 100);
        made.textContent = 'Creating…';
        try {
          const apps = await api.request('GET', '/v2/apps', signal);
          const appId = str(record(Array.isArray(apps) ? apps[0] : apps)['id']);
          await api.request('POST', `/v2/apps/${encodeURIComponent(appId)}/deposit`, signal, { amount: cents, idempotency_key: crypto.randomUUID() });
          const link = record(
            await api.request('POST', '/v2/payout-links', signal, {
              amount: cents,
              ...(memo.value.trim() ? { memo: memo.value.trim() } : {}),
              delivery: { method: 'link' },
              idempotency_key: crypto.randomUUID(),
            }),
          );
          const url = claimUrlFor(ctx.lib, str(link['token']));
          made.replaceChildren(`Payout link of ${money(cents)} created. Claim URL: `, h('a', { href: url }, url));
        } catch (err) {
          if (!signal.aborted) made.textContent = `The payout link could not be created: ${errorText(err)}`;
        }
      })();
    },
    { signal },
  );

  // ---- clock: buttons only when the server's ledger runs on a manual clock
  const clock = h('div', {}, h('p', { class: 'demo-sub' }, 'Checking the server’s clock…'));
  const advance = async (ms: number): Promise<string> => str(record(await api.request('POST', '/demo/clock/advance', signal, { ms }))['now']);
  void api.request('GET', '/demo/clock', signal).then(
    (answer) => {
      const { now, manual } = record(answer);
      if (manual !== true) {
        clock.replaceChildren(h('p', {}, 'The server’s ledger runs on a real clock: payouts settle by themselves within seconds.'));
        return;
      }
      const shown = h('time', { datetime: str(now) }, new Date(str(now)).toLocaleString('en-US'));
      const show = (t: string) => {
        shown.textContent = new Date(t).toLocaleString('en-US');
        shown.setAttribute('datetime', t);
      };
      const step = (ms: number, label: string) =>
        h('button', { type: 'button', class: 'demo-button secondary', onclick: () => void advance(ms).then(show, (e: unknown) => (problem.textContent = `The clock did not move: ${errorText(e)}`)) }, label);
      clock.replaceChildren(h('p', {}, 'Ledger time: ', shown), h('div', { class: 'demo-row' }, step(1_000, 'Advance 1 second'), step(10_000, 'Advance 10 seconds'), step(60_000, 'Advance 1 minute')));
    },
    (e: unknown) => {
      if (!signal.aborted) clock.replaceChildren(h('p', { class: 'demo-error' }, `The clock could not be read: ${errorText(e)}`));
    },
  );

  // ---- outbox and users, redrawn only when they changed (so focus and selection survive)
  let seen = '';
  let busy = false;
  const refresh = async () => {
    if (busy || signal.aborted) return;
    busy = true;
    try {
      const [messages, people] = await Promise.all([api.request('GET', '/demo/outbox', signal), api.request('GET', '/v2/users?limit=50', signal)]);
      const signature = JSON.stringify([messages, people]);
      problem.textContent = '';
      if (signature === seen) return;
      seen = signature;
      const recent = list(messages).reverse().slice(0, 10);
      outbox.replaceChildren(
        recent.length
          ? h('ol', { class: 'demo-outbox', 'aria-label': 'Newest first' }, ...recent.map((m) => outboxItem(ctx, m)))
          : h('p', { class: 'demo-sub' }, 'No messages sent yet.'),
      );
      const rows = list(people);
      users.replaceChildren(
        rows.length
          ? h(
              'div',
              { class: 'demo-table-scroll' },
              h(
                'table',
                { class: 'demo-table' },
                h('caption', {}, 'Users of the app, newest first'),
                h('thead', {}, h('tr', {}, ...['Name', 'Phone', 'Status', 'Tax form', 'Default payout method', 'Available'].map((c) => h('th', { scope: 'col' }, c)))),
                h('tbody', {}, ...rows.map(userRow)),
              ),
            )
          : h('p', { class: 'demo-sub' }, 'No users yet.'),
      );
    } catch (e) {
      if (!signal.aborted) problem.textContent = `The API console could not refresh: ${errorText(e)}`;
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void refresh(), REFRESH_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
  void refresh();

  host.append(
    h(
      'p',
      { class: 'demo-hint' },
      'With the HTTP adapter the ledger lives in the demo server, behind the mock Dots API at ',
      h('code', {}, '/api'),
      '. This console is what a platform’s own back office would show, using a short-lived token from its server.',
    ),
    problem,
    panel('Message outbox', outbox),
    panel('Users', users),
    panel('Payout link', h('p', { class: 'demo-sub' }, 'The app’s wallet is topped up by the amount (a sandbox deposit), then the link reserves it.'), linkForm, made),
    panel('Clock', clock),
  );
}
