export * from './types.ts';
export type * from './catalog-types.ts';
export { catalogs, translate, getMessage, isMessageKey, hasCatalog, loadCatalog, registerCatalog } from './catalog.ts';
export { formatMessage, interpolate, selectForm } from './format.ts';
export { matchLocale, resolveLocale, formattingLocale, directionOf } from './resolve.ts';
export { formatMoney, formatNumber, formatDate, currencyDigits } from './intl.ts';
export { validationMessageKey, backendMessageKey } from './validation-keys.ts';
export { parseMoney, formatMoneyInput, separators, type MoneyParseResult } from './parse-money.ts';
