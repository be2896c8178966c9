import { html, nothing } from 'lit';
import { areaError, field, scrollTable, type InspectorView } from '../view.ts';

export function appsSection(v: InspectorView) {
  const caption = v.t('inspector.apps.caption');
  return html`
    ${scrollTable(
      caption,
      html`<table>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${v.t('inspector.apps.name')}</th>
            <th scope="col">${v.t('inspector.apps.currency')}</th>
            <th scope="col" class="num">${v.t('inspector.apps.balance')}</th>
            <th scope="col" class="num">${v.t('inspector.apps.available')}</th>
            <th scope="col" class="num">${v.t('inspector.apps.reserved')}</th>
            <th scope="col" class="num">${v.t('inspector.apps.flag_threshold')}</th>
          </tr>
        </thead>
        <tbody>
          ${v.apps.map((app) => {
            const w = v.ledger.getAppWallet(app.id);
            return html`<tr data-app=${app.id} aria-current=${app.id === v.app.id ? 'true' : nothing}>
              <th scope="row">${app.name}</th>
              <td>${app.currency}</td>
              <td class="num" data-field="balance">${v.money(w.amount)}</td>
              <td class="num" data-field="available">${v.money(w.withdrawable_amount)}</td>
              <td class="num" data-field="reserved">${v.money(w.pending_amount)}</td>
              <td class="num">${app.flag_threshold === null ? v.t('inspector.apps.no_threshold') : v.money(app.flag_threshold)}</td>
            </tr>`;
          })}
        </tbody>
      </table>`,
    )}
    <form class="inline-form" @submit=${(e: SubmitEvent) => (e.preventDefault(), v.fund(e.target as HTMLFormElement))} novalidate>
      ${field(
        'fund-amount',
        v.t('inspector.apps.fund_amount', { app: v.app.name }),
        (describedBy, invalid) => html`<input id="fund-amount" name="amount" inputmode="decimal" autocomplete="off" required aria-describedby=${describedBy} aria-invalid=${invalid} />`,
        { error: v.fieldError('fund.amount') },
      )}
      <button class="button" type="submit">${v.t('inspector.apps.fund')}</button>
    </form>
    ${areaError(v, 'fund')}
  `;
}
