/** The part of ibantools the IBAN/BIC checks use, as one module (see phone.ts for why). */
export { electronicFormatIBAN, validateIBAN, validateBIC, ValidationErrorsIBAN, ValidationErrorsBIC } from 'ibantools';
