/** The versioned, JSON-safe state of a ledger (filled in with the implementation). */
import { z } from 'zod';
export const LEDGER_SNAPSHOT_VERSION = 1 as const;
export const LedgerSnapshot = z.object({ version: z.literal(LEDGER_SNAPSHOT_VERSION) }).passthrough();
export type LedgerSnapshot = z.infer<typeof LedgerSnapshot>;
