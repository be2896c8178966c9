/**
 * Loads both validation libraries up front, for code that uses the mock ledger synchronously from
 * its first line: the Node mock server, tests and benchmarks of the ledger, stories. Browser code
 * loads them on demand instead (see ../libraries.ts).
 */
import * as phone from './phone.ts';
import * as bank from './bank.ts';
import { provideLibrary } from '../libraries.ts';

provideLibrary('phone', phone);
provideLibrary('bank', bank);
