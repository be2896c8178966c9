/** Types for size-budget.mjs (used by test/node/size-budget.test.ts). */
export interface Sizes { min: number; gzip: number; brotli: number }
export interface Row extends Sizes { id: string; name: string; budget: number | null; over?: boolean; /** how many files (script-tag rows: each compressed on its own) */ files?: number }
export interface Share { group: string; bytes: number; share: number }
export const BUDGETS: { script: number; scriptPage: number; onboarding: number };
export const SCRIPT_DIR: string;
export const SCRIPT_ENTRY: string;
export function staticImports(code: string | Uint8Array): string[];
export function upFrontOutputs(outputs: Record<string, { imports?: Array<{ path: string; kind: string; external?: boolean }> }>, start: string): Set<string>;
export function dynamicImports(code: string | Uint8Array): string[];
export interface ScriptGraph {
  /** every .js file of the script build, by path relative to its outDir (`cdn/chunks/x.js`) */
  files: Map<string, Buffer>;
  /** the files and what they import statically, transitively */
  closure(paths: Iterable<string>): Set<string>;
  /** what a file imports with `import()` */
  lazy(path: string): string[];
  /** the chunk named `<prefix>-<hash>.js` */
  chunk(prefix: string): string;
  entry: string;
}
export function scriptGraph(dir: string): ScriptGraph;
export function measureFiles(buffers: Iterable<Uint8Array>): Sizes;
export function scriptRows(dir: string): Row[];
export function scriptShares(dir: string): Share[];
export function moduleSharesOf(files: Array<{ code: string | Uint8Array; map: { sources: string[]; mappings: string } }>): Share[];
export function measure(code: string | Uint8Array): Sizes;
export function checkBudgets(rows: Row[]): { rows: Row[]; ok: boolean };
export function decodeMappings(mappings: string): Array<Array<[number, number]>>;
export function bytesPerSource(code: string | Uint8Array, map: { sources: string[]; mappings: string }, unmapped?: string): Map<string, number>;
export function moduleShares(code: string | Uint8Array, map: { sources: string[]; mappings: string }): Share[];
export function vite(args: string[], env?: Record<string, string>): void;
export function layOutPackage(work: string): string;
export interface HostFile { path: string; contents: Uint8Array }
export function hostBundle(
  work: string,
  name: string,
  source: string,
  options?: { external?: string[]; sourcemap?: boolean },
): Promise<{ initial: HostFile[]; lazy: HostFile[]; metafile: import('esbuild').Metafile; map(file: HostFile): string }>;
export function measureAll(options?: { keep?: boolean }): Promise<{ rows: Row[]; ok: boolean; shares: Share[] }>;
export function formatTable(result: { rows: Row[]; shares?: Share[] }): string;
