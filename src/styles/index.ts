export { TOKENS, CONTRAST_PAIRS, tokenProperty, privateProperty, tokenValue, privateDeclarations } from './tokens.ts';
export type { TokenName, TokenProperty, TokenSpec, TokenDefault } from './tokens.ts';
export { hostStyles } from './host.ts';
export { themeCss, type ThemeName } from './themes.ts';
export { APPEARANCE_TOKENS, DotsAppearanceSchema, applyAppearance, type DotsAppearance, type AppearanceKey } from './appearance.ts';
export { contrastRatio, luminance, parseColor, AA_TEXT, AA_UI } from './contrast.ts';
export { focusRing, controlStyles, buttonStyles, srOnly } from './shared.ts';
