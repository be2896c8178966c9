import { html, nothing } from 'lit';
import type { PayoutLink } from '../../../core/ledger/schemas.ts';
import { areaError, field, scrollTable, withSlot, type InspectorView } from '../view.ts';

/** Statuses from which a link may still be canceled (the ledger refuses the others). */
const CANCELABLE = new Set<PayoutLink['status']>(['created', 'sent', 'delivered']);

export const EXPIRY_SECONDS = { hour: 3600, day: 86_400, week: 7 * 86_400, month: 30 * 86_400 } as const;

function payee(v: InspectorView, l: PayoutLink): string {
  const p = l.payee;
  if (!p) return v.t('inspector.links.anyone');
  const name = [p.first_name, p.last_name].filter(Boolean).join(' ');
  const contact = p.email ?? (p.phone_number ? `+${p.country_code ?? ''} ${p.phone_number}` : '');
  return [name, contact].filter(Boolean).join(', ') || v.t('inspector.links.anyone');
}

function form(v: InspectorView) {
  const text = (id: string, name: string, label: string, attrs: { type?: string; inputmode?: string; autocomplete?: string; required?: boolean; value?: string } = {}) =>
    field(
      id,
      label,
      (describedBy, invalid) => html`<input
        id=${id}
        name=${name}
        type=${attrs.type ?? 'text'}
        inputmode=${attrs.inputmode ?? nothing}
        autocomplete=${attrs.autocomplete ?? 'off'}
        value=${attrs.value ?? nothing}
        ?required=${attrs.required ?? false}
        aria-describedby=${describedBy}
        aria-invalid=${invalid}
      />`,
      { error: v.fieldError(`link.${name}`) },
    );
  return html`<form class="link-form" aria-labelledby="link-form-title" novalidate @submit=${(e: SubmitEvent) => (e.preventDefault(), v.createLink(e.target as HTMLFormElement))}>
    <div class="form-title" id="link-form-title">${v.t('inspector.links.create')}</div>
    <div class="grid">
      ${text('link-amount', 'amount', v.t('inspector.links.amount'), { inputmode: 'decimal', required: true })}
      ${text('link-memo', 'memo', v.t('inspector.links.memo'))}
      ${text('link-first-name', 'payee.first_name', v.t('inspector.links.payee_first_name'))}
      ${text('link-last-name', 'payee.last_name', v.t('inspector.links.payee_last_name'))}
      ${text('link-email', 'payee.email', v.t('inspector.links.payee_email'), { type: 'email' })}
      ${text('link-country-code', 'payee.country_code', v.t('inspector.links.payee_country_code'), { inputmode: 'numeric', value: '1' })}
      ${text('link-phone', 'payee.phone_number', v.t('inspector.links.payee_phone'), { type: 'tel', inputmode: 'numeric' })}
      ${field('link-delivery', v.t('inspector.links.delivery'), (d) => html`<select id="link-delivery" name="delivery_method" aria-describedby=${d}>
        ${(['link', 'sms', 'email', 'all'] as const).map((m) => html`<option value=${m}>${v.t(`inspector.links.delivery.${m}`)}</option>`)}
      </select>`, { error: v.fieldError('link.delivery_method') })}
      ${field('link-expiry', v.t('inspector.links.expiry'), () => html`<select id="link-expiry" name="expires_in">
        ${(Object.keys(EXPIRY_SECONDS) as (keyof typeof EXPIRY_SECONDS)[]).map((k) => html`<option value=${EXPIRY_SECONDS[k]} ?selected=${k === 'week'}>${v.t(`inspector.links.expiry.${k}`)}</option>`)}
      </select>`)}
    </div>
    <div class="checkbox-row">
      <input id="link-partial" name="allow_partial" type="checkbox" />
      <label for="link-partial">${v.t('inspector.links.allow_partial')}</label>
    </div>
    <button class="button" type="submit">${v.t('inspector.links.submit')}</button>
    ${areaError(v, 'link')}
    ${v.lastLink
      ? html`<p class="notice" data-link-url=${v.lastLink.url}>${withSlot(v, 'inspector.links.created', { url: '' }, 'url', html`<a href=${v.lastLink.url}>${v.lastLink.url}</a>`)}</p>`
      : nothing}
  </form>`;
}

function table(v: InspectorView) {
  const links = v.ledger.listPayoutLinks(v.app.id, { limit: 100 }).data;
  if (links.length === 0) return html`<p class="empty">${v.t('inspector.links.none')}</p>`;
  const caption = v.t('inspector.links.caption', { app: v.app.name });
  return html`${scrollTable(
      caption,
      html`<table>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${v.t('inspector.links.amount')}</th>
            <th scope="col">${v.t('inspector.links.status')}</th>
            <th scope="col">${v.t('inspector.links.payee')}</th>
            <th scope="col">${v.t('inspector.links.expires')}</th>
            <th scope="col">${v.t('inspector.links.url')}</th>
            <th scope="col">${v.t('inspector.links.actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${links.map((l) => {
            const url = v.claimUrl(l.token);
            return html`<tr data-link=${l.id}>
              <th scope="row" class="num">${v.money(l.amount)}${l.memo ? html`<span class="sub">${l.memo}</span>` : nothing}</th>
              <td><dots-status-badge kind="payout-link" status=${l.status}></dots-status-badge></td>
              <td>${payee(v, l)}</td>
              <td><time datetime=${l.expires_at}>${v.date(l.expires_at)}</time></td>
              <td class="url"><a href=${url}>${url}</a></td>
              <td>
                ${CANCELABLE.has(l.status)
                  ? html`<button class="button secondary small" type="button" @click=${() => void v.run(`link:${l.id}`, (ledger, appId) => ledger.cancelPayoutLink(appId, l.id), () => v.t('inspector.links.canceled', { amount: v.money(l.amount) }))}>
                      ${v.t('inspector.links.cancel')}<span class="sr-only"> (${v.money(l.amount)}, ${payee(v, l)})</span>
                    </button>`
                  : nothing}
                ${areaError(v, `link:${l.id}`)}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>`,
    )}`;
}

export function linksSection(v: InspectorView) {
  return html`${form(v)}${table(v)}`;
}
