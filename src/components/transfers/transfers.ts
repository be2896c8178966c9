import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { consume } from '@lit/context';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { BackendAdapter } from '../../adapters/types.ts';
import { DotsError, isDotsError } from '../../core/ledger/errors.ts';
import { TransferStatus, type LedgerEvent, type Transfer } from '../../core/ledger/schemas.ts';
import { DotsElement } from '../base/dots-element.ts';
import { adapterContext } from '../flow/context.ts';
import { AnnouncerController } from '../../controllers/announcer.ts';
import { buttonStyles, controlStyles, focusRing, srOnly } from '../../styles/shared.ts';
import { formatDate, formatMoney } from '../../i18n/intl.ts';
import { TransferListModel } from './transfer-list-model.ts';
import { methodText, statusText } from './format.ts';
import { emitTransfersEvent } from './events.ts';
import { transfersStyles } from './transfers.styles.ts';

/** What the list needs from a backend: any BackendAdapter has it. */
export type TransfersAdapter = Pick<BackendAdapter, 'listTransfers' | 'subscribe' | 'getAppSettings'>;

const STATUSES = TransferStatus.options;
const TRANSFER_EVENTS = ['transfer.updated', 'transfer.completed', 'transfer.failed'] as const;
/** Rows from the end of the loaded part at which the next page is fetched. */
const PREFETCH_ROWS = 15;
const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

const toError = (e: unknown): DotsError =>
  isDotsError(e) ? e : new DotsError('network', e instanceof Error ? e.message : String(e), { retryable: true });

/**
 * @summary A payee's transfers, newest first: paged as the person scrolls, filterable by status,
 * virtualised, live. Opening one shows its status history.
 *
 * Rows are buttons in a list with one tab stop: arrow keys, Home, End, Page Up and Page Down move
 * between them, Enter or Space opens one in a dialog. New and changed transfers arrive from
 * `adapter.subscribe` and are announced politely.
 *
 * @event dots-transfer-open - A transfer was opened. `detail: { transfer_id, status }`.
 * @event dots-transfers-error - A page could not be loaded. `detail: { code, message, retryable }`.
 *
 * @csspart toolbar - The bar with the status filter and the count.
 * @csspart filter - The status `<select>`.
 * @csspart count - How many transfers are shown.
 * @csspart list - The scrolling list (give it a height to change the default 24rem).
 * @csspart row - One transfer (a button).
 * @csspart amount - The amount in a row.
 * @csspart method - The masked payout method in a row.
 * @csspart date - The date in a row.
 * @csspart footer - Loading, error and "load more" under the list.
 * @csspart error - An error message with its Retry button.
 * @csspart dialog - The dialog that shows one transfer.
 * @cssproperty --dots-color-border - Border of the list.
 * @cssproperty --dots-color-surface - Row hover and separators.
 */
export class DotsTransfers extends DotsElement {
  static override styles = [...DotsElement.styles, focusRing, controlStyles, buttonStyles, srOnly, transfersStyles];

  /** The backend. Any `BackendAdapter` (mock or HTTP); by default the one an ancestor provides (`provideAdapter`). */
  @property({ attribute: false }) adapter: TransfersAdapter | undefined;

  @consume({ context: adapterContext, subscribe: true })
  @state()
  private contextAdapter: BackendAdapter | undefined;

  /** The payee whose transfers are listed. */
  @property({ attribute: 'user-id' }) userId = '';

  /**
   * `user` (default): the transfers of `user-id`, worded for the payee. `app`: every transfer of
   * the adapter's app, for an operator's page (`user-id` is then ignored).
   */
  @property({ reflect: true }) scope: 'user' | 'app' = 'user';

  /** Status filter; empty for all. The filter control sets it too. */
  @property({ reflect: true }) status: TransferStatus | '' = '';

  /** Transfers per request (1..100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** ISO currency of the amounts; by default the app's, from `getAppSettings`. */
  @property() currency: string | undefined;

  @state() private items: readonly Transfer[] = [];
  @state() private active = 0;
  @state() private moreState: 'idle' | 'loading' | 'error' = 'idle';
  @state() private moreError: DotsError | null = null;
  @state() private openId: string | null = null;
  /** Whether the virtualizer has rows in the DOM; off screen it renders none, and so no tab stop. */
  @state() private rowsRendered = false;

  @query('.list') private listEl!: HTMLElement & VirtualizerHostElement;
  @query('dialog') private dialogEl!: HTMLDialogElement;

  #model = new TransferListModel();
  #announcer = new AnnouncerController(this);
  #appCurrency = 'USD';
  #unsubscribe: (() => void) | null = null;
  #subscribedTo: TransfersAdapter | undefined;
  #more: AbortController | null = null;
  #announceQueue = new Map<string, { added: boolean; transfer: Transfer; from: TransferStatus | null }>();
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The Intl locale, resolved once per render for the rows' money and dates (each lookup reads
   * the element's language; per cell it was a tenth of a scroll frame). The virtualizer also
   * renders rows between renders of the element, so it is kept, not passed.
   */
  #rowLocale = 'en';
  /**
   * A row's money and date texts, kept with the transfer they were made from (a changed transfer
   * is a new object): every page re-renders the rows on screen, and formatting a date with its
   * time costs microseconds that add up over thousands of pages.
   */
  #cells = new WeakMap<Transfer, { locale: string; currency: string; amount: string; date: string }>();

  /** Loads the first page (and the app's currency) whenever the adapter, payee or filter change. */
  #firstPage = new Task(this, {
    args: () => [this.#adapter, this.scope === 'app' ? null : this.userId, this.status, this.pageSize] as const,
    task: async ([adapter, userId, status, pageSize], { signal }) => {
      this.#more?.abort();
      this.#more = null;
      this.moreState = 'idle';
      this.moreError = null;
      this.#model.reset({ userId, status });
      this.#sync();
      this.active = 0;
      if (!adapter || userId === '') return;
      try {
        const [settings, page] = await Promise.all([
          this.currency ? null : adapter.getAppSettings({ signal }),
          adapter.listTransfers({ ...this.#who(userId), limit: this.#limit(pageSize), ...(status ? { status: [status] } : {}) }, { signal }),
        ]);
        if (settings) this.#appCurrency = settings.currency;
        this.#model.appendPage(page);
        this.#sync();
      } catch (e) {
        const err = toError(e);
        if (err.code !== 'aborted') this.#reportError(err);
        throw err;
      }
    },
  });

  get #adapter(): TransfersAdapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }

  get #currency(): string {
    return this.currency ?? this.#appCurrency;
  }

  /** The transfers loaded so far, newest first. */
  get transfers(): readonly Transfer[] {
    return this.#model.array;
  }

  /** Whether older transfers remain to be loaded. */
  get hasMore(): boolean {
    return this.#model.hasMore;
  }

  /** Resolves once the first page is in (or failed). */
  get loaded(): Promise<unknown> {
    return this.#firstPage.taskComplete.catch(() => undefined);
  }

  /** Loads the next page; resolves when it is in. Scrolling near the end calls it. */
  async loadMore(): Promise<void> {
    const adapter = this.#adapter;
    if (!adapter || !this.#model.loaded || !this.#model.hasMore || this.moreState === 'loading') return;
    const controller = (this.#more = new AbortController());
    this.moreState = 'loading';
    this.moreError = null;
    const cursor = this.#model.cursor;
    try {
      const page = await adapter.listTransfers(
        {
          ...this.#who(this.#model.filter.userId),
          limit: this.#limit(this.pageSize),
          ...(this.status ? { status: [this.status] } : {}),
          ...(cursor ? { starting_after: cursor } : {}),
        },
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return;
      this.#model.appendPage(page);
      this.#sync();
      this.moreState = 'idle';
    } catch (e) {
      if (controller.signal.aborted) return;
      const err = toError(e);
      this.moreError = err;
      this.moreState = 'error';
      this.#reportError(err);
    } finally {
      if (this.#more === controller) this.#more = null;
    }
  }

  /** Reloads from the first page. */
  reload(): void {
    void this.#firstPage.run();
  }

  /** Opens a loaded transfer's history. */
  open(transferId: string): void {
    const t = this.#model.get(transferId);
    if (!t) return;
    this.openId = t.id;
    this.active = this.#model.indexOf(t.id);
    emitTransfersEvent(this, 'dots-transfer-open', { transfer_id: t.id, status: t.status });
  }

  /** Closes the open transfer; focus goes back to its row. */
  close(): void {
    if (this.dialogEl?.open) this.dialogEl.close();
    else this.openId = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#subscribedTo = undefined;
    this.#more?.abort();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('adapter') || changed.has('contextAdapter' as keyof DotsTransfers)) this.#subscribe();
  }

  protected override firstUpdated(): void {
    // Listened to by hand: the virtualizer's event names are camelCase and do not bubble.
    this.listEl.addEventListener('visibilityChanged', (e) => this.#onVisibility(e as Event & { first: number; last: number }));
    this.listEl.addEventListener('rangeChanged', () => requestAnimationFrame(() => this.#checkRows()));
  }

  #checkRows(): void {
    this.rowsRendered = !!this.listEl?.querySelector('.row');
  }

  /**
   * The list itself takes focus only while no row is rendered (it is below the fold): then Tab
   * would skip it, so it holds the tab stop and hands focus to the active row once it is drawn.
   */
  #onListFocus(e: FocusEvent): void {
    if (e.target === this.listEl) void this.#focusRow(this.active);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.dialogEl;
    if (this.openId && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('.dialog-title')?.focus();
    } else if (!this.openId && dialog.open) dialog.close();
  }

  #who(userId: string | null): { user_id?: string } {
    return userId === null ? {} : { user_id: userId };
  }

  #limit(n: number): number {
    return Math.min(100, Math.max(1, Math.trunc(n) || 50));
  }

  #sync(): void {
    this.items = this.#model.items;
    if (this.active >= this.items.length) this.active = Math.max(0, this.items.length - 1);
  }

  #reportError(err: DotsError): void {
    emitTransfersEvent(this, 'dots-transfers-error', { code: err.code, message: err.message, retryable: err.retryable });
  }

  #subscribe(): void {
    const adapter = this.#adapter;
    if (!this.isConnected || this.#subscribedTo === adapter) return;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#subscribedTo = adapter;
    if (adapter) this.#unsubscribe = adapter.subscribe((e) => this.#onEvent(e), [...TRANSFER_EVENTS]);
  }

  #onEvent(e: LedgerEvent): void {
    if (!e.type.startsWith('transfer.')) return;
    const t = e.data as Transfer;
    // The focused row stays focused: remember its id across an insertion above it.
    const activeId = this.items[this.active]?.id;
    const result = this.#model.apply(t);
    if (!result) return;
    this.#sync();
    if (activeId) this.active = Math.max(0, this.#model.indexOf(activeId));
    const queued = this.#announceQueue.get(t.id);
    if (result.kind === 'added') this.#announceQueue.set(t.id, { added: true, transfer: t, from: null });
    else this.#announceQueue.set(t.id, { added: queued?.added ?? false, transfer: t, from: queued ? queued.from : (result.previous?.status ?? null) });
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => this.#flushAnnouncements(), 150);
  }

  /**
   * Polite and batched: a burst of events (created then pending in one call) becomes one
   * sentence per transfer, with its latest status; a burst about many transfers says the last few.
   */
  #flushAnnouncements(): void {
    const tr = this.localize.t.bind(this.localize);
    const texts: string[] = [];
    for (const { added, transfer: t, from } of this.#announceQueue.values()) {
      const params = { amount: this.localize.money(t.amount, this.#currency), status: statusText(t, tr) };
      if (added) texts.push(tr('transferList.announce.new', params));
      else if (from !== t.status) texts.push(tr('transferList.announce.updated', params));
    }
    this.#announceQueue.clear();
    if (texts.length) this.#announcer.announce(texts.slice(-3).join(' '));
  }

  #onVisibility(e: { first: number; last: number }): void {
    if (e.last >= this.items.length - PREFETCH_ROWS) void this.loadMore();
    // Keep a tab stop on screen when the reader scrolls with the mouse or touch.
    const focusInside = this.renderRoot instanceof ShadowRoot && this.listEl.contains(this.renderRoot.activeElement);
    if (!focusInside && (this.active < e.first || this.active > e.last) && e.first >= 0) this.active = e.first;
  }

  #onKeydown(e: KeyboardEvent): void {
    const row = (e.target as HTMLElement).closest?.('.row') as HTMLElement | null;
    if (!row) return;
    const i = Number(row.dataset['index']);
    const last = this.items.length - 1;
    const page = Math.max(1, Math.floor(this.listEl.clientHeight / Math.max(1, row.offsetHeight)) - 1);
    const target: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: last, PageDown: i + page, PageUp: i - page };
    const next = target[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const to = Math.max(0, Math.min(last, next));
    if (to === last) void this.loadMore();
    void this.#focusRow(to);
  }

  /** Scrolls a row into the rendered range if needed, then focuses it. */
  async #focusRow(index: number): Promise<void> {
    this.active = index;
    const button = this.renderRoot.querySelector<HTMLElement>(`.row[data-index="${index}"]`);
    if (button) {
      button.focus();
      return;
    }
    try {
      this.listEl[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
    } catch {
      // The virtualizer has no layout yet (the list is still off screen, nothing drawn): bring the
      // list itself into view, which makes it lay out and draw the row.
      this.listEl.scrollIntoView({ block: 'nearest' });
    }
    for (let tries = 0; tries < 20; tries++) {
      await new Promise((r) => requestAnimationFrame(r));
      const b = this.renderRoot.querySelector<HTMLElement>(`.row[data-index="${index}"]`);
      if (b) {
        if (this.active === index) b.focus();
        return;
      }
    }
  }

  #onFilter(e: Event): void {
    this.status = (e.target as HTMLSelectElement).value as TransferStatus | '';
  }

  #onDialogClose(): void {
    const id = this.openId;
    this.openId = null;
    const i = id ? this.#model.indexOf(id) : -1;
    if (i >= 0) void this.#focusRow(i);
  }

  #cellsOf(t: Transfer): { amount: string; date: string } {
    const locale = this.#rowLocale;
    const currency = this.#currency;
    let cells = this.#cells.get(t);
    if (!cells || cells.locale !== locale || cells.currency !== currency) {
      cells = { locale, currency, amount: formatMoney(locale, t.amount, currency), date: formatDate(locale, t.created, DATE) };
      this.#cells.set(t, cells);
    }
    return cells;
  }

  #renderRow(t: Transfer, i: number) {
    const tr = this.localize.t.bind(this.localize);
    const { amount, date } = this.#cellsOf(t);
    // The name comes from the content (so it contains the visible text); the masked method is
    // read as "ending in 6789" rather than as four bullets, and commas pause between the parts.
    const pause = html`<span class="sr-only">, </span>`;
    return html`<div class="item" role="listitem" aria-posinset=${i + 1} aria-setsize=${this.#model.hasMore ? -1 : this.items.length}>
      <button
        part="row"
        class="row"
        type="button"
        data-index=${i}
        data-id=${t.id}
        tabindex=${i === this.active ? 0 : -1}
        aria-haspopup="dialog"
        @click=${() => this.open(t.id)}
        @focus=${() => (this.active = i)}
      >
        <dots-status-badge class="status" kind="transfer" status=${t.status}></dots-status-badge>${pause}
        <span part="amount" class="amount">${amount}</span>${pause}
        <span part="method" class="method"><span aria-hidden="true">${methodText(t, tr, false, this.scope)}</span><span class="sr-only">${methodText(t, tr, true, this.scope)}</span></span>${pause}
        <time part="date" class="date" datetime=${t.created}>${date}</time>
      </button>
    </div>`;
  }

  #renderFooter() {
    const tr = this.localize.t.bind(this.localize);
    if (this.#firstPage.status !== TaskStatus.COMPLETE) return nothing;
    if (this.moreState === 'loading') return html`<span>${tr('transferList.loading_more')}</span>`;
    if (this.moreState === 'error')
      return html`<dots-alert part="error" heading="transferList.error_more" .error=${this.moreError} retryable @dots-retry=${() => void this.loadMore()}></dots-alert>`;
    if (this.#model.hasMore)
      return html`<button class="button secondary" type="button" @click=${() => void this.loadMore()}>${tr('transferList.load_more')}</button>`;
    return this.items.length ? html`<span>${tr(this.scope === 'app' ? 'transferList.all_loaded_app' : 'transferList.all_loaded')}</span>` : nothing;
  }

  #renderState() {
    const tr = this.localize.t.bind(this.localize);
    return this.#firstPage.render({
      initial: () => nothing,
      pending: () => (this.items.length ? nothing : html`<p class="message" role="status" dir=${this.localize.dir}>${tr('transferList.loading')}</p>`),
      error: (e) => html`<dots-alert part="error" heading="transferList.error" .error=${toError(e)} retryable @dots-retry=${() => this.reload()}></dots-alert>`,
      complete: () =>
        this.items.length ? nothing : html`<p class="message" dir=${this.localize.dir}>${tr(this.status ? 'transferList.empty_filtered' : 'transferList.empty')}</p>`,
    });
  }

  protected override render() {
    this.#rowLocale = this.localize.locale;
    const tr = this.localize.t.bind(this.localize);
    const open = this.openId ? this.#model.get(this.openId) : undefined;
    const count = this.#firstPage.status === TaskStatus.COMPLETE ? tr('transferList.count', { count: this.items.length }) : '';
    return html`
      <div part="toolbar" class="toolbar" dir=${this.localize.dir}>
        <div class="filter">
          <label for="filter">${tr('transferList.filter.label')}</label>
          <select id="filter" part="filter" .value=${this.status} @change=${this.#onFilter}>
            <option value="" ?selected=${this.status === ''}>${tr('transferList.filter.all')}</option>
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${this.status === s}>${tr(`status.transfer.${s}`)}</option>`)}
          </select>
        </div>
        <span part="count" class="count">${count}</span>
      </div>
      ${this.#renderState()}
      <div class="list-container list-wrap" ?hidden=${this.items.length === 0} dir=${this.localize.dir}>
        <p id="hint" class="sr-only">${tr('transferList.keyboard_hint')}</p>
        <div
          part="list"
          class="list"
          role="list"
          aria-label=${tr('transferList.list_label')}
          aria-describedby="hint"
          tabindex=${this.rowsRendered || this.items.length === 0 ? nothing : 0}
          @keydown=${this.#onKeydown}
          @focus=${this.#onListFocus}
        >
          ${virtualize({ items: this.items as Transfer[], keyFunction: (t: Transfer) => t.id, renderItem: (t: Transfer, i: number) => this.#renderRow(t, i), scroller: true })}
        </div>
      </div>
      <div part="footer" class="footer" dir=${this.localize.dir}>${this.#renderFooter()}</div>
      ${this.#announcer.region}
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#onDialogClose} dir=${this.localize.dir}>
        ${open
          ? html`<h2 class="dialog-title" id="dialog-title" tabindex="-1">${tr('transferList.detail.title', { amount: this.localize.money(open.amount, this.#currency) })}</h2>
              <dots-transfer-detail .transfer=${open} currency=${this.#currency} scope=${this.scope}></dots-transfer-detail>
              <div class="dialog-actions">
                <button class="button secondary" type="button" @click=${() => this.close()}>${tr('transferList.detail.close')}</button>
              </div>`
          : nothing}
      </dialog>
    `;
  }
}
