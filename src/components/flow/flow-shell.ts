import { html, nothing, type TemplateResult } from 'lit';
import type { AnnouncerController } from '../../controllers/announcer.ts';
import type { FocusController } from '../../controllers/focus.ts';
import type { LocalizeController } from '../../controllers/localize.ts';
import { groupOf, stepById } from '../../core/machine/reducer.ts';
import { webStorageDraftStore } from '../../core/machine/storage.ts';
import type { DraftStore, FlowDefinition, FlowEvent, FlowNotice, FlowSnapshot } from '../../core/machine/types.ts';
import type { DotsErrorSummaryItem } from '../dots-error-summary/dots-error-summary.ts';
import type { DotsStepView } from '../steps/step-view.ts';
import { resolveMessage } from '../steps/messages.ts';
import { emitFlowEvent } from './events.ts';

/**
 * The parts every flow element (`dots-flow`, `dots-payout-claim-flow`) shows and emits the same
 * way: stepper, backend alert, error summary, and the notices that become events unchanged.
 * Each element keeps its own state and decides when to show which part.
 */

type AnySnap = FlowSnapshot<object>;
type Notice<K extends FlowNotice['type']> = Extract<FlowNotice, { type: K }>;

export const listConverter = {
  fromAttribute: (v: string | null): string[] => (v ? v.split(/[\s,]+/).filter(Boolean) : []),
  toAttribute: (v: string[] | undefined): string | null => (v?.length ? v.join(' ') : null),
};

const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;
/** A stable number per object (0 for none), so a configuration key changes when the object does. */
export const idOf = (o: unknown): number => {
  if (!o || typeof o !== 'object') return 0;
  let id = objectIds.get(o);
  if (!id) objectIds.set(o, (id = nextObjectId += 1));
  return id;
};

export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export function sessionDrafts(): DraftStore | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : webStorageDraftStore(sessionStorage);
  } catch {
    return null; // storage blocked (sandboxed iframe, privacy settings): no drafts, the flow still works
  }
}

/**
 * Sends the `dots-flow-input` events of the host's own step views to `send`. Only from a step
 * view of this flow's own shadow root, never one of a nested flow.
 */
export function listenForStepInput(host: HTMLElement, send: (e: FlowEvent) => void): void {
  host.addEventListener('dots-flow-input', (e) => {
    const ev = e as CustomEvent<FlowEvent>;
    if (!(ev.composedPath()[0] as Element | undefined)?.hasAttribute?.('data-step-view')) return;
    ev.stopPropagation();
    send(ev.detail);
  });
}

/** Where focus goes after a rendered failure: the error summary, or the alert with Try again. */
export type PendingFocus = 'summary' | 'alert' | null;

/**
 * The alert and the error summary are needed only when something went wrong, so a flow's first
 * download leaves them out: the flow fetches them once its first screen is up, and anything that
 * shows them waits for them.
 */
export const loadFailureParts = (): Promise<unknown> => Promise.all([import('../dots-alert/define.ts'), import('../dots-error-summary/define.ts')]);

export function focusPending(focuser: FocusController, target: PendingFocus): void {
  if (!target) return;
  void loadFailureParts().then(() => (target === 'summary' ? focuser.focusErrorSummary('dots-error-summary') : focuser.focus('dots-alert')));
}

export const flowIds = (s: AnySnap) => ({ flowId: s.flowId, userId: s.userId });

const currentGroup = (s: AnySnap): string => s.groups.find((g) => g.state === 'current')?.id ?? s.current;

/** Server field errors on a failed non-retryable call go to the summary instead of the alert. */
export const hasServerFieldErrors = (s: AnySnap): boolean => Object.values(s.errors).some((e) => e.source === 'server');

export function renderStepper(s: AnySnap): TemplateResult | typeof nothing {
  if (s.groups.length < 2) return nothing;
  const currentIndex = s.status === 'complete' ? s.groups.length : Math.max(0, s.groups.findIndex((g) => g.state === 'current'));
  return html`<dots-stepper part="stepper" .steps=${s.groups.map((g) => ({ id: g.id, label: g.label }))} .current=${currentIndex}></dots-stepper>`;
}

export function renderAlert(s: AnySnap, send: (e: FlowEvent) => void): TemplateResult | typeof nothing {
  if (s.status !== 'failed') return nothing;
  if (hasServerFieldErrors(s) && !s.error.retryable) return nothing;
  return html`<dots-alert
    part="alert"
    variant="error"
    .error=${{ code: s.error.code, message: s.error.message, retryable: s.error.retryable }}
    @dots-retry=${() => send({ type: 'retry' })}
  ></dots-alert>`;
}

export function renderSummary(
  localize: LocalizeController,
  s: AnySnap,
  show: boolean,
  view: DotsStepView | null,
): TemplateResult | typeof nothing {
  if (!show || s.status === 'complete' || s.status === 'submitting') return nothing;
  const items: DotsErrorSummaryItem[] = Object.entries(s.errors).map(([field, ref]) => {
    const r = resolveMessage(localize, ref);
    const target = view?.fieldElement(field) ?? undefined;
    return { message: r.key, ...(r.params ? { params: r.params } : {}), ...(target ? { target } : {}) };
  });
  if (!items.length) return nothing;
  return html`<dots-error-summary part="error-summary" .errors=${items}></dots-error-summary>`;
}

export function emitReady(host: HTMLElement, s: AnySnap): void {
  emitFlowEvent(host, 'dots-ready', { ...flowIds(s), steps: s.groups.map((g) => g.id), step: currentGroup(s) });
}

/** Emits `dots-step-change` and announces "step N of M: name" (and the screen, within a step). */
export function emitStepChange<C extends object>(
  host: HTMLElement,
  localize: LocalizeController,
  announcer: AnnouncerController,
  def: FlowDefinition<C> | undefined,
  n: Notice<'step-change'>,
  s: FlowSnapshot<C>,
): void {
  const fromStep = n.from && def ? stepById(def, n.from) : undefined;
  const index = s.groups.findIndex((g) => g.id === n.group);
  emitFlowEvent(host, 'dots-step-change', {
    ...flowIds(s),
    step: n.group,
    screen: n.to,
    previousStep: fromStep ? groupOf(fromStep) : null,
    previousScreen: n.from,
    index: index + 1,
    total: s.groups.length,
  });
  const g = s.groups.find((x) => x.id === n.group);
  const name = g ? localize.text(g.label) : n.group;
  const progress = { current: index + 1, total: s.groups.length, name };
  // Another screen of the same step (sign-in: phone, code, profile) says which screen, or the
  // region would repeat "Step 1 of 3: Sign in" word for word.
  const toStep = def ? stepById(def, n.to) : undefined;
  const sameStep = fromStep !== undefined && groupOf(fromStep) === n.group;
  announcer.announce(
    sameStep && toStep
      ? localize.t('common.progress.step_of_named_screen', { ...progress, screen: localize.text(toStep.title) })
      : localize.t('common.progress.step_of_named', progress),
  );
}

export function emitStepComplete(host: HTMLElement, n: Notice<'step-complete'>, s: AnySnap): void {
  if (n.groupComplete) emitFlowEvent(host, 'dots-step-complete', { ...flowIds(s), step: n.group, screen: n.step, summary: n.summary });
}

/** The API step an error notice belongs to, and the fields of `dots-flow-error` both flows share. */
export function errorDetail<C extends object>(def: FlowDefinition<C> | undefined, n: Notice<'error'>, s: FlowSnapshot<C>) {
  const step = def ? stepById(def, n.step) : undefined;
  return {
    ...flowIds(s),
    step: step ? groupOf(step) : n.step,
    screen: n.step,
    code: n.error.code,
    message: n.error.message,
    retryable: n.error.retryable,
  };
}

export function emitExit(host: HTMLElement, s: AnySnap): void {
  emitFlowEvent(host, 'dots-flow-exit', { ...flowIds(s), reason: 'exit', step: currentGroup(s), url: null }, true);
}
