import type { Namespace } from '../../types.ts';

/**
 * Validation and backend messages every flow may show from its first screen (the others, for the
 * fields of later steps, are in errors-steps.ts). Keys:
 * - `<reason>`: a generic message for a validation reason code from src/core/validation
 *   (`required`, `format`, `checksum`, `length`, ...);
 * - `<kind>.<reason>`: a specific message for one field kind (`routing_number.checksum`), which
 *   `validationMessageKey(kind, reason)` prefers when it exists;
 * - `backend.<code>`: one message per DotsError code (src/core/ledger/errors.ts).
 */
export default {
  // Generic reasons
  required: 'Enter a value.',
  format: 'This is not in the expected format.',
  checksum: 'This number is not valid. Check it for typos.',
  length: 'This has the wrong number of characters.',
  too_long: 'This is too long.',
  country: 'This is not available in the selected country.',
  future: 'This date cannot be in the future.',
  invalid: 'This cannot be right. Check it for typos.',
  under_age: 'You are under the minimum age.',
  email: 'Enter an email address like name@example.com.',
  phone: 'Enter a valid phone number.',
  iban: 'Enter a valid IBAN.',
  bic: 'Enter a valid BIC / SWIFT code (8 or 11 characters).',
  cash_tag: 'Enter a $Cashtag: a $, a letter, then up to 19 letters, numbers or underscores.',
  choice: 'Choose one of the options.',
  must_accept: 'You must tick this box to continue.',
  // Field kinds
  'select.required': 'Choose an option.',
  'checkbox.required': 'You must tick this box to continue.',
  'first_name.required': 'Enter your first name.',
  'last_name.required': 'Enter your last name.',
  'email.required': 'Enter your email address.',
  'email.format': 'Enter an email address like name@example.com.',
  'email.too_long': 'This email address is too long.',
  'phone.required': 'Enter your phone number.',
  'phone.format': 'Enter a valid phone number.',
  'phone.length': 'This phone number has the wrong number of digits.',
  'phone.country': 'This is not a valid phone number for the selected country.',
  'otp.required': 'Enter the code we sent you.',
  'otp.format': 'The code is 6 digits.',
  'otp.length': 'The code is 6 digits.',
  'country.required': 'Choose your country.',
  'country.country': 'This country is not supported.',
  // Backend (DotsError codes)
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
  'rules_unavailable': 'We could not check this yet. Check your internet connection and try again.',
  'backend.network': 'We could not connect. Check your internet connection and try again.',
  'backend.timeout': 'This is taking too long. Try again.',
  'backend.aborted': 'The request was stopped.',
  'backend.bad_response': 'We got an unexpected answer. Try again.',
  'backend.server': 'Something went wrong on our side. Try again in a moment.',
  'backend.unknown': 'Something went wrong. Try again.',
} satisfies Namespace;
