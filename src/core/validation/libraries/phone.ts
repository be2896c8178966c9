/**
 * The part of libphonenumber-js the phone checks use, as one module: the loader imports this (not
 * the package) so a bundler's lazy chunk holds only these functions and the metadata.
 */
export { getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js';
