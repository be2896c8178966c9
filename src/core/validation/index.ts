/**
 * Input checks shared by the flow step schemas and the ledger. Pure functions: each returns
 * `{ ok: true, value }` with the normalised value or `{ ok: false, reason }`, and never throws,
 * whatever string it gets.
 */
export { type Check, type Reason, MAX_INPUT_LENGTH } from './result.ts';
export { normalizeDigits, asciiDigits } from './digits.ts';
export { checkRoutingNumber, checkAccountNumber, checkIban, checkBic, ibanCountry } from './bank.ts';
export { checkPhone, parsePhone, toE164, callingCodeOf, type ParsedPhone } from './phone.ts';
export { checkSsn, checkEin, checkTaxId } from './taxid.ts';
export { checkCashTag, checkEmail } from './contact.ts';
export { checkIsoDate, checkDateOfBirth } from './date.ts';
