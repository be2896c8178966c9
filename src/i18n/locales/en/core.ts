import common from './common.ts';
import errors from './errors.ts';
import status from './status.ts';
import signin from './signin.ts';
import compliance from './compliance.ts';
import idv from './idv.ts';
import payouts from './payouts.ts';
import payout from './payout.ts';
import redirect from './redirect.ts';
import flow from './flow.ts';

/**
 * The English every element may need, shipped with the catalog module. The namespaces of the
 * claim flow, the transfer list, the lifecycle diagram and the ledger inspector are added by the
 * modules that use them (`addEnglish`), so the onboarding flow alone does not carry them.
 */
export default { common, errors, signin, compliance, idv, payouts, payout, redirect, flow, status };
