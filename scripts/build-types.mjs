// Type declarations for dist/types. The sources import with `.ts` extensions (see tsconfig.json),
// and tsc copies those specifiers into the .d.ts files verbatim; a consumer on `node16`/`nodenext`
// resolution would not find them, so relative `.ts` specifiers become `.js` here.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const outDir = 'dist/types';
rmSync(outDir, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);

// `from './x.ts'`, `import('./x.ts')`, `import './x.ts'` and `declare module './x.ts'`.
const specifier = /((?:from|import|module)\s*\(?\s*['"])(\.{1,2}\/[^'"]*?)\.ts(['"])/g;

function rewrite(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) rewrite(path);
    else if (name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      const next = text.replace(specifier, '$1$2.js$3');
      if (next !== text) writeFileSync(path, next);
    }
  }
}
rewrite(outDir);
