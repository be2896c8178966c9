import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { DotsElement } from '../base/dots-element.ts';
import { AnnouncerController } from '../../controllers/announcer.ts';
import { FocusController } from '../../controllers/focus.ts';
import { FlowController } from '../../controllers/flow.ts';
import type { BackendAdapter } from '../../adapters/types.ts';
import type { Transfer } from '../../core/ledger/schemas.ts';
import {
  CLAIM_API_STEPS,
  CLAIM_INTRO,
  CLAIM_REVIEW,
  CLAIM_UNAVAILABLE,
  buildClaimFlow,
  linkProblemOf,
  problemOfError,
  type ClaimContext,
  type LinkProblem,
} from '../../core/flows/payout-claim.ts';
import { linkFromUrl } from '../../core/flows/payout-claim-url.ts';
import { canGoBack, stepById } from '../../core/machine/reducer.ts';
import type { FlowEvent, FlowNotice, FlowSnapshot, Prefill } from '../../core/machine/types.ts';
import { adapterContext } from '../flow/context.ts';
import { emitFlowEvent } from '../flow/events.ts';
import {
  emitExit,
  emitReady,
  emitStepChange,
  emitStepComplete,
  errorDetail,
  flowIds,
  focusPending,
  hasServerFieldErrors,
  idOf,
  listConverter,
  listenForStepInput,
  loadFailureParts,
  type PendingFocus,
  renderAlert,
  renderStepper,
  renderSummary,
  sessionDrafts,
  todayUtc,
} from '../flow/flow-shell.ts';
import { styles as flowStyles } from '../flow/flow.styles.ts';
import type { DotsStepView } from '../steps/step-view.ts';
import { messageText } from '../steps/messages.ts';
import { focusRing, srOnly } from '../../styles/shared.ts';
import { emitClaimStatus, type DotsClaimCompleteDetail, type DotsClaimErrorDetail } from './events.ts';
import { renderUnavailable, unavailableTitle } from './unavailable-view.ts';
import { styles } from './payout-claim-flow.styles.ts';
import { afterClaimPart, CLAIM_VIEWS, loadAfterClaim } from './step-views.ts';
import { withStepViews } from '../flow/step-views.ts';

type Snap = FlowSnapshot<ClaimContext>;

const SUBMIT_LABELS: Record<string, string> = {
  [CLAIM_INTRO]: 'claim.intro.submit',
  'sign-in-phone': 'signin.phone.submit',
  'sign-in-code': 'signin.code.submit',
  [CLAIM_REVIEW]: 'claim.review.submit',
};

/** The DotsError code a link problem stands for, in `dots-flow-error`. */
const PROBLEM_CODES: Record<LinkProblem, string> = {
  missing: 'validation',
  unknown: 'not_found',
  expired: 'link_expired',
  canceled: 'link_canceled',
  claimed: 'link_claimed',
  failed: 'conflict',
};

/** A short fingerprint of the link reference: drafts of two links never mix, and the token is not written out. */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * @summary Claims a payout link: shows who sends how much and their message, signs the payee in
 * (or recognises them), asks for a tax form when none is on file, lets them pick or add a payout
 * method and choose the amount where the link allows part of it, claims it once (idempotent),
 * then follows the payout's status live until it is final. Expired, canceled, already claimed,
 * undelivered and unknown links each get their own page.
 *
 * The link comes from `link` (its token or id) or, with `link-from-url`, from the page address:
 * `#link=<token>` (preferred: a fragment never reaches servers) or `?link=<token>`, then
 * `payout_link` in the same places; `link-from-url="name"` reads that parameter instead.
 *
 * @event dots-ready - `DotsReadyDetail`: the link is loaded and the first screen shows.
 * @event dots-step-change - `DotsStepChangeDetail`: another step or screen is shown.
 * @event dots-step-complete - `DotsStepCompleteDetail`: a step was saved (masked summary).
 * @event dots-flow-complete - `DotsClaimCompleteDetail`: the link was claimed; transfer id, amount, masked method.
 * @event dots-flow-exit - `DotsFlowExitDetail`: Exit pressed (with `allow-exit`).
 * @event dots-flow-error - `DotsClaimErrorDetail`: a backend call failed, or the link cannot be claimed (`linkProblem`).
 * @event dots-claim-status - `DotsClaimStatusDetail`: the claimed transfer's status changed.
 *
 * @slot logo - Your logo, above the stepper.
 * @slot legal - Legal text under the buttons.
 *
 * @csspart base - The frame around everything.
 * @csspart stepper - The progress stepper.
 * @csspart heading - The heading of the screen (focused on each change of screen).
 * @csspart alert - The backend error box with Try again.
 * @csspart error-summary - The list of problems after a failed Continue.
 * @csspart body - The screen's content.
 * @csspart footer - The button row.
 * @csspart back - The Back button.
 * @csspart continue - The Continue (Claim) button.
 * @csspart exit - The Exit button.
 * @csspart unavailable - The explanation on a link that cannot be claimed.
 * @csspart next-steps - What the payee can do about it.
 * @csspart complete - The claimed payment and its status.
 * @csspart status - The live status section.
 * @csspart status-badge - The status badge.
 * @csspart lifecycle - The status diagram.
 * @csspart live-region - The polite live region announcing progress.
 *
 * @cssproperty --dots-color-background - Background of the flow.
 * @cssproperty --dots-color-text - Text colour.
 * @cssproperty --dots-color-primary - Brand colour.
 * @cssproperty --dots-heading-font-size - Size of the heading.
 * @cssproperty --dots-border-radius - Corner radius.
 */
export class DotsPayoutClaimFlow extends DotsElement {
  static override styles = [...DotsElement.styles, focusRing, srOnly, flowStyles, styles];

  /** The payout link's token (from the link URL) or id. Wins over `link-from-url`. */
  @property() link: string | undefined;
  /**
   * Read the link from the page address when `link` is not set. Empty: `link`, then
   * `payout_link`, in the fragment and then the query; a value names the parameter to read.
   */
  @property({ attribute: 'link-from-url' }) linkFromUrl: string | null = null;
  /** The backend. Or provide it from an ancestor with `adapterContext` (see `provideAdapter`). */
  @property({ attribute: false }) adapter: BackendAdapter | undefined;
  /** The signed-in payee; without it the flow signs the person in first. */
  @property({ attribute: 'user-id' }) userId: string | undefined;
  /** Values you already know, by field name; the link's payee (phone, name, email) fills the rest. */
  @property({ type: Object }) prefill: Prefill | undefined;
  /** Steps (API names, e.g. `compliance`) or screens you do not want shown. */
  @property({ attribute: 'hidden-steps', converter: listConverter }) hiddenSteps: string[] = [];
  /** A snapshot saved with `getSnapshot()`, to resume. */
  @property({ attribute: false }) snapshot: unknown;
  /** Key of the draft kept in sessionStorage; by default one per link and user. */
  @property({ attribute: 'draft-key' }) draftKey: string | undefined;
  /** Keep no draft in sessionStorage. */
  @property({ type: Boolean, attribute: 'no-draft' }) noDraft = false;
  /** Show an Exit button (fires `dots-flow-exit`). */
  @property({ type: Boolean, attribute: 'allow-exit' }) allowExit = false;
  /** Milliseconds between status checks while events are quiet; 0 relies on events alone. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 5000;

  @consume({ context: adapterContext, subscribe: true })
  @state()
  private contextAdapter: BackendAdapter | undefined;

  @state() private showSummary = false;
  /** The claimed transfer as last seen live. */
  @state() private live: Transfer | null = null;
  @state() private checkFailed = false;
  @state() private urlRef: string | null = null;
  /** The alert and error summary, with the backend's messages, have arrived (or failed to). */
  @state() private failurePartsSettled = false;

  private readonly announcer = new AnnouncerController(this);
  private readonly flow = new FlowController<ClaimContext>(this, { onNotice: (n, s) => this.onNotice(n, s) });
  private readonly focuser = new FocusController(this);
  private pendingFocus: PendingFocus = null;
  private configuredKey: string | null = null;
  private viewKey: string | null = null;
  /** Focus follows screen changes only once the person has done something (never on page load). */
  private interacted = false;
  private stopTracking: (() => void) | null = null;
  private trackedId: string | null = null;
  private readonly onUrlChange = () => this.readUrl();

  /** The running machine's actor (for hosts that listen to snapshots directly). */
  get actor() {
    return this.flow.actor;
  }

  /** The current snapshot without any sensitive value: store it and pass it back as `snapshot` to resume. */
  getSnapshot(): Snap | null {
    return this.flow.actor?.getStorableSnapshot() ?? null;
  }

  /** Sends an event to the machine, as the buttons do (`{ type: 'next' }`, `{ type: 'retry' }`...). */
  send(event: FlowEvent): void {
    this.interacted = true;
    this.flow.send(event);
  }

  /** The claimed transfer as last seen live (null before the claim). */
  get transfer(): Transfer | null {
    return this.live;
  }

  constructor() {
    super();
    listenForStepInput(this, (e) => this.send(e));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('hashchange', this.onUrlChange);
    globalThis.addEventListener?.('popstate', this.onUrlChange);
    this.readUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('hashchange', this.onUrlChange);
    globalThis.removeEventListener?.('popstate', this.onUrlChange);
    this.untrack();
  }

  private readUrl(): void {
    const href = globalThis.location?.href;
    this.urlRef = this.linkFromUrl !== null && href ? linkFromUrl(href, this.linkFromUrl || null) : null;
  }

  /** The link reference in use: the `link` property, else the page address (with `link-from-url`). */
  get linkRef(): string | null {
    return this.link?.trim() || this.urlRef;
  }

  private get effectiveAdapter(): BackendAdapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('linkFromUrl')) this.readUrl();
    const adapter = this.effectiveAdapter;
    const ref = this.linkRef;
    const key = JSON.stringify([idOf(adapter), ref, this.userId ?? null, this.hiddenSteps, idOf(this.snapshot), this.draftKey ?? null, this.noDraft]);
    if (key !== this.configuredKey) {
      this.configuredKey = key;
      this.untrack();
      this.live = null;
      this.checkFailed = false;
      this.showSummary = false;
    }
    if (!adapter) {
      this.flow.configure(key, null);
      return;
    }
    this.flow.configure(key, () => {
      const definition = withStepViews(buildClaimFlow({ signIn: !this.userId, link: ref }), CLAIM_VIEWS);
      const store = this.noDraft ? null : sessionDrafts();
      const hidden = this.hiddenSteps;
      const country = typeof this.prefill?.['country'] === 'string' ? String(this.prefill['country']).toUpperCase() : null;
      return {
        definition,
        adapter,
        userId: this.userId ?? null,
        prefill: this.prefill ?? {},
        hidden,
        context: { flowSteps: CLAIM_API_STEPS.filter((s) => !hidden.includes(s)), ...(country ? { country } : {}) },
        ...(this.snapshot !== undefined && this.snapshot !== null ? { snapshot: this.snapshot } : {}),
        ...(store ? { draft: { store, key: this.draftKey ?? `dots-flows:draft:${definition.id}:${fingerprint(ref ?? '')}:${this.userId ?? 'new'}` } } : {}),
      };
    });
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Ready before anything can fail, as in <dots-flow>; a failed fetch is tried again then.
    loadFailureParts()
      .catch(() => undefined)
      .then(() => (this.failurePartsSettled = true));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const s = this.flow.snapshot;
    if (s) {
      const problem = linkProblemOf(s);
      const key = `${problem ?? ''}|${s.status === 'complete' ? 'complete' : s.current}`;
      const moved = this.viewKey !== null && key !== this.viewKey;
      this.viewKey = key;
      if (moved && this.interacted) void this.focuser.focusHeading('[data-step-heading]');
      if (s.status === 'complete') this.track(s);
    }
    const target = this.pendingFocus;
    this.pendingFocus = null;
    focusPending(this.focuser, target);
  }

  // ---- live status ----

  /**
   * The status page and tracking. They come with the claim screen, which the flow waits for before
   * showing it, so they are in by the time there is a claim; null (and a load, then an update)
   * only if that load failed and the claim was made anyway.
   */
  private afterClaim(): ReturnType<typeof afterClaimPart> {
    const part = afterClaimPart();
    // A failed load is tried again at the next update, not in a loop.
    if (!part) loadAfterClaim().then(() => this.requestUpdate(), () => undefined);
    return part;
  }

  private track(s: Snap): void {
    const claimed = s.context.transfer;
    const adapter = this.effectiveAdapter;
    if (!claimed || !adapter || this.trackedId === claimed.id) return;
    const part = this.afterClaim();
    if (!part) return;
    const { isFinalStatus, trackTransfer } = part;
    this.untrack();
    this.trackedId = claimed.id;
    if (isFinalStatus(claimed.status)) return;
    this.stopTracking = trackTransfer(adapter, claimed.id, {
      pollMs: Math.max(0, this.pollInterval || 0),
      onUpdate: (t) => {
        const previous = this.live?.status ?? claimed.status;
        this.live = t;
        this.checkFailed = false;
        if (t.status === previous) return;
        this.announcer.announce(this.localize.t('claim.announce.status', { status: this.localize.t(`status.transfer.${t.status}` as never) }));
        emitClaimStatus(this, { transferId: t.id, payoutLinkId: t.payout_link_id, status: t.status, previousStatus: previous, final: isFinalStatus(t.status) });
      },
      onError: () => {
        this.checkFailed = true;
      },
    });
  }

  private untrack(): void {
    this.stopTracking?.();
    this.stopTracking = null;
    this.trackedId = null;
  }

  // ---- notices -> events, announcements, focus ----

  private get view(): DotsStepView | null {
    return this.renderRoot.querySelector<DotsStepView>('[data-step-view]');
  }

  private onNotice(n: FlowNotice, s: Snap): void {
    switch (n.type) {
      case 'ready': {
        emitReady(this, s);
        const problem = s.current === CLAIM_UNAVAILABLE ? linkProblemOf(s) : null;
        if (problem) this.reportProblem(s, problem);
        return;
      }
      case 'step-change':
        this.showSummary = false;
        emitStepChange(this, this.localize, this.announcer, this.flow.actor?.definition, n, s);
        return;
      case 'step-complete':
        emitStepComplete(this, n, s);
        return;
      case 'invalid':
        this.showSummary = true;
        this.pendingFocus = 'summary';
        this.requestUpdate();
        return;
      case 'error': {
        const problem = n.kind === 'submit' ? problemOfError(n.error) : null;
        const detail: DotsClaimErrorDetail = { ...errorDetail(this.flow.actor?.definition, n, s), linkProblem: problem };
        emitFlowEvent(this, 'dots-flow-error', detail);
        if (problem) {
          // The page changes to say so; focus goes to its heading.
          this.showSummary = false;
          this.announcer.announce(this.localize.t(unavailableTitle(problem)));
          this.requestUpdate();
          return;
        }
        const fieldErrors = hasServerFieldErrors(s);
        this.showSummary = fieldErrors;
        this.pendingFocus = fieldErrors && !n.error.retryable ? 'summary' : 'alert';
        this.requestUpdate();
        return;
      }
      case 'announce':
        this.announcer.announce(messageText(this.localize, n.message));
        return;
      case 'complete':
        this.onComplete(s);
        return;
      case 'exit':
        emitExit(this, s);
        return;
    }
  }

  private reportProblem(s: Snap, problem: LinkProblem): void {
    const detail: DotsClaimErrorDetail = {
      ...flowIds(s),
      step: CLAIM_UNAVAILABLE,
      screen: CLAIM_UNAVAILABLE,
      code: PROBLEM_CODES[problem],
      message: `payout link ${problem}`,
      retryable: false,
      linkProblem: problem,
    };
    emitFlowEvent(this, 'dots-flow-error', detail);
    this.announcer.announce(this.localize.t(unavailableTitle(problem)));
  }

  private onComplete(s: Snap): void {
    const t = s.context.transfer;
    const currency = s.context.link?.currency ?? s.context.settings?.currency ?? null;
    const methodId = s.submitted[CLAIM_REVIEW]?.['payout_method_id'];
    if (t && currency) this.announcer.announce(this.localize.t('claim.announce.claimed', { amount: this.localize.money(t.amount - t.fee, currency) }));
    const detail: DotsClaimCompleteDetail = {
      ...flowIds(s),
      completedSteps: s.groups.map((g) => g.id),
      transferId: t?.id ?? null,
      payoutLinkId: s.context.link?.id ?? null,
      amount: t?.amount ?? null,
      fee: t?.fee ?? null,
      currency,
      status: t?.status ?? null,
      payoutMethod: t ? { id: typeof methodId === 'string' && methodId ? methodId : null, platform: t.payout_platform, mask: t.payout_mask } : null,
    };
    emitFlowEvent(this, 'dots-flow-complete', detail);
  }

  // ---- rendering ----

  private headingText(s: Snap, problem: LinkProblem | null): string {
    if (problem) return this.localize.t(unavailableTitle(problem));
    if (s.status === 'complete') {
      if (!s.context.transfer) return this.localize.t('flow.complete.title');
      const part = this.afterClaim();
      return this.localize.t(part ? part.statusTitle(part.statusOf({ claimed: s.context.transfer, live: this.live })) : 'claim.loading');
    }
    if (!s.ready) return this.localize.t(s.status === 'failed' ? 'claim.load_failed' : 'claim.loading');
    const link = s.context.link;
    if (s.current === CLAIM_INTRO && link) {
      return this.localize.t('claim.intro.title', { sender: link.sender_name, amount: this.localize.money(link.amount, link.currency) });
    }
    const step = stepById(this.flow.actor!.definition, s.current);
    return this.localize.text(step?.title ?? '');
  }

  private renderView(s: Snap): TemplateResult | typeof nothing {
    const step = s.current;
    if (step.startsWith('sign-in-')) return html`<dots-sign-in-step data-step-view .snapshot=${s}></dots-sign-in-step>`;
    if (step.startsWith('compliance-')) return html`<dots-compliance-step data-step-view .snapshot=${s}></dots-compliance-step>`;
    switch (step) {
      case CLAIM_INTRO:
        return html`<dots-claim-intro-step data-step-view .snapshot=${s}></dots-claim-intro-step>`;
      case 'manage-payouts':
        return html`<dots-manage-payouts-step data-step-view .snapshot=${s}></dots-manage-payouts-step>`;
      case CLAIM_REVIEW:
        return html`<dots-claim-review-step data-step-view .snapshot=${s}></dots-claim-review-step>`;
      default:
        return nothing;
    }
  }

  private renderLoading(): TemplateResult {
    return html`<p class="loading" aria-busy="true">${this.localize.t('claim.loading')}</p>`;
  }

  private renderBody(s: Snap, problem: LinkProblem | null): TemplateResult | typeof nothing {
    if (problem) return renderUnavailable(this.localize, problem, s.context.link, s.current !== CLAIM_UNAVAILABLE);
    if (s.status === 'complete' && s.context.transfer) {
      const part = this.afterClaim();
      if (!part) return this.renderLoading();
      return part.renderClaimStatus(this.localize, {
        claimed: s.context.transfer,
        live: this.live,
        link: s.context.link,
        methods: s.context.payoutMethods ?? [],
        currency: s.context.link?.currency ?? s.context.settings?.currency ?? 'USD',
        checkFailed: this.checkFailed,
      });
    }
    if (!s.ready) return s.status === 'failed' ? nothing : this.renderLoading();
    // A server error at a field reads the backend's messages, which come with the alert.
    if (!this.failurePartsSettled && hasServerFieldErrors(s)) return this.renderLoading();
    return html`<div part="body" class="body">${this.renderView(s)}</div>`;
  }

  private renderFooter(s: Snap, problem: LinkProblem | null): TemplateResult | typeof nothing {
    const exit = this.allowExit
      ? html`<dots-button part="exit" variant="link" @click=${() => this.send({ type: 'exit' })}>${this.localize.t('flow.exit')}</dots-button>`
      : nothing;
    if (problem || s.status === 'complete' || !s.ready) return exit === nothing ? nothing : html`<div part="footer" class="footer">${exit}</div>`;
    const busy = s.status === 'submitting';
    const back = canGoBack(this.flow.actor!.definition, s, todayUtc());
    return html`<div part="footer" class="footer">
      <dots-button part="continue" variant="primary" ?busy=${busy} @click=${() => this.send({ type: 'next' })}
        >${this.localize.text(SUBMIT_LABELS[s.current] ?? 'common.continue')}</dots-button
      >
      ${back ? html`<dots-button part="back" variant="secondary" @click=${() => this.send({ type: 'back' })}>${this.localize.t('common.back')}</dots-button>` : nothing}
      ${exit}
    </div>`;
  }

  override render() {
    const s = this.flow.snapshot;
    if (!s) {
      return html`<div part="base" class="base" dir=${this.localize.dir}>
        ${this.announcer.region}
        <dots-alert variant="warning" message="flow.no_adapter"></dots-alert>
      </div>`;
    }
    const problem = linkProblemOf(s);
    const busy = s.status === 'submitting';
    return html`<div part="base" class="base" dir=${this.localize.dir} aria-busy=${busy ? 'true' : 'false'}>
      <slot name="logo"></slot>
      ${problem ? nothing : renderStepper(s)} ${this.announcer.region}
      <h2 part="heading" data-step-heading tabindex="-1">${this.headingText(s, problem)}</h2>
      ${problem ? nothing : renderAlert(s, (e) => this.send(e))} ${problem ? nothing : renderSummary(this.localize, s, this.showSummary, this.view)} ${this.renderBody(s, problem)} ${this.renderFooter(s, problem)}
      <slot name="legal"></slot>
    </div>`;
  }
}
