/**
 * Loads both validation libraries up front, for code that checks input synchronously from its
 * first line: the mock ledger (and so the mock server and the script-tag bundle, which carry it).
 * Flows on their own load them on demand instead (see ../libraries.ts).
 */
import * as phone from './phone.ts';
import * as bank from './bank.ts';
import { provideLibrary } from '../libraries.ts';

provideLibrary('phone', phone);
provideLibrary('bank', bank);
