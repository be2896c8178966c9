/**
 * The pure reducer: (definition, snapshot, event) -> new snapshot, effects to run, notices to
 * publish. No I/O, no clock, no randomness: the actor passes today's date and fresh keys in.
 * Every change returns a new snapshot object; an ignored event returns the same one.
 */
import { maskValue, stripValues } from './sensitive.ts';
import type {
  BackendErrorInfo,
  Effect,
  EffectResult,
  FieldErrors,
  FlowDefinition,
  FlowNotice,
  FlowSnapshot,
  GroupInfo,
  MachineEvent,
  MessageRef,
  Pending,
  Prefill,
  StepDefinition,
  StepEnv,
  StepValues,
  Transition,
} from './types.ts';
import { validateStep } from './validate.ts';

export interface ReducerEnv {
  /** `YYYY-MM-DD` */
  today: string;
}

export interface InitialOptions<C> {
  userId?: string | null;
  flowId?: string | null;
  prefill?: Prefill;
  hidden?: readonly string[];
  context?: Partial<C>;
  today: string;
}

type Snap<C> = FlowSnapshot<C>;
/** Mutable working copy of the shared snapshot fields while a transition is built. */
type Draft<C> = Omit<Snap<C>, 'status'> & { status: Snap<C>['status']; pending?: Pending; error?: BackendErrorInfo };

const SERVER_SOURCE = 'server' as const;

export const groupOf = <C>(step: StepDefinition<C>): string => step.group ?? step.id;

export function stepById<C>(def: FlowDefinition<C>, id: string): StepDefinition<C> | undefined {
  return def.steps.find((s) => s.id === id);
}

function requireStep<C>(def: FlowDefinition<C>, id: string): StepDefinition<C> {
  const step = stepById(def, id);
  if (!step) throw new Error(`dots-flows: no step "${id}" in flow "${def.id}"`);
  return step;
}

export function envOf<C>(snap: Pick<Snap<C>, 'context' | 'userId' | 'flowId' | 'values'>, today: string): StepEnv<C> {
  return { context: snap.context, userId: snap.userId, flowId: snap.flowId, values: snap.values, today };
}

function isVisible<C>(step: StepDefinition<C>, hidden: readonly string[], env: StepEnv<C>): boolean {
  if (hidden.includes(step.id) || hidden.includes(groupOf(step))) return false;
  return step.when ? step.when(env) : true;
}

/** Visible step ids, in order. The step on screen stays visible even if its condition flipped. */
export function computeVisible<C>(def: FlowDefinition<C>, snap: Omit<Draft<C>, 'visible' | 'groups'>, today: string): string[] {
  const env = envOf(snap, today);
  return def.steps.filter((s) => s.id === snap.current || isVisible(s, snap.hidden, env)).map((s) => s.id);
}

function computeGroups<C>(def: FlowDefinition<C>, d: Draft<C>): GroupInfo[] {
  const groups: GroupInfo[] = [];
  const currentGroup = stepById(def, d.current) ? groupOf(requireStep(def, d.current)) : null;
  for (const id of d.visible) {
    const step = requireStep(def, id);
    const g = groupOf(step);
    if (groups.some((x) => x.id === g)) continue;
    const members = d.visible.filter((v) => groupOf(requireStep(def, v)) === g);
    const done = members.every((m) => d.completed.includes(m));
    const state: GroupInfo['state'] =
      d.status === 'complete' ? 'done' : g === currentGroup ? 'current' : done ? 'done' : 'upcoming';
    groups.push({ id: g, label: step.label ?? step.title, state });
  }
  return groups;
}

/** Seals a working copy into a new snapshot: derived lists recomputed, seq bumped. */
function commit<C>(def: FlowDefinition<C>, d: Draft<C>, prev: Snap<C>, today: string): Snap<C> {
  const visible = computeVisible(def, d, today);
  const next = { ...d, visible, seq: prev.seq + 1 } as Draft<C>;
  next.groups = computeGroups(def, next);
  if (next.status !== 'submitting' && next.status !== 'failed') delete next.pending;
  if (next.status !== 'failed') delete next.error;
  return next as Snap<C>;
}

function work<C>(snap: Snap<C>): Draft<C> {
  return { ...snap } as Draft<C>;
}

export function initialSnapshot<C>(def: FlowDefinition<C>, opts: InitialOptions<C>): Snap<C> {
  if (def.steps.length === 0) throw new Error(`dots-flows: flow "${def.id}" has no steps`);
  const context = { ...def.context, ...(opts.context ?? {}) } as C;
  const hidden = [...(opts.hidden ?? [])];
  const base = { context, userId: opts.userId ?? null, flowId: opts.flowId ?? null, values: {} as Record<string, StepValues> };
  const env = envOf(base, opts.today);
  for (const step of def.steps) {
    const start = step.initial ? step.initial({ ...env, values: base.values }) : {};
    const sensitive = step.sensitive ?? {};
    for (const [field, v] of Object.entries(opts.prefill ?? {})) {
      if (field in start && !(field in sensitive) && v !== undefined) start[field] = v;
    }
    base.values[step.id] = start;
  }
  const first = def.steps.find((s) => isVisible(s, hidden, envOf(base, opts.today))) ?? def.steps[0]!;
  const d: Draft<C> = {
    version: 1,
    flow: def.id,
    seq: 0,
    ready: false,
    status: 'editing',
    ...base,
    current: first.id,
    visible: [],
    groups: [],
    hidden,
    touched: {},
    errors: {},
    completed: [],
    submitted: {},
    masked: {},
    intents: {},
  };
  d.visible = computeVisible(def, d, opts.today);
  d.groups = computeGroups(def, d);
  return d as Snap<C>;
}

// ---- small helpers ----

function sameValues(a: StepValues | undefined, b: StepValues | undefined): boolean {
  if (!a || !b) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

/** Errors to show for a step: schema errors on touched fields, plus server errors still standing. */
function visibleErrors<C>(def: FlowDefinition<C>, d: Draft<C>, stepId: string, today: string, keepServer: FieldErrors): FieldErrors {
  const step = requireStep(def, stepId);
  const touched = d.touched[stepId] ?? {};
  const v = validateStep(step, envOf(d, today), d.values[stepId] ?? {});
  const out: FieldErrors = {};
  for (const [field, msg] of Object.entries(keepServer)) out[field] = msg;
  for (const [field, msg] of Object.entries(v.errors)) if (touched[field]) out[field] = msg;
  return out;
}

function serverErrors(errors: FieldErrors, except?: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [f, m] of Object.entries(errors)) if (f !== except && m.source === SERVER_SOURCE) out[f] = m;
  return out;
}

function nextVisible<C>(def: FlowDefinition<C>, d: Draft<C>, today: string): string | null {
  const visible = computeVisible(def, d, today);
  const idx = def.steps.findIndex((s) => s.id === d.current);
  for (const step of def.steps.slice(idx + 1)) if (visible.includes(step.id)) return step.id;
  return null;
}

function canRevisit<C>(step: StepDefinition<C>, d: Draft<C>, today: string): boolean {
  return step.canRevisit ? step.canRevisit(envOf(d, today)) : true;
}

function prevVisible<C>(def: FlowDefinition<C>, d: Draft<C>, today: string): string | null {
  const idx = def.steps.findIndex((s) => s.id === d.current);
  for (const step of def.steps.slice(0, idx).reverse()) {
    if (!d.visible.includes(step.id)) continue;
    return canRevisit(step, d, today) ? step.id : null;
  }
  return null;
}

function applyResult<C>(d: Draft<C>, stepId: string, result: EffectResult<C> | undefined): void {
  if (!result) return;
  if (result.userId !== undefined) d.userId = result.userId;
  if (result.flowId !== undefined) d.flowId = result.flowId;
  if (result.context) d.context = { ...d.context, ...result.context };
  if (result.values) {
    d.values = { ...d.values, [stepId]: { ...(d.values[stepId] ?? {}), ...result.values } };
    const touched = { ...(d.touched[stepId] ?? {}) };
    for (const f of Object.keys(result.values)) delete touched[f];
    d.touched = { ...d.touched, [stepId]: touched };
  }
}

function run<C>(d: Draft<C>, prev: Snap<C>, pending: Omit<Pending, 'id'>): Effect {
  d.status = 'submitting';
  d.pending = { ...pending, id: prev.seq + 1 };
  delete d.error;
  return { type: 'run', pending: d.pending };
}

/** Enters `d.current`: errors of the new step, then its load effect if it has one. */
function enter<C>(def: FlowDefinition<C>, d: Draft<C>, prev: Snap<C>, today: string, effects: Effect[]): void {
  d.errors = visibleErrors(def, d, d.current, today, {});
  const step = requireStep(def, d.current);
  if (step.load) effects.push(run(d, prev, { kind: 'load', step: step.id }));
  else d.status = 'editing';
}

function advance<C>(def: FlowDefinition<C>, d: Draft<C>, prev: Snap<C>, today: string, effects: Effect[], notices: FlowNotice[]): void {
  const nextId = nextVisible(def, d, today);
  if (!nextId) {
    d.status = 'complete';
    d.errors = {};
    notices.push({ type: 'complete' });
    return;
  }
  const from = d.current;
  d.current = nextId;
  notices.push({ type: 'step-change', from, to: nextId, group: groupOf(requireStep(def, nextId)) });
  enter(def, d, prev, today, effects);
}

function completedGroups<C>(def: FlowDefinition<C>, d: Draft<C>, today: string): string[] {
  const visible = computeVisible(def, d, today);
  const groups: string[] = [];
  for (const id of visible) {
    const g = groupOf(requireStep(def, id));
    if (groups.includes(g)) continue;
    const members = visible.filter((v) => groupOf(requireStep(def, v)) === g);
    if (members.every((m) => d.completed.includes(m))) groups.push(g);
  }
  return groups;
}

/** A submit succeeded (or a step without submit was confirmed): record it and move on. */
function finishStep<C>(
  def: FlowDefinition<C>,
  d: Draft<C>,
  prev: Snap<C>,
  today: string,
  result: EffectResult<C> | undefined,
  effects: Effect[],
  notices: FlowNotice[],
): void {
  const step = requireStep(def, d.current);
  applyResult(d, step.id, result);
  const sensitive = step.sensitive ?? {};
  const raw = d.values[step.id] ?? {};
  const masked: Record<string, string> = { ...(d.masked[step.id] ?? {}) };
  for (const [field, mode] of Object.entries(sensitive)) {
    const m = maskValue(raw[field] ?? null);
    if (mode === 'last4' && m) masked[field] = m;
  }
  const stripped = stripValues(raw, sensitive);
  d.values = { ...d.values, [step.id]: stripped };
  d.masked = { ...d.masked, [step.id]: masked };
  d.submitted = { ...d.submitted, [step.id]: stripped };
  if (!d.completed.includes(step.id)) d.completed = [...d.completed, step.id];
  const touched = { ...(d.touched[step.id] ?? {}) };
  for (const f of Object.keys(sensitive)) delete touched[f];
  d.touched = { ...d.touched, [step.id]: touched };
  d.errors = {};

  const nextId = nextVisible(def, d, today);
  const group = groupOf(step);
  const groupComplete = !nextId || groupOf(requireStep(def, nextId)) !== group;
  const summary = step.summary ? step.summary(envOf(d, today)) : {};
  notices.push({ type: 'step-complete', step: step.id, group, groupComplete, summary });
  if (groupComplete && def.record) {
    effects.push(run(d, prev, { kind: 'record', step: step.id }));
    return;
  }
  advance(def, d, prev, today, effects, notices);
}

function invalid<C>(d: Draft<C>, stepId: string, errors: FieldErrors, notices: FlowNotice[]): void {
  const touched = { ...(d.touched[stepId] ?? {}) };
  for (const f of Object.keys(d.values[stepId] ?? {})) touched[f] = true;
  for (const f of Object.keys(errors)) touched[f] = true;
  d.touched = { ...d.touched, [stepId]: touched };
  d.errors = { ...serverErrors(d.errors), ...errors };
  d.status = 'editing';
  notices.push({ type: 'invalid', step: stepId, fields: Object.keys(d.errors) });
}

function errorField<C>(step: StepDefinition<C>, values: StepValues, error: BackendErrorInfo): { field: string; message: MessageRef } | null {
  const mapped = step.mapError ? step.mapError(error) : error.field && error.field in values ? { field: error.field } : null;
  if (!mapped) return null;
  const key = error.code === 'validation' ? 'errors.format' : `errors.backend.${error.code}`;
  return { field: mapped.field, message: mapped.message ?? { key } };
}

function goTo<C>(def: FlowDefinition<C>, d: Draft<C>, prev: Snap<C>, today: string, target: string, effects: Effect[], notices: FlowNotice[]): void {
  if (prev.status === 'submitting') effects.push({ type: 'abort' });
  const from = d.current;
  d.current = target;
  delete d.pending;
  delete d.error;
  d.status = 'editing';
  notices.push({ type: 'step-change', from, to: target, group: groupOf(requireStep(def, target)) });
  enter(def, d, prev, today, effects);
}

const SAME = <C>(snapshot: Snap<C>): Transition<C> => ({ snapshot, effects: [], notices: [] });

// ---- the reducer ----

export function reduce<C>(def: FlowDefinition<C>, snap: Snap<C>, event: MachineEvent<C>, env: ReducerEnv): Transition<C> {
  const { today } = env;
  const d = work(snap);
  const effects: Effect[] = [];
  const notices: FlowNotice[] = [];
  const done = (): Transition<C> => ({ snapshot: commit(def, d, snap, today), effects, notices });
  const step = stepById(def, snap.current);
  if (!step) return SAME(snap);

  switch (event.type) {
    case 'start': {
      if (!snap.ready) {
        effects.push(run(d, snap, { kind: 'init', step: step.id }));
        return done();
      }
      notices.push({ type: 'ready' });
      if (snap.status === 'submitting') {
        const p = snap.pending;
        if (p.kind === 'submit' || p.kind === 'action') {
          // Input stripped from a draft cannot be sent again: back to the form, nothing lost but that.
          const v = validateStep(step, envOf(snap, today), snap.values[step.id] ?? {});
          if (!v.ok) {
            d.status = 'editing';
            return done();
          }
        }
        effects.push(run(d, snap, { ...p }));
        return done();
      }
      if (snap.status === 'editing' && step.load) {
        effects.push(run(d, snap, { kind: 'load', step: step.id }));
        return done();
      }
      return { snapshot: snap, effects, notices };
    }

    case 'change': {
      if (snap.status === 'complete') return SAME(snap);
      // While a submit runs the values it sent stay as they are; while the flow starts, a screen
      // shown early (showWhileStarting) is being filled in.
      if (snap.status === 'submitting' && !(snap.pending.kind === 'init' && step.showWhileStarting)) return SAME(snap);
      const values = snap.values[step.id] ?? {};
      if (values[event.field] === event.value) return SAME(snap);
      d.values = { ...snap.values, [step.id]: { ...values, [event.field]: event.value } };
      d.errors = visibleErrors(def, d, step.id, today, serverErrors(snap.errors, event.field));
      if (snap.status === 'failed' && (snap.pending.kind === 'submit' || snap.pending.kind === 'action')) d.status = 'editing';
      return done();
    }

    case 'blur': {
      if (snap.status === 'complete') return SAME(snap);
      if (snap.touched[step.id]?.[event.field]) return SAME(snap);
      d.touched = { ...snap.touched, [step.id]: { ...(snap.touched[step.id] ?? {}), [event.field]: true } };
      d.errors = visibleErrors(def, d, step.id, today, serverErrors(snap.errors));
      return done();
    }

    case 'next': {
      // A second press while a submit runs does nothing: this is what prevents a double transfer.
      if (snap.status === 'submitting' || snap.status === 'complete' || !snap.ready) return SAME(snap);
      if (snap.status === 'failed' && !(snap.pending.kind === 'submit' || snap.pending.kind === 'action')) {
        return reduce(def, snap, { type: 'retry' }, env);
      }
      const values = snap.values[step.id] ?? {};
      if (snap.completed.includes(step.id) && sameValues(values, snap.submitted[step.id])) {
        // Revisited and left as it was (secrets already sent and dropped): nothing to send again.
        d.errors = {};
        advance(def, d, snap, today, effects, notices);
        return done();
      }
      const v = validateStep(step, envOf(snap, today), values);
      if (!v.ok) {
        invalid(d, step.id, v.errors, notices);
        return done();
      }
      if (!step.submit) {
        finishStep(def, d, snap, today, undefined, effects, notices);
        return done();
      }
      let key: string | null = null;
      if (step.intent) {
        const fingerprint = step.intent(v.data);
        const existing = snap.intents[step.id];
        key = existing && existing.fingerprint === fingerprint ? existing.key : event.freshKey ?? `${snap.flowId ?? def.id}:${step.id}:${snap.userId ?? 'anon'}:${snap.seq}`;
        d.intents = { ...snap.intents, [step.id]: { key, fingerprint } };
      }
      d.errors = {};
      effects.push(run(d, snap, { kind: 'submit', step: step.id, idempotencyKey: key }));
      return done();
    }

    case 'action': {
      if (snap.status === 'submitting' || snap.status === 'complete' || !snap.ready) return SAME(snap);
      if (snap.status === 'failed' && !(snap.pending.kind === 'submit' || snap.pending.kind === 'action')) return SAME(snap);
      const action = step.actions?.[event.name];
      if (!action) return SAME(snap);
      if (action.validate) {
        const v = validateStep(step, envOf(snap, today), snap.values[step.id] ?? {});
        if (!v.ok) {
          invalid(d, step.id, v.errors, notices);
          return done();
        }
      }
      const pending: Omit<Pending, 'id'> = { kind: 'action', step: step.id, action: event.name };
      if (event.payload !== undefined) pending.payload = event.payload;
      d.errors = serverErrors(snap.errors);
      effects.push(run(d, snap, pending));
      return done();
    }

    case 'retry': {
      if (snap.status !== 'failed') return SAME(snap);
      effects.push(run(d, snap, { ...snap.pending }));
      return done();
    }

    case 'back': {
      if (snap.status === 'complete') return SAME(snap);
      const target = prevVisible(def, d, today);
      if (!target) return SAME(snap);
      goTo(def, d, snap, today, target, effects, notices);
      return done();
    }

    case 'goto': {
      if (snap.status === 'complete' || event.step === snap.current) return SAME(snap);
      const target = stepById(def, event.step);
      const idxTarget = def.steps.findIndex((s) => s.id === event.step);
      const idxCurrent = def.steps.findIndex((s) => s.id === snap.current);
      if (!target || idxTarget > idxCurrent || !snap.visible.includes(target.id) || !canRevisit(target, d, today)) return SAME(snap);
      goTo(def, d, snap, today, target.id, effects, notices);
      return done();
    }

    case 'exit': {
      notices.push({ type: 'exit', step: snap.current });
      return { snapshot: snap, effects, notices };
    }

    case 'done': {
      if ((snap.status !== 'submitting' && snap.status !== 'failed') || snap.pending.id !== event.id) return SAME(snap);
      const p = snap.pending;
      switch (p.kind) {
        case 'init': {
          applyResult(d, step.id, event.result);
          d.ready = true;
          notices.push({ type: 'ready' });
          const env2 = envOf(d, today);
          // The context may now rule the first step out (a user id makes sign-in moot).
          if (!isVisible(step, d.hidden, env2)) {
            const first = def.steps.find((s) => isVisible(s, d.hidden, env2));
            if (!first) {
              d.status = 'complete';
              notices.push({ type: 'complete' });
              return done();
            }
            d.current = first.id;
          }
          enter(def, d, snap, today, effects);
          return done();
        }
        case 'load': {
          applyResult(d, step.id, event.result);
          d.status = 'editing';
          d.errors = visibleErrors(def, d, step.id, today, serverErrors(snap.errors));
          return done();
        }
        case 'submit':
          finishStep(def, d, snap, today, event.result, effects, notices);
          return done();
        case 'action': {
          applyResult(d, step.id, event.result);
          d.status = 'editing';
          d.errors = visibleErrors(def, d, step.id, today, {});
          if (event.result.notice) notices.push({ type: 'announce', message: event.result.notice });
          return done();
        }
        case 'record':
          applyResult(d, step.id, event.result);
          advance(def, d, snap, today, effects, notices);
          return done();
      }
      return SAME(snap);
    }

    case 'fail': {
      if (snap.status !== 'submitting' || snap.pending.id !== event.id) return SAME(snap);
      d.status = 'failed';
      d.pending = snap.pending;
      d.error = event.error;
      if (snap.pending.kind === 'submit' || snap.pending.kind === 'action') {
        const mapped = errorField(step, snap.values[step.id] ?? {}, event.error);
        if (mapped) {
          d.errors = { ...snap.errors, [mapped.field]: { ...mapped.message, source: SERVER_SOURCE } };
          d.touched = { ...snap.touched, [step.id]: { ...(snap.touched[step.id] ?? {}), [mapped.field]: true } };
        }
      }
      notices.push({ type: 'error', step: step.id, error: event.error, kind: snap.pending.kind });
      return done();
    }
  }
}

/** Whether Back leads anywhere from here (a previous visible step that may be revisited). */
export function canGoBack<C>(def: FlowDefinition<C>, snap: Snap<C>, today: string): boolean {
  return snap.status !== 'complete' && prevVisible(def, work(snap), today) !== null;
}

/** Completed groups (all visible steps done), in order: what the flow record lists. */
export function groupsDone<C>(def: FlowDefinition<C>, snap: Snap<C>, today: string): string[] {
  return completedGroups(def, work(snap), today);
}
