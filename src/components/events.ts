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
export type DotsEventDetail<K extends DotsEventName> = EventDetail<DotsEventMap, K>;

/** The detail type of event `K` in an event map (`{ 'dots-x': CustomEvent<Detail> }`). */
export type EventDetail<M, K extends keyof M> = M[K] extends CustomEvent<infer D> ? D : never;

/**
 * A dispatcher typed by an event map. Every event of the library is dispatched this way: bubbling
 * and composed (it leaves the shadow roots, so a host listens on the element or any ancestor);
 * the dispatcher returns false when a listener called preventDefault on a cancelable one.
 */
export function typedEmitter<M>() {
  return <K extends keyof M & string>(target: EventTarget, type: K, detail: EventDetail<M, K>, cancelable = false): boolean =>
    target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

/** Dispatches one of the events of the building blocks (fields, buttons, alerts). */
export const emit = typedEmitter<DotsEventMap>();

declare global {
  interface HTMLElementEventMap extends DotsEventMap {}
}
