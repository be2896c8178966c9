/**
 * Design tokens: the single list of every `--dots-*` custom property, with its light and dark
 * defaults. Everything else is derived from it: the `:host` declarations every element shares,
 * the theme CSS files, the appearance mapping and the contrast test.
 *
 * How theming works: public tokens (`--dots-color-text`) are never declared by the library's
 * own styles, only by the host (CSS, a theme file or `appearance`), so they inherit into nested
 * elements. Each element resolves them into private twins (`--_dots-color-text`) with
 * `light-dark()` defaults; `light-dark()` follows the element's `color-scheme`, which is
 * `light dark` (the OS preference) unless `--dots-color-scheme` or a `theme` attribute pins it.
 */

export type TokenDefault =
  | { light: string; dark: string } // a colour per scheme
  | { value: string } // one value for both schemes
  | { ref: string }; // another token's value (its name without `--dots-`)

// What each token is for is written beside it below (a comment, so it costs the bundle nothing).
export interface TokenSpec {
  default: TokenDefault;
  /** `color` tokens take part in the contrast test and theme files per scheme. */
  kind: 'color' | 'length' | 'font' | 'other';
}

const c = (light: string, dark: string): TokenSpec => ({ default: { light, dark }, kind: 'color' });
const ref = (to: string, kind: TokenSpec['kind'] = 'color'): TokenSpec => ({ default: { ref: to }, kind });
const v = (value: string, kind: TokenSpec['kind']): TokenSpec => ({ default: { value }, kind });

/** Token names are the custom property without the `--dots-` prefix. */
export const TOKENS = {
  // Surfaces and text
  'color-background': c('#ffffff', '#111318'), // Background of the flow.
  'color-surface': c('#f5f6f8', '#1b1e25'), // Background of panels, alerts and the stepper.
  'color-text': c('#1b1e23', '#eef0f3'), // Primary text.
  'color-text-secondary': c('#50575f', '#aab2bd'), // Secondary text: hints, captions, upcoming steps.
  'color-border': c('#767d87', '#8b939f'), // Borders of controls and separators that matter (3:1).
  'color-primary': c('#4338ca', '#a5b4fc'), // Brand colour: primary button, links, current step.
  'color-on-primary': c('#ffffff', '#111318'), // Text on the primary colour.
  'color-primary-hover': c('#3730a3', '#c7d2fe'), // Primary colour on hover.
  // Status
  'color-error': c('#b42318', '#fda29b'), // Error text, icons and invalid borders.
  'color-error-surface': c('#fef3f2', '#2a1614'), // Background of error alerts.
  'color-success': c('#067647', '#75e0a7'), // Success text and icons.
  'color-success-surface': c('#ecfdf3', '#0f2a1d'), // Background of success alerts.
  'color-warning': c('#93370d', '#fec84b'), // Warning text and icons.
  'color-warning-surface': c('#fffaeb', '#2a2110'), // Background of warning alerts.
  'color-info-surface': c('#eef2ff', '#1c1f3a'), // Background of information alerts.
  // Tabs (payout method choice, stepper)
  'tab-background': c('#eef0f4', '#22262e'), // Background of a tab.
  'tab-text': c('#3c424b', '#c9d0da'), // Text of a tab.
  'tab-active-background': ref('color-primary'), // Background of the selected tab.
  'tab-active-text': ref('color-on-primary'), // Text of the selected tab.
  // Buttons
  'button-background': ref('color-primary'), // Background of the primary button.
  'button-text': ref('color-on-primary'), // Text of the primary button.
  'button-hover-background': ref('color-primary-hover'), // Background of the primary button on hover.
  'button-secondary-background': ref('color-background'), // Background of secondary buttons (Back, Cancel).
  'button-secondary-text': ref('color-primary'), // Text of secondary buttons.
  'button-secondary-border': ref('color-border'), // Border of secondary buttons.
  'button-border-radius': ref('border-radius', 'length'), // Corner radius of buttons.
  // Inputs
  'input-background': c('#ffffff', '#181b21'), // Background of inputs.
  'input-text': ref('color-text'), // Text typed in inputs.
  'input-border': ref('color-border'), // Border of inputs.
  'input-placeholder': c('#6b7280', '#9aa3ae'), // Placeholder text in inputs.
  'input-focus-border': ref('color-primary'), // Border of the focused input.
  'input-border-radius': ref('border-radius', 'length'), // Corner radius of inputs.
  // Focus
  'focus-ring-color': ref('color-primary'), // Colour of the focus outline.
  'focus-ring-width': v('2px', 'length'), // Width of the focus outline.
  'focus-ring-offset': v('2px', 'length'), // Gap between a control and its focus outline.
  // Shape, space, type, motion
  'border-radius': v('8px', 'length'), // Corner radius of panels; buttons and inputs default to it.
  'border-width': v('1px', 'length'), // Width of control borders.
  spacing: v('1rem', 'length'), // Base spacing unit; smaller and larger gaps are fractions and multiples of it.
  'control-height': v('2.75rem', 'length'), // Minimum height of inputs and buttons (at least 24px target size).
  'font-family': v('inherit', 'font'), // Font of every element (inherits the host page by default).
  'font-size': v('inherit', 'font'), // Base font size (inherits the host page by default).
  'heading-font-family': ref('font-family', 'font'), // Font of step headings.
  'heading-font-size': v('1.375rem', 'font'), // Size of step headings.
  'font-weight-strong': v('600', 'font'), // Weight of headings, labels and buttons.
  'transition-duration': v('150ms', 'other'), // Duration of small transitions (0 when the user prefers reduced motion).
} as const satisfies Record<string, TokenSpec>;

export type TokenName = keyof typeof TOKENS;
/** `--dots-color-text` etc. */
export type TokenProperty = `--dots-${TokenName}`;

export const tokenProperty = (name: TokenName): TokenProperty => `--dots-${name}`;
export const privateProperty = (name: TokenName): string => `--_dots-${name}`;

/** Concrete value of a token in a scheme, following refs (used by theme files and the contrast test). */
export function tokenValue(name: TokenName, scheme: 'light' | 'dark'): string {
  const d: TokenDefault = TOKENS[name].default;
  if ('ref' in d) return tokenValue(d.ref as TokenName, scheme);
  if ('value' in d) return d.value;
  return d[scheme];
}

/** The CSS default expression of a private token: `light-dark()` for colours, refs via private twins. */
function defaultExpression(name: TokenName): string {
  const d: TokenDefault = TOKENS[name].default;
  if ('ref' in d) return `var(${privateProperty(d.ref as TokenName)})`;
  if ('value' in d) return d.value;
  return `light-dark(${d.light}, ${d.dark})`;
}

/** `--_dots-x: var(--dots-x, <default>);` for every token, in declaration order. */
export function privateDeclarations(): string {
  return (Object.keys(TOKENS) as TokenName[])
    .map((n) => `${privateProperty(n)}: var(${tokenProperty(n)}, ${defaultExpression(n)});`)
    .join('\n');
}

/** Pairs of (foreground, background) tokens that must meet AA, and the minimum ratio. */
export const CONTRAST_PAIRS: ReadonlyArray<readonly [TokenName, TokenName, number]> = [
  ['color-text', 'color-background', 4.5],
  ['color-text', 'color-surface', 4.5],
  ['color-text-secondary', 'color-background', 4.5],
  ['color-text-secondary', 'color-surface', 4.5],
  ['color-primary', 'color-background', 4.5],
  ['color-primary', 'color-surface', 4.5],
  ['color-on-primary', 'color-primary', 4.5],
  ['color-on-primary', 'color-primary-hover', 4.5],
  ['color-error', 'color-background', 4.5],
  ['color-error', 'color-error-surface', 4.5],
  ['color-error', 'input-background', 4.5],
  ['color-text', 'color-error-surface', 4.5],
  ['color-success', 'color-background', 4.5],
  ['color-success', 'color-success-surface', 4.5],
  ['color-text', 'color-success-surface', 4.5],
  ['color-warning', 'color-background', 4.5],
  ['color-warning', 'color-warning-surface', 4.5],
  ['color-text', 'color-warning-surface', 4.5],
  ['color-text', 'color-info-surface', 4.5],
  ['color-primary', 'color-info-surface', 4.5],
  ['tab-text', 'tab-background', 4.5],
  ['tab-active-text', 'tab-active-background', 4.5],
  ['button-text', 'button-background', 4.5],
  ['button-text', 'button-hover-background', 4.5],
  ['button-secondary-text', 'button-secondary-background', 4.5],
  ['button-secondary-border', 'button-secondary-background', 3],
  ['input-text', 'input-background', 4.5],
  ['input-placeholder', 'input-background', 4.5],
  ['color-text-secondary', 'input-background', 4.5],
  // Non-text: control boundaries and focus indicators (WCAG 1.4.11)
  ['color-border', 'color-background', 3],
  ['input-border', 'input-background', 3],
  ['input-border', 'color-background', 3],
  ['input-focus-border', 'input-background', 3],
  ['focus-ring-color', 'color-background', 3],
  ['focus-ring-color', 'color-surface', 3],
  ['button-background', 'color-background', 3],
  ['tab-active-background', 'color-background', 3],
  ['color-error', 'color-surface', 3],
];
