/** The mock ledger's public API. */
export { Ledger, type LedgerOptions, type LedgerListener, type InvariantReport } from './ledger.ts';
export { RealClock, ManualClock, MANUAL_CLOCK_EPOCH, type Clock, type TimerId } from './clock.ts';
export {
  TRANSFER_TRANSITIONS,
  FINAL_STATUSES,
  OPEN_STATUSES,
  RETURNING_STATUSES,
  INITIAL_TRANSFER_STATUS,
  canTransition,
  isFinalStatus,
} from './transitions.ts';
export { Random } from './random.ts';
export {
  CreateAppInput,
  UpdateAppInput,
  AppRecord,
  CreateUserDirectInput,
  ListUsersInput,
  ListPageInput,
  BalanceTransferInput,
  RefillInput,
  CreatePayoutLinkInput,
  ListTransfersQuery,
  DEFAULT_PROCESSING,
  SANDBOX,
  type OutboxMessage,
  type ProcessingOptions,
} from './inputs.ts';
export { LedgerSnapshot, LEDGER_SNAPSHOT_VERSION } from './snapshot.ts';
