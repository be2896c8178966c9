#!/usr/bin/env node
// `npm run size` (issue 9): what a page downloads, minified, gzip and brotli, against the budgets:
//   - the script-tag entry (dist/cdn/dots-flows.js, an ES module) with its static imports, what
//     every page with the tag downloads before any element appears: at most 60 kB gzip;
//   - a script-tag page with <dots-onboarding-flow> and the HTTP adapter: the entry, the chunks
//     the tag's lazy define loads up front and `load('http')`'s: at most 60 kB gzip; the same for
//     a page with <dots-payout-claim-flow>, the other ready flow;
//   - the onboarding flow alone from npm, bundled with Lit and zod: at most 40 kB gzip.
// The script-tag rows sum each file's own compressed size (each is its own request); the npm
// rows compress the host bundle's first download as one buffer.
// The npm figures come from a package laid out as a host project sees it after `npm install`
// (node_modules/dots-flows with its package.json, exports map and sideEffects), bundled and
// minified with esbuild as a host's bundler would. Then a share per module of the whole library.
// Prints a table; exits 1 when a bundle is over its budget. kB = 1000 bytes.
//   node scripts/size-budget.mjs [--json] [--keep]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const KB = 1000;

export const BUDGETS = {
  script: 60 * KB,
  scriptPage: 60 * KB,
  onboarding: 40 * KB,
};

/** The script build's output folder inside its outDir, and its entry there. */
export const SCRIPT_DIR = 'cdn';
export const SCRIPT_ENTRY = 'dots-flows.js';

/** Sizes of one piece of code: minified bytes, gzip (level 9) and brotli (quality 11). */
export function measure(code) {
  const buf = Buffer.isBuffer(code) ? code : Buffer.from(code);
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Each row gets `over` (gzip above its budget); `ok` is false when any row is over. */
export function checkBudgets(rows) {
  const checked = rows.map((r) => ({ ...r, over: r.budget != null && r.gzip > r.budget }));
  return { rows: checked, ok: checked.every((r) => !r.over) };
}

/** `vite build` with these arguments, from the project root; throws with its output when it fails. */
export function vite(args, env = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', ...args, '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vite build ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

/** A host project in `work`: its package.json, and node_modules/dots-flows = this package.json + a fresh dist/. */
export function layOutPackage(work) {
  const pkgDir = join(work, 'node_modules/dots-flows');
  mkdirSync(pkgDir, { recursive: true });
  copyFileSync(join(ROOT, 'package.json'), join(pkgDir, 'package.json'));
  vite(['--outDir', join(pkgDir, 'dist'), '--emptyOutDir']);
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'size-host', private: true, type: 'module' }));
  return pkgDir;
}

/**
 * Bundles `source` in the host project `work` as a host app would (esbuild, minified, code
 * splitting on, as Vite, webpack and Rollup apps have it). `initial` is what the page loads up
 * front: the entry chunk and the chunks it imports statically. Dynamic imports (other locales'
 * catalogs, the validation libraries) become `lazy` chunks, loaded only when asked for. Each file
 * is `{ path, contents }`, its path relative to `work`; `map(file)` is its source map's text when
 * `sourcemap` is on.
 */
export async function hostBundle(work, name, source, { external = [], sourcemap = false } = {}) {
  writeFileSync(join(work, `${name}.js`), source);
  const out = await build({
    entryPoints: [join(work, `${name}.js`)],
    absWorkingDir: work,
    external,
    bundle: true,
    splitting: true,
    outdir: join(work, `out-${name}`),
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    write: false,
    ...(sourcemap ? { sourcemap: 'external' } : {}),
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = out.metafile.outputs;
  const files = new Map(out.outputFiles.map((f) => [relative(work, f.path).split(sep).join('/'), { path: relative(work, f.path).split(sep).join('/'), contents: f.contents }]));
  // esbuild marks dynamic-import targets as entry points too: start from ours.
  const start = Object.keys(outputs).find((o) => outputs[o].entryPoint === `${name}.js`);
  if (!start) throw new Error(`no output for ${name}.js`);
  const initial = upFrontOutputs(outputs, start);
  const js = (keys) => keys.filter((k) => k.endsWith('.js')).map((k) => files.get(k));
  return {
    initial: js([...initial]),
    lazy: js(Object.keys(outputs).filter((o) => !initial.has(o))),
    metafile: out.metafile,
    map: (file) => Buffer.from(files.get(`${file.path}.map`).contents).toString('utf8'),
  };
}

/**
 * The static imports of an ES chunk, as written (`./x.js`): Rolldown puts every `import … from "…"`
 * and `import "…"` at the top of the file, so they are read there and nowhere else (a string
 * further down that looks like an import is not one); re-exports (`export {…} from "…"`, in
 * facade chunks) are statements of their own wherever they are.
 */
export function staticImports(code) {
  const text = typeof code === 'string' ? code : Buffer.from(code).toString('utf8');
  const specs = [];
  const lead = /^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/y;
  const statement = /import\s*(?:[^"'`();]*?\s*from\s*)?(["'])([^"'\n]+)\1\s*;?/y;
  let at = 0;
  for (;;) {
    lead.lastIndex = at;
    at += lead.exec(text)?.[0].length ?? 0;
    statement.lastIndex = at;
    const m = statement.exec(text);
    if (!m) break;
    specs.push(m[2]);
    at = statement.lastIndex;
  }
  for (const m of text.matchAll(/(?:^|[;}\s])export\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^{}"'`]*\})\s*from\s*(["'])([^"'\n]+)\1/g)) specs.push(m[2]);
  return specs;
}

/** The `import("…")` targets of an ES chunk (the lazy ones). */
export function dynamicImports(code) {
  const text = typeof code === 'string' ? code : Buffer.from(code).toString('utf8');
  return [...text.matchAll(/(?<![\w$.])import\(\s*([`'"])([^`'"]+)\1\s*\)/g)].map((m) => m[2]);
}

/**
 * The script build in `dir` (its `cdn/` folder) as an import graph: `files` maps each .js path
 * (relative to `dir`, e.g. `cdn/chunks/x.js`) to its bytes; `closure(paths)` is those files and
 * everything they import statically, transitively (what the browser fetches before they run).
 */
export function scriptGraph(dir) {
  const files = new Map();
  const walk = (rel) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) files.set(path, readFileSync(join(dir, path)));
    }
  };
  walk(SCRIPT_DIR);
  const resolveSpec = (from, spec) => posix.normalize(posix.join(posix.dirname(from), spec));
  const edges = (from, specs) =>
    specs.map((spec) => {
      const to = resolveSpec(from, spec);
      if (!files.has(to)) throw new Error(`${from} imports ${spec}, which is not in the build`);
      return to;
    });
  const closure = (paths) => {
    const seen = new Set();
    const visit = (path) => {
      if (seen.has(path)) return;
      if (!files.has(path)) throw new Error(`${path} is not in the build`);
      seen.add(path);
      for (const to of edges(path, staticImports(files.get(path)))) visit(to);
    };
    paths.forEach(visit);
    return seen;
  };
  const lazy = (path) => edges(path, dynamicImports(files.get(path)));
  /** The chunk named `<prefix>-<hash>.js` (see vite.config.ts's scriptChunkName). */
  const chunk = (prefix) => {
    const found = [...files.keys()].filter((p) => new RegExp(`^${SCRIPT_DIR}/chunks/${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[\\w-]{8}\\.js$`).test(p));
    if (found.length !== 1) throw new Error(`expected one chunk ${prefix}-<hash>.js, found ${found.length}`);
    return found[0];
  };
  return { files, closure, lazy, chunk, entry: `${SCRIPT_DIR}/${SCRIPT_ENTRY}` };
}

/** Sizes of several files, each compressed on its own (each is its own request), summed. */
export function measureFiles(buffers) {
  const total = { min: 0, gzip: 0, brotli: 0 };
  for (const buf of buffers) {
    const m = measure(buf);
    total.min += m.min;
    total.gzip += m.gzip;
    total.brotli += m.brotli;
  }
  return total;
}

/**
 * The script-tag rows from the script build in `dir`: up front, a page with the onboarding flow
 * and the HTTP adapter, a page with the claim flow and the HTTP adapter, every other file, and the on-demand extras (other locales' catalogs, the
 * phone and bank validation libraries).
 */
export function scriptRows(dir) {
  const g = scriptGraph(dir);
  const bytes = (paths) => measureFiles([...paths].map((p) => g.files.get(p)));
  const upFront = g.closure([g.entry]);
  const page = g.closure([...upFront, g.chunk('element-onboarding-flow'), g.chunk('adapter-http')]);
  const claimPage = g.closure([...upFront, g.chunk('element-payout-claim-flow'), g.chunk('adapter-http')]);
  // They must be lazy imports of the entry, or the pages would not load them this way.
  const entryLazy = new Set(g.lazy(g.entry));
  for (const name of ['element-onboarding-flow', 'element-payout-claim-flow', 'adapter-http']) {
    if (!entryLazy.has(g.chunk(name))) throw new Error(`${g.entry} does not import ${name} lazily`);
  }
  const extra = (p) => /\/chunks\/(locale-[\w-]+|validation-(phone|bank))-[\w-]{8}\.js$/.test(p);
  const all = [...g.files.keys()];
  return [
    { id: 'script', name: 'script tag: dots-flows.js up front (every element and API on demand)', ...bytes(upFront), files: upFront.size, budget: BUDGETS.script },
    { id: 'script-page', name: 'script tag: page with <dots-onboarding-flow> + HttpAdapter', ...bytes(page), files: page.size, budget: BUDGETS.scriptPage },
    { id: 'script-claim', name: 'script tag: page with <dots-payout-claim-flow> + HttpAdapter', ...bytes(claimPage), files: claimPage.size, budget: BUDGETS.scriptPage },
    { id: 'script-all', name: 'script tag: all files (but other locales and phone/bank libs)', ...bytes(all.filter((p) => !extra(p))), files: all.filter((p) => !extra(p)).length, budget: null },
    { id: 'script-extras', name: 'script tag: other locales (es, fr, pt-BR, ar) + phone/bank libs, on demand', ...bytes(all.filter(extra)), files: all.filter(extra).length, budget: null },
  ];
}

/** Module shares over every file of the script build in `dir`, from their source maps. */
export function scriptShares(dir) {
  const g = scriptGraph(dir);
  // A facade chunk that only re-exports gets no map: its bytes count as unmapped.
  const mapOf = (path) => (existsSync(join(dir, `${path}.map`)) ? JSON.parse(readFileSync(join(dir, `${path}.map`), 'utf8')) : { sources: [], mappings: '' });
  return moduleSharesOf([...g.files].map(([path, code]) => ({ code, map: mapOf(path) })));
}

/**
 * The outputs of an esbuild metafile that load with `start`: it and what it imports statically,
 * transitively (dynamic imports stay out). Output paths, as the metafile writes them.
 */
export function upFrontOutputs(outputs, start) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imp of outputs[file]?.imports ?? []) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
  };
  visit(start);
  return seen;
}

/** The first download of a host bundle as one buffer (what the budget measures). */
const firstDownload = (bundled) => Buffer.concat(bundled.initial.map((f) => Buffer.from(f.contents)));

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a source map's `mappings` into [generatedLine][] of [column, sourceIndex or -1]. */
export function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) {
        source += fields[1];
        segments.push([column, source]);
      } else segments.push([column, -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/**
 * Generated bytes per source path (as the map's `sources` write it), read from a source map: each
 * generated byte counts for the source its mapping segment points to; newlines and bytes no
 * segment covers count for `unmapped`. The size bench uses it per file, `moduleShares` per folder.
 */
export function bytesPerSource(code, map, unmapped = '(unmapped)') {
  const text = typeof code === 'string' ? code : Buffer.from(code).toString('utf8');
  const lines = text.split('\n');
  const decoded = decodeMappings(map.mappings);
  const out = new Map();
  const add = (source, n) => n > 0 && out.set(source, (out.get(source) ?? 0) + n);
  lines.forEach((line, li) => {
    if (li < lines.length - 1) add(unmapped, 1); // the newline
    const segs = decoded[li] ?? [];
    if (segs.length === 0) return add(unmapped, Buffer.byteLength(line));
    add(unmapped, Buffer.byteLength(line.slice(0, segs[0][0])));
    segs.forEach(([col, src], si) => {
      const end = si + 1 < segs.length ? segs[si + 1][0] : line.length;
      add(src < 0 ? unmapped : (map.sources[src] ?? unmapped), Buffer.byteLength(line.slice(col, end)));
    });
  });
  return out;
}

function groupOf(path) {
  const nm = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (nm) return nm[1];
  const parts = path.replace(/^(\.\.\/)+/, '').split('/');
  const i = parts.indexOf('src');
  if (i < 0) return path;
  const rest = parts.slice(i);
  // src/core/ledger/x.ts -> src/core/ledger; src/components/steps/sign-in/x.ts -> src/components/steps
  const depth = ['core', 'components', 'i18n', 'adapters'].includes(rest[1]) ? 3 : 2;
  return rest.length > depth ? rest.slice(0, depth).join('/') : rest.slice(0, -1).join('/') || rest.join('/');
}

/** Minified bytes of generated code per module group (package, or folder of src), from its source map. */
export function moduleShares(code, map) {
  return moduleSharesOf([{ code, map }]);
}

/** The same over several files (the script build's chunks), each with its own source map. */
export function moduleSharesOf(files) {
  const bytes = new Map();
  for (const { code, map } of files) {
    for (const [source, n] of bytesPerSource(code, map)) {
      const group = source === '(unmapped)' ? source : groupOf(source);
      bytes.set(group, (bytes.get(group) ?? 0) + n);
    }
  }
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  return [...bytes.entries()].map(([group, n]) => ({ group, bytes: n, share: n / total })).sort((a, b) => b.bytes - a.bytes);
}

export async function measureAll({ keep = false } = {}) {
  const work = join(ROOT, '.tmp', `size-budget-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const scriptDir = join(work, 'script');
    vite(['--mode', 'script'], { DOTS_SCRIPT_OUT_DIR: scriptDir });
    const pkgDir = layOutPackage(work);
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

    // The onboarding flow alone: its own entry when the package has one, else the element class
    // from the main entry, registered by hand (what `dots-flows/define` does, for one tag).
    const onboardingEntry = pkg.exports?.['./onboarding']
      ? "import 'dots-flows/onboarding';"
      : "import { DotsOnboardingFlow } from 'dots-flows';\nif (!customElements.get('dots-onboarding-flow')) customElements.define('dots-onboarding-flow', DotsOnboardingFlow);";
    const onboarding = firstDownload(await hostBundle(work, 'onboarding', onboardingEntry));
    const everything = firstDownload(await hostBundle(work, 'define', "import 'dots-flows/define';"));

    const rows = [
      ...scriptRows(scriptDir),
      { id: 'onboarding', name: `npm: onboarding flow only (${pkg.exports?.['./onboarding'] ? 'dots-flows/onboarding' : 'DotsOnboardingFlow from dots-flows'}) + Lit + zod`, ...measure(onboarding), budget: BUDGETS.onboarding },
      { id: 'define', name: "npm: import 'dots-flows/define' (everything)", ...measure(everything), budget: null },
    ];
    const shares = scriptShares(scriptDir);
    return { ...checkBudgets(rows), shares };
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

const kb = (n) => `${(n / KB).toFixed(1)} kB`;

export function formatTable({ rows, shares }) {
  const lines = [];
  const head = ['bundle', 'files', 'minified', 'gzip', 'brotli', 'budget (gzip)', ''];
  const body = rows.map((r) => [r.name, r.files == null ? '-' : String(r.files), kb(r.min), kb(r.gzip), kb(r.brotli), r.budget == null ? '-' : kb(r.budget), r.budget == null ? '' : r.over ? 'OVER' : 'ok']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  lines.push(fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt));
  if (shares?.length) {
    lines.push('', 'the script build (every file of dist/cdn) by module (minified bytes, before compression, from the source maps):');
    for (const s of shares.slice(0, 25)) lines.push(`  ${s.group.padEnd(40)} ${kb(s.bytes).padStart(9)}  ${(s.share * 100).toFixed(1).padStart(5)}%`);
    if (shares.length > 25) lines.push(`  ... ${shares.length - 25} more`);
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = new Set(process.argv.slice(2));
  const result = await measureAll({ keep: args.has('--keep') });
  if (args.has('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(formatTable(result));
    console.log(result.ok ? '\nsize budget: ok' : `\nsize budget: OVER (${result.rows.filter((r) => r.over).map((r) => r.id).join(', ')})`);
  }
  process.exit(result.ok ? 0 : 1);
}

