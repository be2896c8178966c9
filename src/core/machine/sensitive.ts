/**
 * Sensitive fields (account numbers, IBANs, tax ids, one-time codes, document numbers) live only
 * in the running actor's memory, only until they are submitted. This module strips them from
 * anything that leaves memory: drafts, saved snapshots, event details.
 */
import type { FieldValue, FlowDefinition, FlowSnapshot, SensitiveMode, StepValues } from './types.ts';

const BULLETS = '••••';

/** `•••• 6789` from whatever was typed (separators ignored); empty for nothing typed. */
export function maskValue(value: FieldValue): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  const chars = String(value).replace(/[\s\-.]/g, '');
  if (!chars) return '';
  return `${BULLETS} ${chars.slice(-4)}`;
}

export function sensitiveFields<C>(def: FlowDefinition<C>, stepId: string): Readonly<Record<string, SensitiveMode>> {
  return def.steps.find((s) => s.id === stepId)?.sensitive ?? {};
}

/** The step's values with sensitive fields emptied. */
export function stripValues(values: StepValues, sensitive: Readonly<Record<string, SensitiveMode>>): StepValues {
  const out: StepValues = { ...values };
  for (const field of Object.keys(sensitive)) if (field in out) out[field] = '';
  return out;
}

/**
 * The snapshot as it may be stored: every sensitive value emptied (in `values` and `submitted`),
 * its touched mark and error dropped. Everything else is kept so the flow resumes where it was;
 * a submit whose input was stripped goes back to editing on resume.
 */
export function toStorable<C>(def: FlowDefinition<C>, snapshot: FlowSnapshot<C>): FlowSnapshot<C> {
  const values: Record<string, StepValues> = {};
  const submitted: Record<string, StepValues> = {};
  const touched: Record<string, Record<string, true>> = {};
  for (const [stepId, v] of Object.entries(snapshot.values)) values[stepId] = stripValues(v, sensitiveFields(def, stepId));
  for (const [stepId, v] of Object.entries(snapshot.submitted)) submitted[stepId] = stripValues(v, sensitiveFields(def, stepId));
  for (const [stepId, t] of Object.entries(snapshot.touched)) {
    const sens = sensitiveFields(def, stepId);
    touched[stepId] = Object.fromEntries(Object.entries(t).filter(([f]) => !(f in sens))) as Record<string, true>;
  }
  const currentSensitive = sensitiveFields(def, snapshot.current);
  const errors = Object.fromEntries(Object.entries(snapshot.errors).filter(([f]) => !(f in currentSensitive)));
  // JSON round trip: a stored snapshot is exactly what a reader will get back.
  return JSON.parse(JSON.stringify({ ...snapshot, values, submitted, touched, errors })) as FlowSnapshot<C>;
}
