import { html } from 'lit';
import type { User } from '../../../core/ledger/schemas.ts';
import { collect } from '../collect.ts';
import { scrollTable, type InspectorView } from '../view.ts';

function compliance(v: InspectorView, u: User): string {
  const form = u.compliance.form ? v.t(`inspector.users.form.${u.compliance.form}`) : v.t('inspector.users.form.none');
  return `${form}, ${v.t(u.compliance.id_verified ? 'inspector.users.id_verified' : 'inspector.users.id_not_verified')}`;
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
              <td>${compliance(v, u)}<span class="sub">${v.t('inspector.users.methods', { count: u.payout_methods.length })}</span></td>
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
