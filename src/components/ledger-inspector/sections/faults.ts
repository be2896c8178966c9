import { html, nothing } from 'lit';
import { ERROR_CODES, type ErrorCode } from '../../../core/ledger/errors.ts';
import { areaError, field, type InspectorView } from '../view.ts';

/** The adapter methods a fault can target (the BackendAdapter contract). */
export const ADAPTER_METHODS = [
  'getAppSettings',
  'sendVerificationCode',
  'verifyCode',
  'createUser',
  'getUser',
  'updateUser',
  'submitCompliance',
  'verifyIdentity',
  'listPayoutMethods',
  'addPayoutMethod',
  'removePayoutMethod',
  'setDefaultPayoutMethod',
  'getWallet',
  'createPayout',
  'listTransfers',
  'getTransfer',
  'getPayoutLink',
  'claimPayoutLink',
  'createFlow',
  'getFlow',
  'updateFlow',
] as const;

const percent = (rate: number) => String(Math.round(rate * 1000) / 10);

export function faultsSection(v: InspectorView) {
  const faults = v.faults;
  if (!faults) return html`<p class="hint">${v.t('inspector.faults.unavailable')}</p>`;
  const s = faults.state;
  const latency = Array.isArray(s.latencyMs) ? s.latencyMs[1] : s.latencyMs;
  const number = (id: string, label: string, value: string, apply: (n: number) => Record<string, unknown>, max?: number) =>
    field(
      id,
      label,
      (d, invalid) => html`<input
        id=${id}
        type="number"
        min="0"
        max=${max ?? nothing}
        step="any"
        inputmode="decimal"
        .value=${value}
        aria-describedby=${d}
        aria-invalid=${invalid}
        @change=${(e: Event) => {
          const n = Number((e.target as HTMLInputElement).value);
          if (Number.isFinite(n) && n >= 0) v.configureFaults(apply(n));
        }}
      />`,
      { error: v.fieldError(`faults.${id}`) },
    );
  const codes = Object.keys(ERROR_CODES) as ErrorCode[];
  const forced = [
    ...s.failNext.map((f) => v.t('inspector.faults.next_entry', { count: f.count, method: f.method ?? v.t('inspector.faults.any_method'), code: f.code })),
    ...Object.entries(s.failMethods).map(([method, code]) => ({ method, text: v.t('inspector.faults.always_entry', { method, code }) })),
  ];
  return html`
    <div class="checkbox-row">
      <input id="faults-enabled" type="checkbox" .checked=${s.enabled} @change=${(e: Event) => v.configureFaults({ enabled: (e.target as HTMLInputElement).checked })} />
      <label for="faults-enabled">${v.t('inspector.faults.enabled')}</label>
    </div>
    <div class="grid">
      ${number('faults-latency', v.t('inspector.faults.latency'), String(latency), (n) => ({ latencyMs: Math.round(n) }))}
      ${number('faults-failure', v.t('inspector.faults.failure_rate'), percent(s.failureRate), (n) => ({ failureRate: Math.min(100, n) / 100 }), 100)}
      ${number('faults-timeout-rate', v.t('inspector.faults.timeout_rate'), percent(s.timeoutRate), (n) => ({ timeoutRate: Math.min(100, n) / 100 }), 100)}
      ${number('faults-timeout-ms', v.t('inspector.faults.timeout_ms'), String(s.timeoutMs), (n) => ({ timeoutMs: Math.round(n) }))}
    </div>
    <div class="grid">
      ${field('faults-code', v.t('inspector.faults.code'), () => html`<select id="faults-code" @change=${(e: Event) => v.update({ faultCode: (e.target as HTMLSelectElement).value })}>
        ${codes.map((c) => html`<option value=${c} ?selected=${c === v.faultCode}>${c}</option>`)}
      </select>`)}
      ${field('faults-method', v.t('inspector.faults.method'), () => html`<select id="faults-method" @change=${(e: Event) => v.update({ faultMethod: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${v.faultMethod === ''}>${v.t('inspector.faults.any_method')}</option>
        ${ADAPTER_METHODS.map((m) => html`<option value=${m} ?selected=${m === v.faultMethod}>${m}</option>`)}
      </select>`)}
    </div>
    <div class="button-row">
      <button class="button secondary" type="button" @click=${() => v.configureFaults({ failNext: [{ code: v.faultCode, ...(v.faultMethod ? { method: v.faultMethod } : {}) }] })}>
        ${v.t('inspector.faults.fail_next')}
      </button>
      <button class="button secondary" type="button" @click=${() => v.configureFaults({ failMethod: v.faultMethod })}>${v.t('inspector.faults.fail_always')}</button>
      <button class="button secondary" type="button" @click=${() => v.configureFaults({ reset: true })}>${v.t('inspector.faults.clear')}</button>
    </div>
    ${areaError(v, 'faults')}
    <div class="form-title" id="faults-active">${v.t('inspector.faults.active')}</div>
    ${forced.length === 0
      ? html`<p class="empty">${v.t('inspector.faults.none_active')}</p>`
      : html`<ul aria-labelledby="faults-active">
          ${forced.map((f) =>
            typeof f === 'string'
              ? html`<li>${f}</li>`
              : html`<li>
                  ${f.text}
                  <button class="button link" type="button" @click=${() => v.configureFaults({ clearMethod: f.method })}>
                    ${v.t('inspector.faults.clear_one')}<span class="sr-only"> ${f.text}</span>
                  </button>
                </li>`,
          )}
        </ul>`}
  `;
}
