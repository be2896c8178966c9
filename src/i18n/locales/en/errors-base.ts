import type { Namespace } from '../../types.ts';

/**
 * Validation and backend messages every flow may show from its first screen (the others, for the
 * fields of later steps, are in errors-steps.ts). Keys:
 * - `<reason>`: a generic message for a validation reason code from src/core/validation
 *   (`required`, `format`, `checksum`, `length`, ...);
 * - `<kind>.<reason>`: a specific message for one field kind (`routing_number.checksum`), which
 *   `validationMessageKey(kind, reason)` prefers when it exists;
 * - `backend.unknown`: what a backend failure says before errors-backend.ts has arrived.
 */
export default {
  // Generic reasons
  required: 'Enter a value.',
  format: 'This is not in the expected format.',
  length: 'This has the wrong number of characters.',
  too_long: 'This is too long.',
  country: 'This is not available in the selected country.',
  phone: 'Enter a valid phone number.',
  // Field kinds (select and checkbox: their elements' own messages, whichever screen uses them)
  'select.required': 'Choose an option.',
  'checkbox.required': 'You must tick this box to continue.',
  'phone.required': 'Enter your phone number.',
  'phone.format': 'Enter a valid phone number.',
  'phone.length': 'This phone number has the wrong number of digits.',
  'phone.country': 'This is not a valid phone number for the selected country.',
  'country.required': 'Choose your country.',
  'country.country': 'This country is not supported.',
  // Backend: the fallback for a DotsError code; the others come with the alert (errors-backend.ts)
  'rules_unavailable': 'We could not check this yet. Check your internet connection and try again.',
  'backend.unknown': 'Something went wrong. Try again.',
} satisfies Namespace;
