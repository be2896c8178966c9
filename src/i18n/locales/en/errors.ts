import type { Namespace } from '../../types.ts';
import base from './errors-base.ts';
import steps from './errors-steps.ts';

/** The whole `errors` namespace: what every flow needs first, and the later steps' fields. */
export default { ...base, ...steps } satisfies Namespace;
