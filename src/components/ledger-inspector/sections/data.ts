import { html } from 'lit';
import { areaError, type InspectorView } from '../view.ts';

export function dataSection(v: InspectorView) {
  const importError = v.error('import');
  return html`
    <div class="data-row">
      <button class="button secondary" type="button" aria-describedby="reset-hint" @click=${() => v.reset()}>${v.t('inspector.data.reset')}</button>
      <span class="hint" id="reset-hint">${v.t(v.canResetThroughAdapter ? 'inspector.data.reset_adapter_hint' : 'inspector.data.reset_snapshot_hint')}</span>
      ${areaError(v, 'reset')}
    </div>
    <div class="data-row">
      <button class="button secondary" type="button" @click=${() => v.exportLedger()}>${v.t('inspector.data.export')}</button>
      ${areaError(v, 'export')}
    </div>
    <div class="field data-row">
      <label for="import-file">${v.t('inspector.data.import')}</label>
      <span class="hint" id="import-hint">${v.t('inspector.data.import_hint')}</span>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json"
        aria-describedby=${importError ? 'import-hint import-error' : 'import-hint'}
        aria-invalid=${importError ? 'true' : 'false'}
        @change=${(e: Event) => v.importFile(e.target as HTMLInputElement)}
      />
      ${importError ? html`<span class="error" id="import-error" role="alert">${importError}</span>` : ''}
    </div>
  `;
}
