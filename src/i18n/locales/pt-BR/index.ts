import type { Catalog } from '../../catalog-types.ts';
import common from './common.ts';
import errors from './errors.ts';
import status from './status.ts';
import transferList from './transferList.ts';
import signin from './signin.ts';
import compliance from './compliance.ts';
import idv from './idv.ts';
import payouts from './payouts.ts';
import payout from './payout.ts';
import redirect from './redirect.ts';
import flow from './flow.ts';
import claim from './claim.ts';
import transfers from './transfers.ts';
import inspector from './inspector.ts';

// One line per namespace. Helpers adding a namespace add it here in every locale.
export default {
  common,
  errors,
  signin,
  compliance,
  idv,
  payouts,
  payout,
  redirect,
  flow,
  claim,
  status,
  transferList,
  transfers,
  inspector,
} satisfies Catalog;
