/**
 * Turns off zod's `new Function` probe. zod 4 compiles object parsers with `new Function` where it
 * can, and finds out by trying as soon as an object schema is built: under a policy with no
 * 'unsafe-eval' and Trusted Types required, the try is refused and reported as a violation even
 * though zod catches it. Jitless zod gives the same results with no eval and no probe.
 *
 * Every module that builds schemas imports this first (its own module, listed in package.json
 * `sideEffects`, so a host's bundler keeps it), then `import * as z from 'zod/mini'`: a namespace
 * import of zod/mini lets the bundler keep only the zod the library uses.
 */
import { config } from 'zod/mini';

config({ jitless: true });
