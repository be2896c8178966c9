import type { Catalog } from '../../catalog-types.ts';
import common from './common.ts';
import errors from './errors.ts';
import status from './status.ts';
import transferList from './transferList.ts';

// One line per namespace. Helpers adding a namespace add it here in every locale.
export default {
  common,
  errors,
  status,
  transferList,
} satisfies Catalog;
