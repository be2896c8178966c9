// Writes src/styles/themes/<name>.css from src/styles/tokens.ts (a test checks they stay equal).
import { writeFileSync } from 'node:fs';
import { themeCss, type ThemeName } from '../src/styles/themes.ts';

for (const theme of ['light', 'dark'] as ThemeName[]) {
  writeFileSync(new URL(`../src/styles/themes/${theme}.css`, import.meta.url), themeCss(theme));
}
