/**
 * From the machine's message references (i18n keys with raw params) to what the building blocks
 * take: a key that exists in the catalog and params formatted for the locale (money).
 */
import { isMessageKey, translate } from '../../i18n/catalog.ts';
import { formatMoney } from '../../i18n/intl.ts';
import { formattingLocale, resolveLocale } from '../../i18n/resolve.ts';
import { backendMessageKey, validationMessageKey } from '../../i18n/validation-keys.ts';
import type { MessageParams } from '../../i18n/types.ts';
import type { MessageRef, ParamValue } from '../../core/machine/types.ts';
import type { LocalizeController } from '../../controllers/localize.ts';

export interface ResolvedMessage {
  key: string;
  params?: MessageParams;
}

/** The best existing key for a machine message: itself, the generic one for its reason, or `errors.format`. */
export function resolveKey(ref: Pick<MessageRef, 'key' | 'params'>): string {
  if (isMessageKey(ref.key)) return ref.key;
  const backend = /^errors\.backend\.(\w+)$/.exec(ref.key);
  if (backend) return backendMessageKey(backend[1]!);
  const reason = typeof ref.params?.['reason'] === 'string' ? (ref.params['reason'] as string) : undefined;
  const kind = /^errors\.(\w+)\.(\w+)$/.exec(ref.key);
  if (kind) return validationMessageKey(kind[1], kind[2]!);
  return validationMessageKey(undefined, reason ?? 'format');
}

function formatParam(localize: LocalizeController, v: ParamValue): string | number {
  return typeof v === 'object' ? localize.money(v.money, v.currency) : v;
}

export function resolveMessage(localize: LocalizeController, ref: MessageRef): ResolvedMessage {
  const key = resolveKey(ref);
  if (!ref.params) return { key };
  const params: MessageParams = {};
  for (const [k, v] of Object.entries(ref.params)) params[k] = formatParam(localize, v);
  return { key, params };
}

/** The translated text of a machine message. */
export function messageText(localize: LocalizeController, ref: MessageRef): string {
  const r = resolveMessage(localize, ref);
  return localize.t(r.key as never, r.params);
}

/**
 * Translates a machine message outside any element (headless hosts): `translateMessage('fr',
 * snapshot.errors.amount)`. Money params are formatted for the locale.
 */
export function translateMessage(locale: string, ref: Pick<MessageRef, 'key' | 'params'>): string {
  const catalog = resolveLocale(locale);
  const tag = formattingLocale(locale, catalog);
  const params: MessageParams = {};
  for (const [k, v] of Object.entries(ref.params ?? {})) params[k] = typeof v === 'object' ? formatMoney(tag, v.money, v.currency) : v;
  return translate(catalog, resolveKey(ref), params, undefined, tag);
}
