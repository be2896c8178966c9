/** Types for find-chromium.mjs (used from TypeScript tests and tools). */
export function findChromium(options?: { install?: boolean }): string;
export const chromiumArgs: string[];
