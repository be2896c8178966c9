/**
 * What a section of the inspector sees: the ledger, the working app, translation and formatting,
 * and `run` (every change goes through it: persisted through the adapter when there is one,
 * errors shown next to the control that caused them). Plus small shared templates.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Ledger } from '../../core/ledger/ledger.ts';
import type { AppRecord } from '../../core/ledger/inputs.ts';
import type { MessageKey } from '../../i18n/catalog-types.ts';
import type { MessageParams } from '../../i18n/types.ts';
import type { FaultInjector } from '../../adapters/mock/faults.ts';
import type { Advanceable } from './auto-clock.ts';

export type SectionId = 'apps' | 'users' | 'outbox' | 'links' | 'transfers' | 'clock' | 'faults' | 'data';
export const SECTIONS: readonly SectionId[] = ['apps', 'users', 'outbox', 'links', 'transfers', 'clock', 'faults', 'data'];

export interface InspectorView {
  readonly ledger: Ledger;
  readonly app: AppRecord;
  readonly apps: AppRecord[];
  readonly faults: FaultInjector | null;
  readonly manualClock: Advanceable | null;
  readonly autoRunning: boolean;
  readonly autoSpeed: number;
  readonly canResetThroughAdapter: boolean;
  readonly claimUrl: (token: string) => string;
  /** Expandable lists: how many rows are shown. */
  readonly limits: { users: number; transfers: number; outbox: number };
  readonly transferFilter: string;
  readonly lastLink: { url: string } | null;
  readonly faultMethod: string;
  readonly faultCode: string;
  t(key: MessageKey, params?: MessageParams): string;
  money(cents: number): string;
  date(iso: string | number): string;
  /** Runs a change; `area` names where an error is shown. Resolves with the result or undefined on error. */
  run<T>(area: string, fn: (ledger: Ledger, appId: string) => T, success?: (result: T) => string): Promise<T | undefined>;
  /** The error of an area, if its last change failed. */
  error(area: string): string | undefined;
  fieldError(field: string): string | undefined;
  say(text: string): void;
  update(patch: Partial<InspectorPatch>): void;
  createLink(form: HTMLFormElement): void;
  fund(form: HTMLFormElement): void;
  advance(ms: number): void;
  setAutoRun(on: boolean, speed?: number): void;
  configureFaults(patch: Record<string, unknown>): void;
  reset(): void;
  exportLedger(): void;
  importFile(input: HTMLInputElement): void;
  setApp(appId: string): void;
}

/** UI state a section may change. */
export interface InspectorPatch {
  limits: { users: number; transfers: number; outbox: number };
  transferFilter: string;
  faultMethod: string;
  faultCode: string;
}

/** A labelled control with its hint and error, tied by ids in this shadow root. */
export function field(
  id: string,
  label: string,
  control: (describedBy: string | typeof nothing, invalid: 'true' | typeof nothing) => TemplateResult,
  opts: { error?: string | undefined; hint?: string } = {},
): TemplateResult {
  const ids = [opts.hint ? `${id}-hint` : '', opts.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${opts.hint ? html`<span class="hint" id="${id}-hint">${opts.hint}</span>` : nothing}
    ${control(ids || nothing, opts.error ? 'true' : nothing)}
    ${opts.error ? html`<span class="error" id="${id}-error">${opts.error}</span>` : nothing}
  </div>`;
}

/** An area's error, for actions that are not a single field. */
export function areaError(v: InspectorView, area: string): TemplateResult | typeof nothing {
  const e = v.error(area);
  return e ? html`<p class="error area-error" role="alert">${e}</p>` : nothing;
}

/** A wide table that scrolls sideways on a phone and can be scrolled with the keyboard. */
export function scrollTable(label: string, table: TemplateResult): TemplateResult {
  return html`<div class="table-scroll" role="region" aria-label=${label} tabindex="0">${table}</div>`;
}

/**
 * A translated message with one placeholder rendered as a template (the one-time code in
 * <strong>, a URL as a link), wherever the translation puts it.
 */
export function withSlot(v: InspectorView, key: MessageKey, params: Record<string, string>, slot: string, content: TemplateResult): TemplateResult {
  const marker = '\u0001';
  const [before, after] = v.t(key, { ...params, [slot]: marker }).split(marker);
  return html`${before}${content}${after ?? ''}`;
}
