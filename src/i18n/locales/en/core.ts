import common from './common.ts';
import errors from './errors-base.ts';
import signin from './signin.ts';
import stepLabels from './step-labels.ts';
import flow from './flow.ts';

/**
 * The English every element may need, shipped with the catalog module. The namespaces of the
 * steps after sign-in (only their stepper labels are here), the claim flow, the status labels,
 * the transfer list, the lifecycle diagram and the ledger inspector are added by the modules that use them
 * (`addEnglish`), so the onboarding flow's first download does not carry them.
 */
export default { common, errors, signin, flow, ...stepLabels };
