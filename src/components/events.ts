/**
 * Events of the building-block elements. All bubble and are composed, so an owner (a flow, a
 * host page) hears them across shadow roots. Flows declare their own events beside theirs.
 */
import type { Reason } from '../core/validation/index.ts';

export interface DotsValueDetail<T = unknown> {
  /** The `name` of the element that changed. */
  name: string;
  value: T;
}

/** Why a money text is not an amount, found by the element itself (its native constraint state). */
export type MoneyReason = 'required' | 'nan' | 'negative' | 'decimals' | 'too_small' | 'too_large';

export interface DotsMoneyDetail extends DotsValueDetail<number | null> {
  /** The text exactly as typed (never lost). */
  text: string;
  currency: string;
  /** Null when the text is a valid amount within `min`/`max`. */
  reason: MoneyReason | null;
}

export interface DotsPhoneDetail extends DotsValueDetail<string | null> {
  /** ISO 3166-1 alpha-2 country picked in the select. */
  country: string;
  /** The national number as typed. */
  national: string;
  /** `{ country_code, phone_number }` as the API wants them, when valid. */
  country_code: string | null;
  phone_number: string | null;
  reason: Reason | null;
}

export interface DotsOtpDetail extends DotsValueDetail<string> {
  /** True when `length` digits are present. */
  complete: boolean;
}

export interface DotsEventMap {
  /** Every edit, as it happens. */
  'dots-input': CustomEvent<DotsValueDetail>;
  /** A committed change (native `change`: blur after editing, a select pick, a checkbox toggle). */
  'dots-change': CustomEvent<DotsValueDetail>;
  /** The one-time code has all its digits. */
  'dots-complete': CustomEvent<DotsOtpDetail>;
  /** The Retry button of a `dots-alert` was pressed; the owner retries. */
  'dots-retry': CustomEvent<{ code: string | null }>;
  /** The close button of a dismissible `dots-alert` was pressed. */
  'dots-dismiss': CustomEvent<Record<string, never>>;
  /** An error summary link moved focus to a field. */
  'dots-error-focus': CustomEvent<{ target: string | null }>;
}

export type DotsEventName = keyof DotsEventMap;
export type DotsEventDetail<K extends DotsEventName> = DotsEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a typed, bubbling, composed event. Returns false when a listener called preventDefault. */
export function emit<K extends DotsEventName>(target: EventTarget, type: K, detail: DotsEventDetail<K>, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface HTMLElementEventMap extends DotsEventMap {}
}
