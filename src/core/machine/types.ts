/**
 * The step machine's vocabulary. A flow is data (a FlowDefinition: ordered steps, each with a zod
 * schema and optional effects); the reducer turns (snapshot, event) into a new snapshot plus the
 * effects to run; the actor runs those effects against a BackendAdapter. Everything in a snapshot
 * is plain JSON so a host can store it and resume later.
 */
import type * as z from 'zod/mini';
import type { BackendAdapter } from '../../adapters/types.ts';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** What a form field holds: text as typed, a checkbox, a number (cents), or nothing yet. */
export type FieldValue = string | number | boolean | null;
export type StepValues = Record<string, FieldValue>;

/** A message parameter; `{money, currency}` is formatted as money by the renderer. */
export type ParamValue = string | number | { money: number; currency: string };

/** An i18n message by key (`<namespace>.<key>`, e.g. `errors.routing_number.checksum`) with parameters. */
export interface MessageRef {
  key: string;
  params?: Record<string, ParamValue>;
  /** `server` when the backend reported it: kept until that field changes. */
  source?: 'server';
}

/** Field name -> the message shown next to it. */
export type FieldErrors = Record<string, MessageRef>;

/** A backend failure as the snapshot keeps it (a DotsError's JSON, or `unknown` for anything else). */
export interface BackendErrorInfo {
  code: string;
  message: string;
  retryable: boolean;
  field?: string;
}

/**
 * The host's prefill: flat, by field name (`email`, `first_name`, `phone`, `country`...). A step
 * takes the keys that match its own fields. Sensitive fields are never prefilled.
 */
export type Prefill = Record<string, FieldValue | undefined>;

/** How a sensitive field leaves memory: `strip` drops it, `last4` keeps `•••• 1234` for display. */
export type SensitiveMode = 'strip' | 'last4';

/** What `when`, `initial` and schema factories see: read-only flow state. */
export interface StepEnv<C> {
  readonly context: C;
  readonly userId: string | null;
  readonly flowId: string | null;
  /** Every step's values, by step id. */
  readonly values: Readonly<Record<string, StepValues>>;
  /** Today's date (`YYYY-MM-DD`), fixed per actor so validation is deterministic. */
  readonly today: string;
}

/** What an effect receives besides the adapter and the signal. */
export interface EffectIO<C> extends StepEnv<C> {
  readonly adapter: BackendAdapter;
  readonly signal: AbortSignal;
  /** The current step's own values (raw, as typed). */
  readonly stepValues: StepValues;
  /** Present on submits of steps that declare `intent`: the same key for the same intent. */
  readonly idempotencyKey: string | null;
}

/** What an effect gives back to the machine. */
export interface EffectResult<C> {
  userId?: string;
  flowId?: string;
  context?: Partial<C>;
  /** Merged into the step's values (e.g. a form reset after "Add"). Touched marks on them are cleared. */
  values?: StepValues;
  /** Announced politely (e.g. "Bank account added"). */
  notice?: MessageRef;
}

export interface StepAction<C> {
  /** Run the step's schema first; invalid input shows errors and runs nothing. */
  validate?: boolean;
  run(io: EffectIO<C> & { data: unknown; payload: Json | undefined }): Promise<EffectResult<C> | void>;
}

export type SchemaSource<C> = z.ZodMiniType | ((env: StepEnv<C>) => z.ZodMiniType);

export interface StepDefinition<C = object> {
  /** Unique within the flow (`sign-in-phone`, `compliance-w9`, `manage-payouts`...). */
  id: string;
  /** The stepper entry it belongs to; an API step name, or `sign-in`. Defaults to `id`. */
  group?: string;
  /** i18n key of the screen's heading. */
  title: string;
  /** i18n key of the stepper label for the group; defaults to `title`. */
  label?: string;
  /**
   * The screen needs nothing `init` brings (settings, the user): as the first screen it is shown
   * and can be filled in while the flow starts, so a person types at once; Continue waits for
   * `init` like any submit.
   */
  showWhileStarting?: boolean;
  /** Validates the step's values; its output is what `submit` receives. Messages are i18n keys. */
  schema?: SchemaSource<C>;
  /** Fields that must never reach a draft, an event or storage. */
  sensitive?: Readonly<Record<string, SensitiveMode>>;
  /** Shown only when this returns true (e.g. W-8BEN when the country is not the US). */
  when?(env: StepEnv<C>): boolean;
  /** The step's fields with their starting values; host prefill is applied over them by name. */
  initial?(env: StepEnv<C>): StepValues;
  /** Runs when the step is entered (and on resume): loads what the step shows. */
  load?(io: EffectIO<C>): Promise<EffectResult<C> | void>;
  /** Runs on Continue with valid input. */
  submit?(adapter: BackendAdapter, data: unknown, signal: AbortSignal, io: EffectIO<C>): Promise<EffectResult<C> | void>;
  /** Other things the step can do without leaving it (add / remove a payout method, resend a code). */
  actions?: Readonly<Record<string, StepAction<C>>>;
  /**
   * A fingerprint of what a submit intends (e.g. amount + method). When declared, the submit gets
   * an idempotency key created once per intent and kept in the snapshot: a retry or a resume of
   * the same intent reuses it, so the backend never does the work twice.
   */
  intent?(data: unknown): string;
  /** Maps a backend error to one of the step's fields; by default `error.field` when the step has it. */
  mapError?(error: BackendErrorInfo): { field: string; message?: MessageRef } | null;
  /** Whether Back may return here once done (false after money moved or a user was created). */
  canRevisit?(env: StepEnv<C>): boolean;
  /** Masked, non-secret facts about the finished step for `dots-step-complete` (ids, last four). */
  summary?(env: StepEnv<C>): Record<string, string | number | boolean | null>;
  /**
   * The rest of the step, loaded on demand (code splitting per step): a page downloads a step's
   * rules, effects and screen only when its flow has that step, and while the person is on the
   * first one. What the stepper and a new snapshot need from the start stays synchronous (id,
   * group, title, label, when, initial, sensitive, canRevisit). The actor loads the bodies as it
   * starts (`resolveSteps`) and waits for a step's body before entering it, so the reducer only
   * ever enters a step whose body is there. What the step itself has wins over what its body
   * repeats.
   */
  body?(): Promise<Partial<StepDefinition<C>>>;
}

export interface FlowDefinition<C = object> {
  /** Names the flow; a snapshot or draft of another flow is never resumed into this one. */
  id: string;
  steps: readonly StepDefinition<C>[];
  /** Starting context (host configuration goes here too). */
  context: C;
  /** Runs once before the first step: settings, the flow record, the user. */
  init?(io: EffectIO<C>): Promise<EffectResult<C> | void>;
  /**
   * Loads what the steps' checks need and may not have yet (the phone and bank validation
   * libraries). Started with the actor, so it loads while the first step renders; `init` and every
   * submit wait for it. Must be idempotent: it is called more than once.
   */
  prepare?(): Promise<void>;
  /** Runs when a group finishes: keeps the backend's flow record in step. */
  record?(io: EffectIO<C>, completedGroups: readonly string[]): Promise<EffectResult<C> | void>;
}

/** The effect the snapshot is waiting for. Plain JSON so a resumed snapshot can run it again. */
export interface Pending {
  /** Matches results to requests: a result for an older id is ignored. */
  id: number;
  kind: 'init' | 'load' | 'submit' | 'action' | 'record';
  step: string;
  action?: string;
  payload?: Json;
  idempotencyKey?: string | null;
}

export interface GroupInfo {
  id: string;
  /** i18n key of the stepper label. */
  label: string;
  state: 'done' | 'current' | 'upcoming';
}

interface SnapshotCore<C> {
  version: 1;
  /** FlowDefinition id. */
  flow: string;
  /** Increments on every change. */
  seq: number;
  /** Init has run (settings and the flow record are known). */
  ready: boolean;
  userId: string | null;
  flowId: string | null;
  /** The step on screen. */
  current: string;
  /** Step ids shown, in order (after `when` and the host's hidden steps). */
  visible: string[];
  /** Stepper entries derived from `visible`. */
  groups: GroupInfo[];
  /** Steps or groups the host hid. */
  hidden: string[];
  /** What the person typed, per step. Back and forward keep it. */
  values: Record<string, StepValues>;
  touched: Record<string, Record<string, true>>;
  /** Errors to show on the current step: touched fields, or all after a submit attempt. */
  errors: FieldErrors;
  /** Steps whose submit succeeded. */
  completed: string[];
  /** Per step, the values as they were submitted (to tell an unchanged revisit). */
  submitted: Record<string, StepValues>;
  /** `•••• 1234` versions of sensitive fields that were submitted and then dropped. */
  masked: Record<string, Record<string, string>>;
  /** Idempotency keys by step, with the intent they belong to. */
  intents: Record<string, { key: string; fingerprint: string }>;
  context: C;
}

export type EditingSnapshot<C = object> = SnapshotCore<C> & { status: 'editing' };
export type SubmittingSnapshot<C = object> = SnapshotCore<C> & { status: 'submitting'; pending: Pending };
export type FailedSnapshot<C = object> = SnapshotCore<C> & { status: 'failed'; pending: Pending; error: BackendErrorInfo };
export type CompleteSnapshot<C = object> = SnapshotCore<C> & { status: 'complete' };

export type FlowSnapshot<C = object> = EditingSnapshot<C> | SubmittingSnapshot<C> | FailedSnapshot<C> | CompleteSnapshot<C>;
export type FlowStatus = FlowSnapshot['status'];

/** What a renderer (or a headless host) sends. */
export type FlowEvent =
  | { type: 'change'; field: string; value: FieldValue }
  | { type: 'blur'; field: string }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'goto'; step: string }
  | { type: 'action'; name: string; payload?: Json }
  | { type: 'retry' }
  | { type: 'exit' };

/** Events the actor adds: the start, effect outcomes, and fresh keys it generated for the reducer. */
export type MachineEvent<C = object> =
  | Exclude<FlowEvent, { type: 'next' } | { type: 'action' }>
  | { type: 'next'; freshKey?: string }
  | { type: 'action'; name: string; payload?: Json; freshKey?: string }
  | { type: 'start' }
  | { type: 'done'; id: number; result: EffectResult<C> }
  | { type: 'fail'; id: number; error: BackendErrorInfo };

/** Things that happened, for renderers to announce and elements to turn into DOM events. */
export type FlowNotice =
  | { type: 'ready' }
  | { type: 'step-change'; from: string | null; to: string; group: string }
  | { type: 'step-complete'; step: string; group: string; groupComplete: boolean; summary: Record<string, string | number | boolean | null> }
  | { type: 'invalid'; step: string; fields: string[] }
  | { type: 'error'; step: string; error: BackendErrorInfo; kind: Pending['kind'] }
  | { type: 'announce'; message: MessageRef }
  | { type: 'complete' }
  | { type: 'exit'; step: string };

export type Effect = { type: 'run'; pending: Pending } | { type: 'abort' };

export interface Transition<C> {
  snapshot: FlowSnapshot<C>;
  effects: Effect[];
  notices: FlowNotice[];
}

/** Where the actor keeps a draft between page loads. The element passes sessionStorage. */
export interface DraftStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}
