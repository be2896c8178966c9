/**
 * `zod`, configured for a strict Content-Security-Policy. The builds (vite.config.ts) resolve every
 * `import ... from 'zod'` in the library to this module, so the configuration runs before any
 * schema is made, whatever order the bundler puts our modules in.
 *
 * Why: zod 4 compiles object parsers with `new Function` where it can, and finds out by trying,
 * as soon as an object schema is built. Under a policy with no 'unsafe-eval' and Trusted Types
 * required, the try is refused and reported as a violation even though zod catches it. Jitless
 * zod gives the same results with no eval and no probe.
 *
 * `z` is a namespace import (not zod's own `z` binding), so bundlers see each `z.object(...)`
 * and leave out what is unused (zod's locales: about 65 kB gzip).
 */
import './zod-jitless.ts';
import * as z from 'zod/v4';

export * from 'zod/v4';
export { z, z as default };
