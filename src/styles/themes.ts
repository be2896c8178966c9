import { TOKENS, tokenProperty, tokenValue, type TokenName } from './tokens.ts';

export type ThemeName = 'light' | 'dark';

/**
 * The CSS of a theme file (`src/styles/themes/<name>.css`, shipped as `dots-flows/themes/<name>.css`):
 * every `--dots-*` token pinned to its value in that scheme, on `:root` so it reaches every element.
 * A test keeps the files equal to this output; edit tokens.ts, then regenerate with
 * `npx tsx scripts/gen-themes.ts`.
 */
export function themeCss(theme: ThemeName): string {
  const lines = (Object.keys(TOKENS) as TokenName[])
    .filter((n) => tokenValue(n, theme) !== 'inherit')
    .map((n) => `  ${tokenProperty(n)}: ${tokenValue(n, theme)};`);
  return [
    `/* dots-flows ${theme} theme: pins every --dots-* token. Generated from src/styles/tokens.ts. */`,
    ':root {',
    `  --dots-color-scheme: ${theme};`,
    ...lines,
    '}',
    '',
  ].join('\n');
}
