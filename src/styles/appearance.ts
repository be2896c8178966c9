import '../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';
import type { TokenProperty } from './tokens.ts';

/**
 * The `appearance` object a host can pass instead of writing CSS: camelCase keys, each setting
 * one `--dots-*` token. Covers every style variable the hosted Dots flow accepts (text, primary,
 * background, tab, button, input and placeholder colours, border radius) plus the rest of the
 * tokens. Numbers for lengths are pixels.
 */
export const APPEARANCE_TOKENS = {
  colorScheme: '--dots-color-scheme',
  backgroundColor: '--dots-color-background',
  surfaceColor: '--dots-color-surface',
  textColor: '--dots-color-text',
  textSecondaryColor: '--dots-color-text-secondary',
  borderColor: '--dots-color-border',
  primaryColor: '--dots-color-primary',
  onPrimaryColor: '--dots-color-on-primary',
  primaryHoverColor: '--dots-color-primary-hover',
  errorColor: '--dots-color-error',
  errorSurfaceColor: '--dots-color-error-surface',
  successColor: '--dots-color-success',
  successSurfaceColor: '--dots-color-success-surface',
  warningColor: '--dots-color-warning',
  warningSurfaceColor: '--dots-color-warning-surface',
  infoSurfaceColor: '--dots-color-info-surface',
  tabBackgroundColor: '--dots-tab-background',
  tabTextColor: '--dots-tab-text',
  tabActiveBackgroundColor: '--dots-tab-active-background',
  tabActiveTextColor: '--dots-tab-active-text',
  buttonBackgroundColor: '--dots-button-background',
  buttonTextColor: '--dots-button-text',
  buttonHoverBackgroundColor: '--dots-button-hover-background',
  buttonSecondaryBackgroundColor: '--dots-button-secondary-background',
  buttonSecondaryTextColor: '--dots-button-secondary-text',
  buttonSecondaryBorderColor: '--dots-button-secondary-border',
  buttonBorderRadius: '--dots-button-border-radius',
  inputBackgroundColor: '--dots-input-background',
  inputTextColor: '--dots-input-text',
  inputBorderColor: '--dots-input-border',
  inputPlaceholderColor: '--dots-input-placeholder',
  inputFocusBorderColor: '--dots-input-focus-border',
  inputBorderRadius: '--dots-input-border-radius',
  focusRingColor: '--dots-focus-ring-color',
  focusRingWidth: '--dots-focus-ring-width',
  focusRingOffset: '--dots-focus-ring-offset',
  borderRadius: '--dots-border-radius',
  borderWidth: '--dots-border-width',
  spacing: '--dots-spacing',
  controlHeight: '--dots-control-height',
  fontFamily: '--dots-font-family',
  fontSize: '--dots-font-size',
  headingFontFamily: '--dots-heading-font-family',
  headingFontSize: '--dots-heading-font-size',
  fontWeightStrong: '--dots-font-weight-strong',
  transitionDuration: '--dots-transition-duration',
} as const satisfies Record<string, TokenProperty | '--dots-color-scheme'>;

export type AppearanceKey = keyof typeof APPEARANCE_TOKENS;

const LENGTH_KEYS = new Set<AppearanceKey>([
  'buttonBorderRadius', 'inputBorderRadius', 'focusRingWidth', 'focusRingOffset', 'borderRadius', 'borderWidth',
  'spacing', 'controlHeight', 'fontSize', 'headingFontSize',
]);

// z.number() already refuses Infinity and NaN in zod 4 (classic `.finite()` was a no-op).
const value = z.optional(z.nullable(z.union([z.string().check(z.maxLength(200)), z.number()])));

/** Zod schema of {@link DotsAppearance}: unknown keys are refused so typos surface. */
export const DotsAppearanceSchema = z.strictObject(
  Object.fromEntries(Object.keys(APPEARANCE_TOKENS).map((k) => [k, value])) as Record<AppearanceKey, typeof value>,
);

export type DotsAppearance = {
  [K in AppearanceKey]?: K extends 'colorScheme' ? 'light' | 'dark' | 'light dark' | null : string | number | null;
};

const applied = new WeakMap<HTMLElement, Set<string>>();

function cssValue(key: AppearanceKey, v: string | number): string {
  return typeof v === 'number' ? (LENGTH_KEYS.has(key) ? `${v}px` : String(v)) : v;
}

/**
 * Sets the tokens of `appearance` as inline custom properties on `element` (they inherit into
 * every nested dots element). Properties set by a previous call and absent now are removed, so
 * calling it again with a new object updates the look in place: nothing is re-created and the
 * flow keeps its state. Throws a zod `$ZodError` on an unknown key or a value of the wrong type.
 */
export function applyAppearance(element: HTMLElement, appearance: DotsAppearance | null | undefined): void {
  const parsed = DotsAppearanceSchema.parse(appearance ?? {});
  const previous = applied.get(element) ?? new Set<string>();
  const next = new Set<string>();
  for (const [key, raw] of Object.entries(parsed) as Array<[AppearanceKey, string | number | null | undefined]>) {
    if (raw === null || raw === undefined || raw === '') continue;
    const prop = APPEARANCE_TOKENS[key];
    element.style.setProperty(prop, cssValue(key, raw));
    next.add(prop);
  }
  for (const prop of previous) if (!next.has(prop)) element.style.removeProperty(prop);
  applied.set(element, next);
}
