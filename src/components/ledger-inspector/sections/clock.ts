import { html, nothing } from 'lit';
import { areaError, type InspectorView } from '../view.ts';

const SPEEDS = [1, 10, 60];

export function clockSection(v: InspectorView) {
  const now = v.ledger.clock.now();
  const manual = v.manualClock;
  return html`
    <p class="clock-now">
      <span class="label">${v.t('inspector.clock.now')}</span>
      <time id="clock-now" datetime=${new Date(now).toISOString()}>${v.date(now)}</time>
    </p>
    <p class="hint">${v.t(manual ? 'inspector.clock.manual' : 'inspector.clock.real')}</p>
    ${manual
      ? html`<div class="button-row">
            <button class="button secondary" type="button" @click=${() => v.advance(1_000)}>${v.t('inspector.clock.advance_1s')}</button>
            <button class="button secondary" type="button" @click=${() => v.advance(10_000)}>${v.t('inspector.clock.advance_10s')}</button>
            <button class="button secondary" type="button" @click=${() => v.advance(60_000)}>${v.t('inspector.clock.advance_1m')}</button>
          </div>
          <div class="button-row">
            <div class="checkbox-row">
              <input id="clock-auto" type="checkbox" .checked=${v.autoRunning} @change=${(e: Event) => v.setAutoRun((e.target as HTMLInputElement).checked)} />
              <label for="clock-auto">${v.t('inspector.clock.auto_run')}</label>
            </div>
            <div class="field inline">
              <label for="clock-speed">${v.t('inspector.clock.speed')}</label>
              <select id="clock-speed" @change=${(e: Event) => v.setAutoRun(v.autoRunning, Number((e.target as HTMLSelectElement).value))}>
                ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === v.autoSpeed}>${v.t('inspector.clock.speed_option', { factor: s })}</option>`)}
              </select>
            </div>
          </div>`
      : nothing}
    ${areaError(v, 'clock')}
  `;
}
