/**
 * The phone input's country list: names, calling codes and order for a locale, built once per
 * locale. Needs the phone library loaded (the input waits for it: ValidationRulesController).
 */
import { callingCodeOf, phoneRegions } from '../../core/validation/phone.ts';
import { collator, displayNames } from '../../i18n/intl-cache.ts';

export interface CountryOption {
  /** ISO 3166-1 alpha-2, as given */
  iso: string;
  /** the region's name in the locale */
  name: string;
  /** the calling code, digits only */
  code: string;
}

/** Every country, sorted, per locale: naming and sorting ~245 regions costs milliseconds per render. */
const allByLocale = new Map<string, readonly CountryOption[]>();

function build(locale: string, list: readonly string[]): readonly CountryOption[] {
  const names = displayNames(locale, { type: 'region' });
  const order = collator(locale);
  return list
    .filter((c) => callingCodeOf(c) !== null)
    .map((iso) => ({ iso, name: names.of(iso) ?? iso, code: callingCodeOf(iso)! }))
    .sort((a, b) => order.compare(a.name, b.name));
}

/**
 * The countries to offer, by name in `locale`. `countries` narrows the list (an app's own few are
 * cheap to build each time); without it the full list is built once per locale and shared.
 */
export function countryOptions(locale: string, countries?: readonly string[]): readonly CountryOption[] {
  if (countries) return build(locale, countries);
  let all = allByLocale.get(locale);
  if (!all) allByLocale.set(locale, (all = Object.freeze(build(locale, phoneRegions()))));
  return all;
}
