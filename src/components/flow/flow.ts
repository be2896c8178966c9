import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { DotsElement } from '../base/dots-element.ts';
import { AnnouncerController } from '../../controllers/announcer.ts';
import { FocusController } from '../../controllers/focus.ts';
import { FlowController } from '../../controllers/flow.ts';
import type { BackendAdapter } from '../../adapters/types.ts';
import { buildFlow, parseStepNames } from '../../core/flows/build.ts';
import type { DotsContext } from '../../core/flows/context.ts';
import { describeMethod } from '../../core/flows/describe-method.ts';
import { safeRedirectUrl } from '../../core/flows/safe-redirect.ts';
import { isResolved } from '../../core/machine/lazy-steps.ts';
import { canGoBack, stepById } from '../../core/machine/reducer.ts';
import type { FlowEvent, FlowNotice, FlowSnapshot, Prefill, StepDefinition } from '../../core/machine/types.ts';
import type { DotsStepView } from '../steps/step-view.ts';
import { messageText } from '../steps/messages.ts';
import { adapterContext } from './context.ts';
import { withStepViews } from './step-views.ts';
import { emitFlowEvent } from './events.ts';
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
} from './flow-shell.ts';
import { styles } from './flow.styles.ts';
import { rehearsalOf } from './rehearsal.ts';
import { focusRing, srOnly } from '../../styles/shared.ts';

type Snap = FlowSnapshot<DotsContext>;

const warmUps = new WeakMap<CustomElementConstructor, Promise<void>>();

/** Continue's label on screens where a plain "Continue" says less than it could. */
const SUBMIT_LABELS: Record<string, string> = {
  'sign-in-phone': 'signin.phone.submit',
  'sign-in-code': 'signin.code.submit',
  payout: 'payout.submit',
  redirect: 'redirect.continue',
};

/**
 * @summary Runs any list of Dots flow steps (`compliance`, `id-verification`, `manage-payouts`,
 * `payout`, `redirect`), signing the person in first when no `user-id` is given. Renders the
 * step machine's snapshot; holds no business logic.
 *
 * @event dots-ready - `DotsReadyDetail`: set up and showing its first step.
 * @event dots-step-change - `DotsStepChangeDetail`: another step or screen is shown.
 * @event dots-step-complete - `DotsStepCompleteDetail`: a step was saved (masked summary).
 * @event dots-flow-complete - `DotsFlowCompleteDetail`: every step is done.
 * @event dots-flow-exit - `DotsFlowExitDetail`: Exit pressed, or the redirect step is about to navigate (cancelable).
 * @event dots-flow-error - `DotsFlowErrorDetail`: a backend call failed.
 *
 * @slot logo - Your logo, above the stepper.
 * @slot legal - Legal text under the buttons.
 *
 * @csspart base - The frame around everything.
 * @csspart stepper - The progress stepper.
 * @csspart heading - The step heading (focused on each step change).
 * @csspart alert - The backend error box with Try again.
 * @csspart error-summary - The list of problems after a failed Continue.
 * @csspart body - The step's fields.
 * @csspart footer - The button row.
 * @csspart back - The Back button.
 * @csspart continue - The Continue button.
 * @csspart exit - The Exit button.
 * @csspart complete - The completion message.
 * @csspart live-region - The polite live region announcing progress.
 *
 * @cssproperty --dots-color-background - Background of the flow.
 * @cssproperty --dots-color-text - Text colour.
 * @cssproperty --dots-color-primary - Brand colour.
 * @cssproperty --dots-heading-font-size - Size of the step heading.
 * @cssproperty --dots-border-radius - Corner radius.
 */
export class DotsFlow extends DotsElement {
  static override styles = [...DotsElement.styles, focusRing, srOnly, styles];

  /** API step names, as a list or a space / comma separated attribute: `steps="compliance manage-payouts"`. */
  @property({ converter: listConverter }) steps: string[] = [];
  /** The backend. Or provide it from an ancestor with `adapterContext` (see `provideAdapter`). */
  @property({ attribute: false }) adapter: BackendAdapter | undefined;
  /** The signed-in user; without it the flow signs the person in first. */
  @property({ attribute: 'user-id' }) userId: string | undefined;
  /** An existing backend flow record to continue. */
  @property({ attribute: 'flow-id' }) flowId: string | undefined;
  /** A payout link this flow pays out (claim flows). */
  @property({ attribute: 'payout-link-id' }) payoutLinkId: string | undefined;
  /** Values you already know, by field name (`email`, `first_name`, `phone`, `country`...). Read when the flow starts. */
  @property({ type: Object }) prefill: Prefill | undefined;
  /** Steps (API names) or screens you do not want shown. */
  @property({ attribute: 'hidden-steps', converter: listConverter }) hiddenSteps: string[] = [];
  /** A snapshot saved with `getSnapshot()`, to resume. */
  @property({ attribute: false }) snapshot: unknown;
  /** Where the `redirect` step goes (http or https only). */
  @property({ attribute: 'redirect-url' }) redirectUrl: string | undefined;
  /** Seconds before the redirect step continues by itself; 0 waits for the person. */
  @property({ type: Number, attribute: 'redirect-seconds' }) redirectSeconds = 10;
  /** Key of the draft kept in sessionStorage; one is derived from the steps and user by default. */
  @property({ attribute: 'draft-key' }) draftKey: string | undefined;
  /** Keep no draft in sessionStorage. */
  @property({ type: Boolean, attribute: 'no-draft' }) noDraft = false;
  /** Show an Exit button (fires `dots-flow-exit`). */
  @property({ type: Boolean, attribute: 'allow-exit' }) allowExit = false;

  @consume({ context: adapterContext, subscribe: true })
  @state()
  private contextAdapter: BackendAdapter | undefined;

  @state() private showSummary = false;
  /** The alert and error summary, with the backend's messages, have arrived (or failed to). */
  @state() private failurePartsSettled = false;

  private readonly announcer = new AnnouncerController(this);
  private readonly flow = new FlowController<DotsContext>(this, { onNotice: (n, s) => this.onNotice(n, s) });
  private readonly focuser = new FocusController(this, {
    key: () => {
      const s = this.flow.snapshot;
      return s ? `${s.current}|${s.status === 'complete'}` : null;
    },
  });
  private pendingFocus: PendingFocus = null;

  /**
   * In the browser's next idle period, renders one flow of this class, unseen and unheard, and
   * takes it out again, so that the page's first real one shows its first field as fast as a
   * second one would (the templates, styles and code it needs are then prepared). Call it once
   * the element is defined, before you insert it (the script tag's `define()` does). Does nothing
   * when the page already shows one. Runs once per class: later calls return the same promise.
   * Never rejects.
   */
  static warmUp(): Promise<void> {
    let done = warmUps.get(this);
    if (!done) {
      done = import('./warm-up.ts').then(
        (m) => m.warmUp(this),
        () => undefined,
      );
      warmUps.set(this, done);
    }
    return done;
  }

  /** The running machine's actor (for hosts that listen to snapshots directly). */
  get actor() {
    return this.flow.actor;
  }

  /** The current snapshot without any sensitive value: store it and pass it back as `snapshot` to resume. */
  getSnapshot(): Snap | null {
    return this.flow.actor?.getStorableSnapshot() ?? null;
  }

  /** Sends an event to the machine, as the buttons do (`{ type: 'next' }`, `{ type: 'back' }`...). */
  send(event: FlowEvent): void {
    this.flow.send(event);
  }

  constructor() {
    super();
    listenForStepInput(this, (e) => this.flow.send(e));
  }

  /** The API step names this element runs. */
  protected stepNames(): string[] {
    return this.steps;
  }

  private get effectiveAdapter(): BackendAdapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const rehearsal = rehearsalOf(this);
    const adapter = rehearsal ? rehearsal.adapter : this.effectiveAdapter;
    const { steps } = parseStepNames(this.stepNames());
    const signIn = !this.userId;
    const key = JSON.stringify([idOf(adapter), steps, this.userId ?? null, this.flowId ?? null, this.hiddenSteps, idOf(this.snapshot), this.draftKey ?? null, this.noDraft]);
    if (!adapter || (steps.length === 0 && !signIn)) {
      this.flow.configure(key, null);
      return;
    }
    this.flow.configure(key, () => {
      const definition = withStepViews(buildFlow(steps, { signIn }));
      const store = this.noDraft || rehearsal ? null : sessionDrafts();
      return {
        definition,
        adapter,
        userId: this.userId ?? null,
        flowId: this.flowId ?? null,
        prefill: this.prefill ?? {},
        hidden: this.hiddenSteps,
        context: {
          redirectUrl: this.redirectUrl ?? null,
          redirectSeconds: Math.max(0, Math.floor(this.redirectSeconds || 0)),
          payoutLinkId: this.payoutLinkId ?? null,
          ...(typeof this.prefill?.['country'] === 'string' ? { country: String(this.prefill['country']).toUpperCase() } : {}),
        },
        ...(rehearsal ? { snapshot: rehearsal.snapshot(definition, todayUtc()) } : this.snapshot !== undefined && this.snapshot !== null ? { snapshot: this.snapshot } : {}),
        ...(store ? { draft: { store, key: this.draftKey ?? `dots-flows:draft:${definition.id}:${this.userId ?? 'new'}` } } : {}),
      };
    });
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Ready before anything can fail (see loadFailureParts); a failed fetch is tried again then.
    loadFailureParts()
      .catch(() => undefined)
      .then(() => (this.failurePartsSettled = true));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.pendingFocus;
    this.pendingFocus = null;
    focusPending(this.focuser, target);
  }

  private get view(): DotsStepView | null {
    return this.renderRoot.querySelector<DotsStepView>('[data-step-view]');
  }

  private onNotice(n: FlowNotice, s: Snap): void {
    // A warm-up's flow is nobody's: the page hears nothing of it.
    if (rehearsalOf(this)) return;
    switch (n.type) {
      case 'ready':
        emitReady(this, s);
        return;
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
        emitFlowEvent(this, 'dots-flow-error', errorDetail(this.flow.actor?.definition, n, s));
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

  private onComplete(s: Snap): void {
    this.announcer.announce(this.localize.t('flow.complete.announce'));
    const completedSteps = s.groups.map((g) => g.id);
    emitFlowEvent(this, 'dots-flow-complete', { ...flowIds(s), completedSteps, transferId: s.context.transfer?.id ?? null });
    const url = s.completed.includes('redirect') ? safeRedirectUrl(s.context.redirectUrl) : null;
    if (!url) return;
    const go = emitFlowEvent(this, 'dots-flow-exit', { ...flowIds(s), reason: 'redirect', step: 'redirect', url }, true);
    if (go) globalThis.location?.assign(url);
  }

  // ---- rendering ----

  private renderView(s: Snap): TemplateResult {
    const step = s.current;
    if (step.startsWith('sign-in-')) return html`<dots-sign-in-step data-step-view .snapshot=${s}></dots-sign-in-step>`;
    if (step.startsWith('compliance-')) return html`<dots-compliance-step data-step-view .snapshot=${s}></dots-compliance-step>`;
    switch (step) {
      case 'id-verification':
        return html`<dots-id-verification-step data-step-view .snapshot=${s}></dots-id-verification-step>`;
      case 'manage-payouts':
        return html`<dots-manage-payouts-step data-step-view .snapshot=${s}></dots-manage-payouts-step>`;
      case 'payout':
        return html`<dots-payout-step data-step-view .snapshot=${s}></dots-payout-step>`;
      default:
        return html`<dots-redirect-step data-step-view .snapshot=${s}></dots-redirect-step>`;
    }
  }

  private renderComplete(s: Snap): TemplateResult {
    const t = s.context.transfer;
    const currency = s.context.settings?.currency ?? 'USD';
    const method = t ? s.context.payoutMethods?.find((m) => m.platform === t.payout_platform && m.mask === t.payout_mask) : undefined;
    return html`<h2 part="heading" data-step-heading tabindex="-1">${this.localize.t('flow.complete.title')}</h2>
      <div part="complete" class="complete">
        <p>${this.localize.t('flow.complete.body')}</p>
        ${t
          ? html`<p>
              ${this.localize.t('payout.sent.body', {
                amount: this.localize.money(t.amount - t.fee, currency),
                method: method
                  ? this.localize.t(`payouts.method.${method.platform}` as never, { detail: describeMethod(method) })
                  : t.payout_mask ?? (t.payout_platform ? this.localize.t(`payouts.platform.${t.payout_platform}` as never) : ''),
              })}
            </p>
            <p>${this.localize.t('payout.status.label', { status: this.localize.t(`payout.status.${t.status}` as never) })}</p>`
          : nothing}
      </div>`;
  }

  /**
   * A step's screen waits for its code, and for the backend's messages when it has a server error to
   * show (a resumed draft can, on its first render).
   */
  private canShowView(s: Snap, step: StepDefinition<DotsContext> | undefined): boolean {
    if (!(s.ready || step?.showWhileStarting) || !isResolved(step)) return false;
    return this.failurePartsSettled || !hasServerFieldErrors(s);
  }

  override render() {
    const s = this.flow.snapshot;
    if (!s) {
      const message = this.effectiveAdapter ? 'flow.no_steps' : 'flow.no_adapter';
      return html`<div part="base" class="base" dir=${this.localize.dir}>
        <dots-alert variant="warning" message=${message}></dots-alert>
      </div>`;
    }
    const def = this.flow.actor!.definition;
    const step = stepById(def, s.current);
    const busy = s.status === 'submitting';
    const back = canGoBack(def, s, todayUtc());
    return html`<div part="base" class="base" dir=${this.localize.dir} aria-busy=${busy ? 'true' : 'false'}>
      <slot name="logo"></slot>
      ${renderStepper(s)} ${this.announcer.region}
      ${s.status === 'complete'
        ? this.renderComplete(s)
        : html`<h2 part="heading" data-step-heading tabindex="-1">${this.localize.text(step?.title ?? '')}</h2>
            ${renderAlert(s, (e) => this.flow.send(e))} ${renderSummary(this.localize, s, this.showSummary, this.view)}
            <div part="body" class="body">
              ${this.canShowView(s, step) ? this.renderView(s) : html`<p class="loading" aria-busy="true">${this.localize.t('common.loading')}</p>`}
            </div>
            <div part="footer" class="footer">
              <dots-button part="continue" variant="primary" ?busy=${busy} @click=${() => this.flow.send({ type: 'next' })}
                >${this.localize.text(SUBMIT_LABELS[s.current] ?? 'common.continue')}</dots-button
              >
              ${back
                ? html`<dots-button part="back" variant="secondary" @click=${() => this.flow.send({ type: 'back' })}>${this.localize.t('common.back')}</dots-button>`
                : nothing}
              ${this.allowExit
                ? html`<dots-button part="exit" variant="link" @click=${() => this.flow.send({ type: 'exit' })}>${this.localize.t('flow.exit')}</dots-button>`
                : nothing}
            </div>`}
      <slot name="legal"></slot>
    </div>`;
  }
}
