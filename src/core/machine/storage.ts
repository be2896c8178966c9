/**
 * Reading snapshots back (from a host or a draft) is a boundary: whatever comes in is checked with
 * zod before the reducer sees it. Also a DraftStore over the Web Storage shape, so the element can
 * hand in `sessionStorage` (core itself never touches the DOM).
 */
import '../../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';
import type { DraftStore, FlowDefinition, FlowSnapshot } from './types.ts';

const FieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const StepValues = z.record(z.string(), FieldValue);
const Param = z.union([z.string(), z.number(), z.object({ money: z.number(), currency: z.string() })]);
const MessageRef = z.object({ key: z.string(), params: z.optional(z.record(z.string(), Param)), source: z.optional(z.literal('server')) });
const Pending = z.object({
  id: z.number(),
  kind: z.enum(['init', 'load', 'submit', 'action', 'record']),
  step: z.string(),
  action: z.optional(z.string()),
  payload: z.optional(z.json()),
  idempotencyKey: z.optional(z.nullable(z.string())),
});
const BackendError = z.object({ code: z.string(), message: z.string(), retryable: z.boolean(), field: z.optional(z.string()) });

const Core = {
  version: z.literal(1),
  flow: z.string(),
  seq: z.number(),
  ready: z.boolean(),
  userId: z.nullable(z.string()),
  flowId: z.nullable(z.string()),
  current: z.string(),
  visible: z.array(z.string()),
  groups: z.array(z.object({ id: z.string(), label: z.string(), state: z.enum(['done', 'current', 'upcoming']) })),
  hidden: z.array(z.string()),
  values: z.record(z.string(), StepValues),
  touched: z.record(z.string(), z.record(z.string(), z.literal(true))),
  errors: z.record(z.string(), MessageRef),
  completed: z.array(z.string()),
  submitted: z.record(z.string(), StepValues),
  masked: z.record(z.string(), z.record(z.string(), z.string())),
  intents: z.record(z.string(), z.object({ key: z.string(), fingerprint: z.string() })),
  context: z.record(z.string(), z.json()),
};

/**
 * A plain union, integers checked by `readSnapshot`: this schema is read as a flow starts, and zod's
 * discriminated-union and integer-format classes would be in every flow's first download for it
 * alone (about 1.1 kB gzip of the 40 kB budget).
 */
export const SnapshotSchema = z.union([
  z.object({ ...Core, status: z.literal('editing') }),
  z.object({ ...Core, status: z.literal('submitting'), pending: Pending }),
  z.object({ ...Core, status: z.literal('failed'), pending: Pending, error: BackendError }),
  z.object({ ...Core, status: z.literal('complete') }),
]);

/**
 * A snapshot for this flow, or null: wrong shape, another flow, or step ids this flow does not
 * have (a stale draft after an upgrade) are all refused rather than half-resumed.
 */
export function readSnapshot<C>(def: FlowDefinition<C>, input: unknown): FlowSnapshot<C> | null {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return null;
    }
  }
  const parsed = SnapshotSchema.safeParse(data);
  if (!parsed.success) return null;
  const snap = parsed.data;
  if (snap.flow !== def.id) return null;
  const counters = [snap.seq, ...(snap.status === 'submitting' || snap.status === 'failed' ? [snap.pending.id] : [])];
  if (!counters.every((n) => Number.isSafeInteger(n) && n >= 0)) return null;
  const ids = new Set(def.steps.map((s) => s.id));
  if (!ids.has(snap.current) || !snap.visible.every((id) => ids.has(id)) || !Object.keys(snap.values).every((id) => ids.has(id))) return null;
  if ((snap.status === 'submitting' || snap.status === 'failed') && !ids.has(snap.pending.step)) return null;
  // Steps added to the definition since the snapshot was made start empty rather than undefined.
  for (const step of def.steps) if (!snap.values[step.id]) snap.values[step.id] = {};
  return { ...snap, context: { ...def.context, ...snap.context } } as FlowSnapshot<C>;
}

/** The subset of the Web Storage API a draft needs (sessionStorage, localStorage, or a stand-in). */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A DraftStore over Web Storage. Quota and privacy-mode errors lose the draft, never the flow. */
export function webStorageDraftStore(storage: WebStorageLike): DraftStore {
  return {
    get(key) {
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        storage.setItem(key, value);
      } catch {
        /* storage full or disabled: the flow keeps working without a draft */
      }
    },
    remove(key) {
      try {
        storage.removeItem(key);
      } catch {
        /* nothing to clean */
      }
    },
  };
}

/** An in-memory DraftStore, for tests and for hosts that keep drafts themselves. */
export function memoryDraftStore(): DraftStore & { readonly entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: (key) => entries.get(key) ?? null,
    set: (key, value) => void entries.set(key, value),
    remove: (key) => void entries.delete(key),
  };
}
