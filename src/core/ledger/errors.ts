/**
 * The one typed error of the library. The ledger throws it, adapters reject with it, flows show
 * `message` (or the i18n text for `code`) next to `field` when there is one.
 */
export const ERROR_CODES = {
  validation: 'Input failed validation; `field` names the offending field.',
  not_found: 'The object does not exist in this app (objects of other apps are reported as not found).',
  conflict: 'The object is in a state that does not allow this (e.g. a link already claimed).',
  illegal_transition: 'The transfer status change is not in the transition table.',
  insufficient_funds: 'The wallet does not hold enough withdrawable money.',
  idempotency_mismatch: 'The idempotency key was used before with a different request body.',
  code_invalid: 'The one-time code is wrong.',
  code_expired: 'The one-time code expired; request a new one.',
  too_many_attempts: 'Too many wrong codes; request a new one later.',
  link_expired: 'The payout link expired.',
  link_canceled: 'The payout link was canceled.',
  link_claimed: 'The payout link was already claimed.',
  unauthorized: 'The token is missing, expired or invalid.',
  rate_limited: 'Too many requests; retry after a pause.',
  network: 'The backend could not be reached.',
  timeout: 'The backend did not answer in time.',
  aborted: 'The caller aborted the request.',
  bad_response: 'The backend answered with something that does not match the contract.',
  server: 'The backend failed (5xx).',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DotsError extends Error {
  override readonly name = 'DotsError';
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly retryable: boolean;
  constructor(code: ErrorCode, message: string, options: { field?: string; retryable?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.retryable = options.retryable ?? ['network', 'timeout', 'rate_limited', 'server'].includes(code);
  }
  toJSON(): { code: ErrorCode; message: string; field?: string; retryable: boolean } {
    return { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}), retryable: this.retryable };
  }
}

export const isDotsError = (e: unknown): e is DotsError => e instanceof DotsError;
