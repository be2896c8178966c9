import type { Namespace } from '../../types.ts';
import base from './errors-base.ts';
import steps from './errors-steps.ts';
import backend from './errors-backend.ts';

/** The whole `errors` namespace: what every flow needs first, the later steps' fields, the backend's codes. */
export default { ...base, ...steps, ...backend } satisfies Namespace;
