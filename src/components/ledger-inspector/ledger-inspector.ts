import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Ledger } from '../../core/ledger/ledger.ts';
import type { AppRecord } from '../../core/ledger/inputs.ts';
import type { LedgerSnapshot } from '../../core/ledger/snapshot.ts';
import { DotsError, isDotsError, type ErrorCode } from '../../core/ledger/errors.ts';
import type { LedgerEvent } from '../../core/ledger/schemas.ts';
import type { FaultInjector } from '../../adapters/mock/faults.ts';
import type { MessageKey } from '../../i18n/catalog-types.ts';
import type { MessageParams } from '../../i18n/types.ts';
import { backendMessageKey } from '../../i18n/validation-keys.ts';
import { parseMoney } from '../../i18n/parse-money.ts';
import { DotsElement } from '../base/dots-element.ts';
import { buttonStyles, controlStyles, focusRing, srOnly } from '../../styles/shared.ts';
import { AutoClockController, isAdvanceable, type Advanceable } from './auto-clock.ts';
import { claimUrl, DEFAULT_CLAIM_URL } from './claim-url.ts';
import { downloadJson, readSnapshot, snapshotFileName } from './snapshot-file.ts';
import { emitInspectorEvent } from './events.ts';
import { SECTIONS, type InspectorPatch, type InspectorView, type SectionId } from './view.ts';
import { ledgerInspectorStyles } from './ledger-inspector.styles.ts';
import { appsSection } from './sections/apps.ts';
import { usersSection } from './sections/users.ts';
import { outboxSection } from './sections/outbox.ts';
import { linksSection } from './sections/links.ts';
import { transfersSection } from './sections/transfers.ts';
import { clockSection } from './sections/clock.ts';
import { faultsSection } from './sections/faults.ts';
import { dataSection } from './sections/data.ts';

/**
 * What the inspector uses of a MockAdapter (structural, so any adapter of that shape works):
 * its ledger and app, fault injection, `operate` to make changes under its lock (persisted and
 * seen by other tabs) and `reset`.
 */
export interface InspectorAdapter {
  readonly ledger: Ledger;
  readonly appId: string;
  readonly faults?: FaultInjector;
  operate?<T>(fn: (ledger: Ledger, appId: string) => T): Promise<T>;
  reset?(): Promise<void>;
  subscribe?(listener: (event: LedgerEvent) => void): () => void;
}

const RENDERERS: Record<SectionId, (v: InspectorView) => TemplateResult> = {
  apps: appsSection,
  users: usersSection,
  outbox: outboxSection,
  links: linksSection,
  transfers: transfersSection,
  clock: clockSection,
  faults: faultsSection,
  data: dataSection,
};

/** Things the ledger changes without an event (the outbox, the clock) are picked up this often. */
const POLL_MS = 1000;
const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };

/**
 * @summary The console of the mock ledger, for demos and developers: apps and wallets, users,
 * the code outbox, payout links, transfers with the operator actions the status table allows,
 * the clock, fault injection, reset, export and import.
 *
 * Give it a `ledger`, or a MockAdapter as `adapter` (then changes go through the adapter, so they
 * are persisted and other tabs see them, and its fault injection can be switched). It updates
 * live from ledger events.
 *
 * @event dots-payout-link-created - A link was created here. `detail: { id, token, url }`.
 * @event dots-ledger-change - The whole ledger was replaced (reset or import). `detail: { reason }`.
 *
 * @csspart section - Each section.
 * @csspart heading - Each section heading (its button collapses the section).
 * @csspart status - The polite status line that reports the last action.
 * @cssproperty --dots-color-surface - Background of section headings and table headers.
 * @cssproperty --dots-color-border - Table and section borders.
 */
export class DotsLedgerInspector extends DotsElement {
  static override styles = [...DotsElement.styles, focusRing, controlStyles, buttonStyles, srOnly, ledgerInspectorStyles];

  /** The ledger to inspect. Defaults to the adapter's. */
  @property({ attribute: false }) ledger: Ledger | undefined;

  /** A MockAdapter (or the same shape) for faults, persisted changes and reset. */
  @property({ attribute: false }) adapter: InspectorAdapter | undefined;

  /** The working app; default the adapter's, else the first. */
  @property({ attribute: 'app-id' }) appId = '';

  /** Where a payee claims a link: `{token}` is replaced; resolved against the page. */
  @property({ attribute: 'claim-url' }) claimUrlTemplate = DEFAULT_CLAIM_URL;

  /** Which sections to show, in order (space-separated in the attribute). */
  @property({ converter: { fromAttribute: (v: string | null) => (v ?? '').split(/\s+/).filter(Boolean) } })
  sections: SectionId[] = [...SECTIONS];

  /** Level of the inspector's title; sections are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private collapsed = new Set<SectionId>();
  @state() private statusText = '';
  @state() private errors: Record<string, string> = {};
  @state() private fieldErrors: Record<string, string> = {};
  @state() private lastLinkState: { url: string } | null = null;
  @state() private uiState: InspectorPatch = { limits: { users: 50, transfers: 50, outbox: 10 }, transferFilter: '', faultMethod: '', faultCode: 'server' };

  #auto = new AutoClockController(this);
  #initial: LedgerSnapshot | null = null;
  #watching: Ledger | null = null;
  #unsubscribe: Array<() => void> = [];
  #poll: ReturnType<typeof setInterval> | undefined;
  #signature = '';

  constructor() {
    super();
    this.#auto.onTick = (error) => {
      if (error) this.#fail('clock', error);
      this.requestUpdate();
    };
  }

  get #ledger(): Ledger | undefined {
    return this.ledger ?? this.adapter?.ledger;
  }

  /** Changes go through the adapter only when it wraps this same ledger. */
  get #viaAdapter(): InspectorAdapter | null {
    const a = this.adapter;
    return a && a.ledger === this.#ledger ? a : null;
  }

  get #app(): AppRecord | undefined {
    const ledger = this.#ledger;
    if (!ledger) return undefined;
    const apps = ledger.listApps();
    const wanted = this.appId || (this.#viaAdapter?.appId ?? '');
    return apps.find((a) => a.id === wanted) ?? apps[0];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watch();
    this.#poll = setInterval(() => this.#pollChanges(), POLL_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch();
    clearInterval(this.#poll);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('ledger') || changed.has('adapter')) this.#watch();
  }

  #watch(): void {
    const ledger = this.#ledger ?? null;
    if (!this.isConnected || ledger === this.#watching) return;
    this.#unwatch();
    this.#watching = ledger;
    if (!ledger) return;
    // What "reset" goes back to when there is no adapter to reset.
    this.#initial = ledger.snapshot();
    const refresh = () => this.requestUpdate();
    this.#unsubscribe.push(ledger.subscribe('*', refresh));
    // Changes another tab made reach this ledger through the adapter, without ledger events.
    const viaAdapter = this.#viaAdapter;
    if (viaAdapter?.subscribe) this.#unsubscribe.push(viaAdapter.subscribe(refresh));
  }

  #unwatch(): void {
    for (const u of this.#unsubscribe.splice(0)) u();
    this.#watching = null;
  }

  #pollChanges(): void {
    const ledger = this.#ledger;
    const app = this.#app;
    if (!ledger || !app) return;
    const signature = `${ledger.clock.now()}|${ledger.outbox(app.id).length}|${ledger.listApps().length}`;
    if (signature !== this.#signature) {
      this.#signature = signature;
      this.requestUpdate();
    }
  }

  // ------------------------------------------------------------------ actions

  #t(key: MessageKey, params?: MessageParams): string {
    return this.localize.t(key, params);
  }

  #say(text: string): void {
    // Re-setting the same text would not be announced again.
    this.statusText = this.statusText === text ? `${text}\u00a0` : text;
  }

  #describe(error: unknown): string {
    const e = isDotsError(error) ? error : new DotsError('server', error instanceof Error ? error.message : String(error));
    const summary = this.#t(backendMessageKey(e.code as ErrorCode));
    return e.message && e.message !== summary ? `${summary} (${e.message})` : summary;
  }

  #fail(area: string, error: unknown): void {
    this.errors = { ...this.errors, [area]: this.#describe(error) };
  }

  #clear(area: string): void {
    if (!(area in this.errors)) return;
    const { [area]: _, ...rest } = this.errors;
    this.errors = rest;
  }

  async #run<T>(area: string, fn: (ledger: Ledger, appId: string) => T, success?: (result: T) => string): Promise<T | undefined> {
    const ledger = this.#ledger;
    const app = this.#app;
    if (!ledger || !app) return undefined;
    this.#clear(area);
    try {
      const via = this.#viaAdapter;
      const result = via?.operate ? await via.operate((l) => fn(l, app.id)) : fn(ledger, app.id);
      if (success) this.#say(success(result));
      this.requestUpdate();
      return result;
    } catch (e) {
      this.#fail(area, e);
      return undefined;
    }
  }

  #amount(form: HTMLFormElement, name: string, fieldKey: string): number | null {
    const app = this.#app!;
    const text = String(new FormData(form).get(name) ?? '');
    const r = parseMoney(text, this.localize.locale, app.currency);
    if (r.ok && r.cents > 0) return r.cents;
    const reason = r.ok ? 'zero' : r.reason;
    this.fieldErrors = { ...this.fieldErrors, [fieldKey]: this.#t(`errors.amount.${reason}`, { digits: 2 }) };
    form.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();
    return null;
  }

  #fieldClear(prefix: string): void {
    this.fieldErrors = Object.fromEntries(Object.entries(this.fieldErrors).filter(([k]) => !k.startsWith(prefix)));
  }

  async #fund(form: HTMLFormElement): Promise<void> {
    this.#fieldClear('fund.');
    const cents = this.#amount(form, 'amount', 'fund.amount');
    if (cents === null) return;
    const app = this.#app!;
    const done = await this.#run('fund', (l, appId) => l.refillApp(appId, cents), () => this.#t('inspector.apps.funded', { amount: this.#money(cents), app: app.name }));
    if (done) form.reset();
  }

  async #createLink(form: HTMLFormElement): Promise<void> {
    this.#fieldClear('link.');
    this.lastLinkState = null;
    const cents = this.#amount(form, 'amount', 'link.amount');
    if (cents === null) return;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const payee = Object.fromEntries(
      (['first_name', 'last_name', 'email', 'phone_number'] as const).map((k) => [k, text(`payee.${k}`)]).filter(([, v]) => v),
    ) as Record<string, string>;
    if (payee['phone_number']) payee['country_code'] = text('payee.country_code');
    const input = {
      amount: cents,
      delivery_method: text('delivery_method') as 'link' | 'sms' | 'email' | 'all',
      expires_in: Number(text('expires_in')),
      allow_partial: data.get('allow_partial') !== null,
      ...(text('memo') ? { memo: text('memo') } : {}),
      ...(Object.keys(payee).length ? { payee } : {}),
    };
    const ledger = this.#ledger;
    const app = this.#app;
    if (!ledger || !app) return;
    this.#clear('link');
    try {
      const via = this.#viaAdapter;
      const link = via?.operate ? await via.operate((l) => l.createPayoutLink(app.id, input)) : ledger.createPayoutLink(app.id, input);
      const url = claimUrl(this.claimUrlTemplate, link.token, this.ownerDocument.baseURI);
      this.lastLinkState = { url };
      this.#say(this.#t('inspector.links.created', { url }));
      form.reset();
      emitInspectorEvent(this, 'dots-payout-link-created', { id: link.id, token: link.token, url });
    } catch (e) {
      const field = isDotsError(e) ? e.field : undefined;
      const el = field ? form.querySelector<HTMLElement>(`[name="${field}"]`) : null;
      if (field && el) {
        this.fieldErrors = { ...this.fieldErrors, [`link.${field}`]: this.#describe(e) };
        el.focus();
      } else this.#fail('link', e);
    }
  }

  #advance(ms: number): void {
    const clock = this.#manualClock;
    if (!clock) return;
    this.#clear('clock');
    try {
      clock.advance(ms);
    } catch (e) {
      this.#fail('clock', e);
    }
    this.requestUpdate();
  }

  get #manualClock(): Advanceable | null {
    const clock = this.#ledger?.clock;
    return isAdvanceable(clock) ? clock : null;
  }

  #setAutoRun(on: boolean, speed?: number): void {
    if (speed !== undefined) this.#auto.speed = speed;
    const clock = this.#manualClock;
    if (on && clock) {
      if (!this.#auto.running) this.#auto.start(clock);
    } else this.#auto.stop();
    this.requestUpdate();
  }

  #configureFaults(patch: Record<string, unknown>): void {
    const faults = this.#viaAdapter?.faults ?? this.adapter?.faults;
    if (!faults) return;
    this.#clear('faults');
    try {
      if (patch['reset']) {
        faults.reset();
        this.#say(this.#t('inspector.faults.cleared'));
      } else if ('failMethod' in patch) {
        const method = String(patch['failMethod'] ?? '');
        if (!method) {
          this.errors = { ...this.errors, faults: this.#t('inspector.faults.pick_method') };
          return;
        }
        faults.failMethod(method, this.uiState.faultCode as ErrorCode);
        this.#say(this.#t('inspector.faults.saved'));
      } else if ('clearMethod' in patch) {
        faults.failMethod(String(patch['clearMethod']), null);
        this.#say(this.#t('inspector.faults.saved'));
      } else {
        faults.configure(patch);
        this.#say(this.#t('inspector.faults.saved'));
      }
    } catch (e) {
      this.#fail('faults', e);
    }
    this.requestUpdate();
  }

  async #reset(): Promise<void> {
    const ledger = this.#ledger;
    if (!ledger) return;
    this.#clear('reset');
    try {
      const via = this.#viaAdapter;
      if (via?.reset) await via.reset();
      else if (this.#initial) ledger.load(this.#initial);
      this.lastLinkState = null;
      this.#say(this.#t('inspector.data.reset_done'));
      emitInspectorEvent(this, 'dots-ledger-change', { reason: 'reset' });
    } catch (e) {
      this.#fail('reset', e);
    }
    this.requestUpdate();
  }

  #export(): void {
    const ledger = this.#ledger;
    if (!ledger) return;
    this.#clear('export');
    try {
      const file = snapshotFileName(ledger.clock.now());
      downloadJson(this.ownerDocument, file, JSON.stringify(ledger.snapshot(), null, 2));
      this.#say(this.#t('inspector.data.exported', { file }));
    } catch (e) {
      this.#fail('export', e);
    }
  }

  async #import(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    const ledger = this.#ledger;
    if (!file || !ledger) return;
    this.#clear('import');
    const read = readSnapshot(await file.text());
    if (!read.ok) {
      this.errors = { ...this.errors, import: this.#t(read.reason === 'not_json' ? 'inspector.data.import_not_json' : 'inspector.data.import_invalid', { detail: read.detail }) };
      return;
    }
    try {
      const via = this.#viaAdapter;
      if (via?.operate) await via.operate((l) => l.load(read.snapshot));
      else ledger.load(read.snapshot);
    } catch (e) {
      this.errors = { ...this.errors, import: this.#t('inspector.data.import_refused', { detail: e instanceof Error ? e.message : String(e) }) };
      return;
    }
    input.value = '';
    this.lastLinkState = null;
    this.#say(this.#t('inspector.data.imported', { users: read.snapshot.users.length, transfers: read.snapshot.transfers.length }));
    emitInspectorEvent(this, 'dots-ledger-change', { reason: 'import' });
    this.requestUpdate();
  }

  #money(cents: number): string {
    return this.localize.money(cents, this.#app?.currency ?? 'USD');
  }

  // ------------------------------------------------------------------ render

  #view(ledger: Ledger, app: AppRecord): InspectorView {
    const self = this;
    return {
      ledger,
      app,
      apps: ledger.listApps(),
      faults: this.#viaAdapter?.faults ?? this.adapter?.faults ?? null,
      manualClock: this.#manualClock,
      autoRunning: this.#auto.running,
      autoSpeed: this.#auto.speed,
      canResetThroughAdapter: !!this.#viaAdapter?.reset,
      claimUrl: (token) => claimUrl(this.claimUrlTemplate, token, this.ownerDocument.baseURI),
      limits: this.uiState.limits,
      transferFilter: this.uiState.transferFilter,
      faultMethod: this.uiState.faultMethod,
      faultCode: this.uiState.faultCode,
      lastLink: this.lastLinkState,
      t: (key, params) => self.#t(key, params),
      money: (cents) => self.#money(cents),
      date: (iso) => self.localize.date(iso, DATE),
      run: (area, fn, success) => self.#run(area, fn, success),
      error: (area) => self.errors[area],
      fieldError: (f) => self.fieldErrors[f],
      say: (text) => self.#say(text),
      update: (patch) => (self.uiState = { ...self.uiState, ...patch }),
      createLink: (form) => void self.#createLink(form),
      fund: (form) => void self.#fund(form),
      advance: (ms) => self.#advance(ms),
      setAutoRun: (on, speed) => self.#setAutoRun(on, speed),
      configureFaults: (patch) => self.#configureFaults(patch),
      reset: () => void self.#reset(),
      exportLedger: () => self.#export(),
      importFile: (input) => void self.#import(input),
      setApp: (id) => (self.appId = id),
    };
  }

  #toggle(id: SectionId): void {
    const next = new Set(this.collapsed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.collapsed = next;
  }

  #section(id: SectionId, v: InspectorView) {
    const open = !this.collapsed.has(id);
    const title = this.#t(`inspector.section.${id}`);
    return html`<section part="section" class="section" data-section=${id} aria-labelledby="h-${id}">
      <div part="heading" class="section-heading" role="heading" aria-level=${this.headingLevel + 1}>
        <button type="button" id="h-${id}" aria-expanded=${open ? 'true' : 'false'} aria-controls="s-${id}" @click=${() => this.#toggle(id)}>
          <span class="chevron" aria-hidden="true"></span>${title}
        </button>
      </div>
      <div class="section-body" id="s-${id}" ?hidden=${!open}>${open ? RENDERERS[id](v) : nothing}</div>
    </section>`;
  }

  protected override render() {
    const ledger = this.#ledger;
    const app = this.#app;
    const title = html`<div class="title" role="heading" aria-level=${this.headingLevel}>${this.#t('inspector.title')}</div>`;
    if (!ledger) return html`${title}<p class="empty">${this.#t('inspector.no_ledger')}</p>`;
    if (!app) return html`${title}<p class="empty">${this.#t('inspector.no_apps')}</p>`;
    const v = this.#view(ledger, app);
    const apps = v.apps;
    // One box for the direction of the locale (Arabic lays the inspector right to left).
    return html`<div class="root" dir=${this.localize.dir}>
      <div class="top">
        ${title}
        ${apps.length > 1
          ? html`<div class="field inline">
              <label for="working-app">${this.#t('inspector.working_app')}</label>
              <select id="working-app" @change=${(e: Event) => (this.appId = (e.target as HTMLSelectElement).value)}>
                ${apps.map((a) => html`<option value=${a.id} ?selected=${a.id === app.id}>${a.name}</option>`)}
              </select>
            </div>`
          : nothing}
      </div>
      <p part="status" class="status" role="status" aria-live="polite">${this.statusText}</p>
      ${this.sections.filter((s) => s in RENDERERS).map((s) => this.#section(s, v))}
    </div>`;
  }
}
