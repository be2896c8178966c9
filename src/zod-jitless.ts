/**
 * Turns off zod's `new Function` probe (see zod-csp.ts for why). Its own module so the npm build
 * can import it first from every module that builds schemas, while those modules import zod as a
 * namespace (`import * as z from 'zod/v4'`): a host's bundler then keeps only the zod they use.
 */
import { config } from 'zod/v4';

config({ jitless: true });
