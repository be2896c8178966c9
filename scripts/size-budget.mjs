#!/usr/bin/env node
// `npm run size` (issue 9): what a page downloads, minified, gzip and brotli, against the budgets:
//   - the script-tag bundle with everything (dots-flows.iife.min.js): at most 60 kB gzip;
//   - the onboarding flow alone from npm, bundled with Lit and zod: at most 40 kB gzip.
// The npm figures come from a package laid out as a host project sees it after `npm install`
// (node_modules/dots-flows with its package.json, exports map and sideEffects), bundled and
// minified with esbuild as a host's bundler would. Then a share per module of the whole library.
// Prints a table; exits 1 when a bundle is over its budget. kB = 1000 bytes.
//   node scripts/size-budget.mjs [--json] [--keep]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const KB = 1000;

export const BUDGETS = {
  iife: 60 * KB,
  onboarding: 40 * KB,
};

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
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imp of outputs[file]?.imports ?? []) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
  };
  visit(start);
  const js = (keys) => keys.filter((k) => k.endsWith('.js')).map((k) => files.get(k));
  return {
    initial: js([...initial]),
    lazy: js(Object.keys(outputs).filter((o) => !initial.has(o))),
    metafile: out.metafile,
    map: (file) => Buffer.from(files.get(`${file.path}.map`).contents).toString('utf8'),
  };
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

/** Minified bytes of the script-tag bundle per module group (package, or folder of src), from its source map. */
export function moduleShares(code, map) {
  const bytes = new Map();
  for (const [source, n] of bytesPerSource(code, map)) {
    const group = source === '(unmapped)' ? source : groupOf(source);
    bytes.set(group, (bytes.get(group) ?? 0) + n);
  }
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  return [...bytes.entries()].map(([group, n]) => ({ group, bytes: n, share: n / total })).sort((a, b) => b.bytes - a.bytes);
}

export async function measureAll({ keep = false } = {}) {
  const work = join(ROOT, '.tmp', `size-budget-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const iifeDir = join(work, 'iife');
    vite(['--mode', 'iife'], { DOTS_IIFE_OUT_DIR: iifeDir });
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
      { id: 'iife', name: 'script tag: dots-flows.iife.min.js (everything)', ...measure(readFileSync(join(iifeDir, 'dots-flows.iife.min.js'))), budget: BUDGETS.iife },
      { id: 'onboarding', name: `npm: onboarding flow only (${pkg.exports?.['./onboarding'] ? 'dots-flows/onboarding' : 'DotsOnboardingFlow from dots-flows'}) + Lit + zod`, ...measure(onboarding), budget: BUDGETS.onboarding },
      { id: 'define', name: "npm: import 'dots-flows/define' (everything)", ...measure(everything), budget: null },
    ];
    const iifeMin = readFileSync(join(iifeDir, 'dots-flows.iife.min.js'));
    const shares = moduleShares(iifeMin, JSON.parse(readFileSync(join(iifeDir, 'dots-flows.iife.min.js.map'), 'utf8')));
    return { ...checkBudgets(rows), shares };
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

const kb = (n) => `${(n / KB).toFixed(1)} kB`;

export function formatTable({ rows, shares }) {
  const lines = [];
  const head = ['bundle', 'minified', 'gzip', 'brotli', 'budget (gzip)', ''];
  const body = rows.map((r) => [r.name, kb(r.min), kb(r.gzip), kb(r.brotli), r.budget == null ? '-' : kb(r.budget), r.budget == null ? '' : r.over ? 'OVER' : 'ok']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  lines.push(fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt));
  if (shares?.length) {
    lines.push('', 'dots-flows.iife.min.js by module (minified bytes, before compression, from its source map):');
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

