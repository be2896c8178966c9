/**
 * The actor: holds the current snapshot, feeds events through the pure reducer, runs the effects
 * it asks for (adapter calls) with an AbortController that is aborted when the step is left or
 * the actor stopped, writes the draft, and tells subscribers. One actor runs one flow.
 */
import type { BackendAdapter } from '../../adapters/types.ts';
import { allResolved, isResolved, resolveSteps } from './lazy-steps.ts';
import { initialSnapshot, reduce, groupsDone, stepById } from './reducer.ts';
import { toStorable } from './sensitive.ts';
import { readSnapshot } from './storage.ts';
import type {
  BackendErrorInfo,
  DraftStore,
  EffectIO,
  EffectResult,
  FlowDefinition,
  FlowEvent,
  FlowNotice,
  FlowSnapshot,
  MachineEvent,
  Pending,
  Prefill,
} from './types.ts';
import { validateStep } from './validate.ts';

export interface FlowActorOptions<C> {
  definition: FlowDefinition<C>;
  adapter: BackendAdapter;
  /** The signed-in user, when the host already has one (no sign-in step then). */
  userId?: string | null;
  /** An existing flow record to continue. */
  flowId?: string | null;
  prefill?: Prefill;
  /** Step ids or group names (API step names) the host does not want shown. */
  hidden?: readonly string[];
  /** Host configuration merged into the definition's starting context. */
  context?: Partial<C>;
  /** A saved snapshot to resume (checked; ignored when it belongs to another flow or user). */
  snapshot?: unknown;
  /** Where drafts go; the draft is read when no snapshot is given. */
  draft?: { store: DraftStore; key: string };
  /** Fresh idempotency keys. Defaults to `crypto.randomUUID()`. */
  createId?: () => string;
  /** `YYYY-MM-DD` used by date rules; defaults to today in UTC. */
  today?: string;
}

export type SnapshotListener<C> = (snapshot: FlowSnapshot<C>) => void;
export type NoticeListener<C> = (notice: FlowNotice, snapshot: FlowSnapshot<C>) => void;

export interface FlowActor<C = object> {
  readonly definition: FlowDefinition<C>;
  getSnapshot(): FlowSnapshot<C>;
  /** The snapshot with every sensitive value removed: what a host should store. */
  getStorableSnapshot(): FlowSnapshot<C>;
  /** Called on every new snapshot. Returns an unsubscribe function. */
  subscribe(listener: SnapshotListener<C>): () => void;
  /** Called for each notice (step change, completion, errors...), after snapshot listeners. */
  onNotice(listener: NoticeListener<C>): () => void;
  send(event: FlowEvent): void;
  /** Runs init (or resumes what a restored snapshot was waiting for). Idempotent. */
  start(): void;
  /** Aborts the running effect; a later `start()` picks up where it stopped. */
  stop(): void;
  readonly running: boolean;
}

function toErrorInfo(e: unknown): BackendErrorInfo {
  if (e && typeof e === 'object' && 'code' in e && 'message' in e && typeof (e as { code: unknown }).code === 'string') {
    const err = e as { code: string; message: unknown; retryable?: unknown; field?: unknown };
    const info: BackendErrorInfo = {
      code: err.code,
      message: String(err.message),
      retryable: typeof err.retryable === 'boolean' ? err.retryable : false,
    };
    if (typeof err.field === 'string') info.field = err.field;
    return info;
  }
  // Anything that is not a DotsError is a bug or a broken backend: say so and allow a retry.
  return { code: 'unknown', message: e instanceof Error ? e.message : String(e), retryable: true };
}

const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export function createFlowActor<C>(options: FlowActorOptions<C>): FlowActor<C> {
  // Replaced by the resolved definition once the steps' bodies have arrived (lazy-steps.ts).
  let def = options.definition;
  const adapter = options.adapter;
  const today = options.today ?? todayUtc();
  const createId = options.createId ?? (() => globalThis.crypto.randomUUID());
  const draft = options.draft;

  const fresh = (): FlowSnapshot<C> =>
    initialSnapshot(def, {
      userId: options.userId ?? null,
      flowId: options.flowId ?? null,
      prefill: options.prefill ?? {},
      hidden: options.hidden ?? [],
      context: options.context ?? {},
      today,
    });

  const resumable = (s: FlowSnapshot<C> | null): s is FlowSnapshot<C> =>
    !!s && (!options.userId || !s.userId || s.userId === options.userId) && s.status !== 'complete';

  let snapshot: FlowSnapshot<C>;
  const given = options.snapshot !== undefined ? readSnapshot(def, options.snapshot) : null;
  const fromDraft = !given && draft ? readSnapshot(def, draft.store.get(draft.key)) : null;
  snapshot = resumable(given) ? given : resumable(fromDraft) ? fromDraft : fresh();
  if (options.context) snapshot = { ...snapshot, context: { ...snapshot.context, ...options.context } };
  const listeners = new Set<SnapshotListener<C>>();
  const noticeListeners = new Set<NoticeListener<C>>();
  let controller: AbortController | null = null;
  let running = false;
  const queue: MachineEvent<C>[] = [];
  let draining = false;

  function writeDraft(): void {
    if (!draft) return;
    if (snapshot.status === 'complete') draft.store.remove(draft.key);
    else draft.store.set(draft.key, JSON.stringify(toStorable(def, snapshot)));
  }

  /** Loads the lazy steps' bodies (once) and swaps in the complete definition. */
  async function resolved(): Promise<void> {
    def = await resolveSteps(def);
  }

  function abort(): void {
    controller?.abort();
    controller = null;
  }

  function io(pending: Pending, signal: AbortSignal): EffectIO<C> {
    return {
      adapter,
      signal,
      context: snapshot.context,
      userId: snapshot.userId,
      flowId: snapshot.flowId,
      values: snapshot.values,
      today,
      stepValues: snapshot.values[pending.step] ?? {},
      idempotencyKey: pending.idempotencyKey ?? null,
    };
  }

  async function perform(pending: Pending, signal: AbortSignal): Promise<EffectResult<C> | void> {
    const x = io(pending, signal);
    switch (pending.kind) {
      case 'init': {
        const prepared = def.prepare?.();
        const result = await def.init?.(x);
        await prepared;
        return result;
      }
      case 'record':
        return def.record?.(x, groupsDone(def, snapshot, today));
      case 'load':
        await def.prepare?.();
        return stepById(def, pending.step)?.load?.(x);
      case 'submit':
      case 'action': {
        await def.prepare?.();
        const step = stepById(def, pending.step);
        if (!step) return;
        const v = validateStep(step, x, x.stepValues);
        // The reducer only starts a submit with valid input; this guards resumed snapshots.
        if (!v.ok) throw { code: 'validation', message: 'input no longer valid', retryable: false };
        if (pending.kind === 'submit') return step.submit?.(adapter, v.data, signal, x);
        return step.actions?.[pending.action ?? '']?.run({ ...x, data: v.data, payload: pending.payload });
      }
    }
  }

  function runEffect(pending: Pending): void {
    abort();
    const ctrl = new AbortController();
    controller = ctrl;
    // Effects start after the current event is fully processed, so they always see its snapshot.
    queueMicrotask(() => {
      if (ctrl.signal.aborted) return;
      perform(pending, ctrl.signal).then(
        async (result) => {
          const done: MachineEvent<C> = { type: 'done', id: pending.id, result: result ?? {} };
          // The step this result leads to must have its code: the reducer is pure, so ask it where
          // the flow goes, and wait for the steps' bodies first when that step's is not in yet
          // (once every body is in, as after the first step, there is nothing to ask).
          if (!ctrl.signal.aborted && !allResolved(def) && !isResolved(stepById(def, reduce(def, snapshot, done, { today }).snapshot.current))) {
            try {
              await resolved();
            } catch (error) {
              if (ctrl.signal.aborted) return;
              if (controller === ctrl) controller = null;
              // Offline before the next step's code arrived: a retry runs the call again, with
              // the same idempotency key, and loads the code again.
              dispatch({ type: 'fail', id: pending.id, error: { code: 'network', message: error instanceof Error ? error.message : String(error), retryable: true } });
              return;
            }
          }
          if (ctrl.signal.aborted) return;
          if (controller === ctrl) controller = null;
          dispatch(done);
        },
        (error: unknown) => {
          if (ctrl.signal.aborted) return;
          if (controller === ctrl) controller = null;
          dispatch({ type: 'fail', id: pending.id, error: toErrorInfo(error) });
        },
      );
    });
  }

  function dispatch(event: MachineEvent<C>): void {
    queue.push(event);
    if (draining) return;
    draining = true;
    try {
      while (queue.length) {
        const ev = queue.shift()!;
        const t = reduce(def, snapshot, ev, { today });
        const changed = t.snapshot !== snapshot;
        snapshot = t.snapshot;
        for (const effect of t.effects) {
          if (effect.type === 'abort') abort();
          else if (running) runEffect(effect.pending);
        }
        if (changed) {
          writeDraft();
          for (const l of [...listeners]) l(snapshot);
        }
        for (const n of t.notices) for (const l of [...noticeListeners]) l(n, snapshot);
      }
    } finally {
      draining = false;
    }
  }

  return {
    get definition() {
      return def;
    },
    getSnapshot: () => snapshot,
    getStorableSnapshot: () => toStorable(def, snapshot),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    onNotice(listener) {
      noticeListeners.add(listener);
      return () => void noticeListeners.delete(listener);
    },
    send(event) {
      if (!running) return;
      // Nothing is on screen for a step whose code is still loading; a key press then waits for it.
      if (!isResolved(stepById(def, snapshot.current))) {
        resolved().then(() => this.send(event), () => undefined);
        return;
      }
      if (event.type === 'next' || event.type === 'action') dispatch({ ...event, freshKey: createId() });
      else dispatch(event);
    },
    start() {
      if (running) return;
      running = true;
      // A resumed snapshot skips init: start loading now so the checks are ready before typing.
      def.prepare?.().catch(() => undefined);
      // A new start runs init; its result waits for the steps' code if the step it leads to needs it.
      if (!snapshot.ready || isResolved(stepById(def, snapshot.current))) {
        // The later steps download while the person is on the first one.
        resolved().catch(() => undefined);
        dispatch({ type: 'start' });
        return;
      }
      // Resumed on a step whose code has not arrived: not ready (renderers show that they are
      // loading) until it has; then it goes on as it would have, a submit under way included.
      snapshot = { ...snapshot, ready: false };
      resolved().then(
        () => {
          if (!running) return;
          const back = (snapshot = { ...snapshot, ready: true });
          dispatch({ type: 'start' });
          // Renderers hear of it once: from the start's own change, or here when it changed nothing.
          if (snapshot === back) for (const l of [...listeners]) l(snapshot);
        },
        () => {
          if (!running) return;
          // Could not load it (offline): start over from init, which loads it again and offers a
          // retry when it fails. What was typed stays; a submit keeps its idempotency key for
          // when the person presses Continue again.
          const { pending: _p, error: _e, ...rest } = snapshot as FlowSnapshot<C> & { pending?: Pending; error?: BackendErrorInfo };
          snapshot = { ...rest, ready: false, status: 'editing' } as FlowSnapshot<C>;
          dispatch({ type: 'start' });
        },
      );
    },
    stop() {
      running = false;
      abort();
    },
    get running() {
      return running;
    },
  };
}
