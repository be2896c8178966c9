/**
 * Input checks shared by the flow step schemas and the ledger. Pure functions: each returns
 * `{ ok: true, value }` with the normalised value or `{ ok: false, reason }`, and never throws,
 * whatever string it gets. The phone, IBAN and BIC checks need their library loaded first
 * (`await loadValidationRules()`; the flows and the mock adapter do it themselves).
 */
export { type Check, type Reason, MAX_INPUT_LENGTH } from './result.ts';
export { normalizeDigits, asciiDigits } from './digits.ts';
export { checkRoutingNumber, checkAccountNumber, checkIban, checkBic, ibanCountry } from './bank.ts';
export { checkPhone, parsePhone, toE164, callingCodeOf, phoneRegions, type ParsedPhone } from './phone.ts';
export { loadValidationRules, loadLibrary, isLibraryLoaded, ValidationRulesNotLoaded, type LibraryName } from './libraries.ts';
export { checkSsn, checkEin, checkTaxId } from './taxid.ts';
export { checkCashTag, checkEmail } from './contact.ts';
export { checkIsoDate, checkDateOfBirth } from './date.ts';
