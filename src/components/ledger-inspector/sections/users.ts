import { html, nothing } from 'lit';
import type { User } from '../../../core/ledger/schemas.ts';
import { collect } from '../collect.ts';
import { scrollTable, type InspectorView } from '../view.ts';

function compliance(v: InspectorView, u: User): string {
  const form = u.compliance.form ? v.t(`inspector.users.form.${u.compliance.form}`) : v.t('inspector.users.form.none');
  return `${form}, ${v.t(u.compliance.id_verified ? 'inspector.users.id_verified' : 'inspector.users.id_not_verified')}`;
}

/** The default payout method, masked (`ACH ••••6789`); read out as "ending in" since bullets are spelled one by one. */
function defaultMethod(v: InspectorView, u: User) {
  const m = u.payout_methods.find((p) => p.id === u.default_payout_method_id);
  if (!m) return nothing;
  const platform = v.t(`transferList.platform.${m.platform}`);
  const shown = m.mask ? v.t('transferList.method.masked', { platform, mask: m.mask }) : platform;
  const spoken = m.mask ? v.t('transferList.method.masked_spoken', { platform, mask: m.mask }) : platform;
  return html`<span class="sub" data-field="default-method"
    ><span aria-hidden="true">${v.t('inspector.users.default_method', { method: shown })}</span
    ><span class="sr-only">${v.t('inspector.users.default_method', { method: spoken })}</span></span
  >`;
}

export function usersSection(v: InspectorView) {
  const { items, more } = collect((starting_after) => v.ledger.listUsers(v.app.id, { limit: 100, ...(starting_after ? { starting_after } : {}) }), v.limits.users);
  if (items.length === 0) return html`<p class="empty">${v.t('inspector.users.none')}</p>`;
  const caption = v.t('inspector.users.caption', { app: v.app.name });
  return html`
    ${scrollTable(
      caption,
      html`<table>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${v.t('inspector.users.name')}</th>
            <th scope="col">${v.t('inspector.users.phone')}</th>
            <th scope="col">${v.t('inspector.users.status')}</th>
            <th scope="col">${v.t('inspector.users.compliance')}</th>
            <th scope="col">${v.t('inspector.users.wallet')}</th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (u) => html`<tr data-user=${u.id}>
              <th scope="row">${u.first_name} ${u.last_name}<span class="sub">${u.email}</span></th>
              <td><bdi>+${u.country_code} ${u.phone_number}</bdi></td>
              <td><dots-status-badge kind="user" status=${u.status}></dots-status-badge></td>
              <td>${compliance(v, u)}<span class="sub">${v.t('inspector.users.methods', { count: u.payout_methods.length })}</span>${defaultMethod(v, u)}</td>
              <td data-field="wallet">${v.t('inspector.users.wallet_value', { available: v.money(u.wallet.withdrawable_amount), reserved: v.money(u.wallet.pending_amount) })}</td>
            </tr>`,
          )}
        </tbody>
      </table>`,
    )}
    ${more
      ? html`<button class="button secondary" type="button" @click=${() => v.update({ limits: { ...v.limits, users: v.limits.users + 50 } })}>
          ${v.t('inspector.users.show_more')}
        </button>`
      : ''}
  `;
}
