import { html, nothing } from 'lit';
import { TransferStatus, type Transfer } from '../../../core/ledger/schemas.ts';
import { methodText, statusText } from '../../transfers/format.ts';
import { collect } from '../collect.ts';
import { operatorActions } from '../operator-actions.ts';
import { areaError, field, scrollTable, type InspectorView } from '../view.ts';

function userName(v: InspectorView, names: Map<string, string>, id: string | null): string {
  if (!id) return v.t('inspector.transfers.app_wallet');
  let n = names.get(id);
  if (n === undefined) {
    try {
      const u = v.ledger.getUser(v.app.id, id);
      n = `${u.first_name} ${u.last_name}`;
    } catch {
      n = id;
    }
    names.set(id, n);
  }
  return n;
}

function actions(v: InspectorView, t: Transfer, user: string) {
  const list = operatorActions(t.status);
  if (list.length === 0) return html`<span class="sub">${v.t('inspector.transfers.final')}</span>`;
  const context = v.t('inspector.transfers.context', { amount: v.money(t.amount), user });
  return html`<div class="actions">
    ${list.map(
      (a) => html`<button
        class="button secondary small"
        type="button"
        data-action=${a.name}
        @click=${() =>
          void v.run(`transfer:${t.id}`, (ledger, appId) => a.run(ledger, appId, t.id), (done) =>
            v.t('inspector.action.done', { amount: v.money(done.amount), status: statusText(done, v.t.bind(v)) }),
          )}
      >
        ${v.t(a.label)}<span class="sr-only"> ${context}</span>
      </button>`,
    )}
  </div>`;
}

export function transfersSection(v: InspectorView) {
  const status = v.transferFilter as TransferStatus | '';
  const { items, more } = collect(
    (starting_after) => v.ledger.listTransfers(v.app.id, { limit: 100, ...(status ? { status: [status] } : {}), ...(starting_after ? { starting_after } : {}) }),
    v.limits.transfers,
  );
  const names = new Map<string, string>();
  const caption = v.t('inspector.transfers.caption', { app: v.app.name });
  const tr = v.t.bind(v);
  return html`
    <div class="inline-form">
      ${field('transfer-filter', v.t('transferList.filter.label'), () => html`<select id="transfer-filter" .value=${status} @change=${(e: Event) => v.update({ transferFilter: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${status === ''}>${v.t('transferList.filter.all')}</option>
        ${TransferStatus.options.map((s) => html`<option value=${s} ?selected=${status === s}>${v.t(`status.transfer.${s}`)}</option>`)}
      </select>`)}
    </div>
    ${items.length === 0
      ? html`<p class="empty">${v.t('inspector.transfers.none')}</p>`
      : scrollTable(
          caption,
          html`<table>
            <caption>${caption}</caption>
            <thead>
              <tr>
                <th scope="col">${v.t('inspector.transfers.created')}</th>
                <th scope="col">${v.t('inspector.transfers.type')}</th>
                <th scope="col">${v.t('inspector.transfers.user')}</th>
                <th scope="col" class="num">${v.t('inspector.transfers.amount')}</th>
                <th scope="col">${v.t('inspector.transfers.method')}</th>
                <th scope="col">${v.t('inspector.transfers.status')}</th>
                <th scope="col">${v.t('inspector.transfers.actions')}</th>
              </tr>
            </thead>
            <tbody>
              ${items.map((t) => {
                const user = userName(v, names, t.user_id);
                return html`<tr data-transfer=${t.id} data-status=${t.status}>
                  <td><time datetime=${t.created}>${v.date(t.created)}</time></td>
                  <td>${v.t(`inspector.transfers.type.${t.type}`)}</td>
                  <th scope="row">${user}</th>
                  <td class="num">${v.money(t.amount)}</td>
                  <td>${methodText(t, tr, false, 'app')}</td>
                  <td><dots-status-badge kind="transfer" status=${t.status}></dots-status-badge></td>
                  <td>${actions(v, t, user)}${areaError(v, `transfer:${t.id}`)}</td>
                </tr>`;
              })}
            </tbody>
          </table>`,
        )}
    ${more
      ? html`<button class="button secondary" type="button" @click=${() => v.update({ limits: { ...v.limits, transfers: v.limits.transfers + 50 } })}>
          ${v.t('inspector.transfers.show_more')}
        </button>`
      : nothing}
  `;
}
