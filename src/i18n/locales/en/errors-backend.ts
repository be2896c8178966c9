import type { Namespace } from '../../types.ts';

/**
 * `errors.backend.<code>`: one message per DotsError code (src/core/ledger/errors.ts). They travel
 * with what shows a backend failure (the alert, the error summary, the ledger inspector), which a
 * flow fetches once its first screen is up, not with every flow's first download.
 */
export default {
  'backend.validation': 'Some of the information was not accepted. Check the highlighted fields.',
  'backend.not_found': 'We could not find what you were looking for.',
  'backend.conflict': 'This can no longer be done because something changed. Reload and try again.',
  'backend.illegal_transition': 'This transfer cannot move to that status.',
  'backend.insufficient_funds': 'There is not enough money available for this.',
  'backend.idempotency_mismatch': 'This request was already sent with different details.',
  'backend.code_invalid': 'That code is not right. Check it and try again.',
  'backend.code_expired': 'That code has expired. Ask for a new one.',
  'backend.too_many_attempts': 'Too many wrong codes. Wait a moment, then ask for a new one.',
  'backend.link_expired': 'This payment link has expired.',
  'backend.link_canceled': 'This payment link was canceled.',
  'backend.link_claimed': 'This payment has already been claimed.',
  'backend.unauthorized': 'Your session has ended. Sign in again.',
  'backend.rate_limited': 'Too many requests. Wait a moment and try again.',
  'backend.network': 'We could not connect. Check your internet connection and try again.',
  'backend.timeout': 'This is taking too long. Try again.',
  'backend.aborted': 'The request was stopped.',
  'backend.bad_response': 'We got an unexpected answer. Try again.',
  'backend.server': 'Something went wrong on our side. Try again in a moment.',
} satisfies Namespace;
