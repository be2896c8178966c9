/** Country and US state codes the forms offer. Names come from Intl.DisplayNames at render time. */
import { phoneRegions } from '../validation/phone.ts';

let sorted: readonly string[] | undefined;

/**
 * ISO 3166-1 alpha-2 codes, sorted. libphonenumber-js already ships this list, so it needs that
 * library loaded (`loadLibrary('phone')`; the steps that offer countries load it first).
 */
export const countries = (): readonly string[] => (sorted ??= Object.freeze([...phoneRegions()].sort()));

export const isCountry = (code: string): boolean => countries().includes(code);

/** USPS codes: the states, DC, and the territories and military "states" a W-9 address may use. */
export const US_STATES: readonly string[] = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS',
  'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC',
  'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
  'AS', 'GU', 'MP', 'PR', 'VI', 'AA', 'AE', 'AP',
];
