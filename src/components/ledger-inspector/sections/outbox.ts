import { html } from 'lit';
import { withSlot, type InspectorView } from '../view.ts';

/** Messages the ledger "sent": each one-time code clearly labelled with its phone. */
export function outboxSection(v: InspectorView) {
  const all = v.ledger.outbox(v.app.id).reverse();
  if (all.length === 0) return html`<p class="empty">${v.t('inspector.outbox.none')}</p>`;
  const shown = all.slice(0, v.limits.outbox);
  return html`
    <ol class="outbox" aria-label=${v.t('inspector.outbox.caption')}>
      ${shown.map((m) => {
        const to = m.to;
        const text = m.code
          ? withSlot(v, 'inspector.outbox.code', { to, code: m.code }, 'code', html`<strong class="code">${m.code}</strong>`)
          : m.link_token
            ? withSlot(v, 'inspector.outbox.link', { to, url: '' }, 'url', html`<a href=${v.claimUrl(m.link_token)}>${v.claimUrl(m.link_token)}</a>`)
            : v.t('inspector.outbox.message', { to, body: m.body });
        return html`<li data-kind=${m.code ? 'code' : m.link_token ? 'link' : 'message'}>
          <span class="message-text">${text}</span>
          <span class="sub">${v.t(m.kind === 'sms' ? 'inspector.outbox.sms' : 'inspector.outbox.email')} · <time datetime=${m.at}>${v.date(m.at)}</time></span>
        </li>`;
      })}
    </ol>
    ${all.length > shown.length
      ? html`<button class="button secondary" type="button" @click=${() => v.update({ limits: { ...v.limits, outbox: all.length } })}>
          ${v.t('inspector.outbox.show_all', { count: all.length })}
        </button>`
      : ''}
  `;
}
