import type { Message, MessageParams } from './types.ts';
import { numberFormat, pluralRules } from './intl-cache.ts';

/** Picks the plural form for `count` (falls back to `other`, which every plural message has). */
export function selectForm(message: Message, locale: string, count: number | undefined): string {
  if (typeof message === 'string') return message;
  if (count === undefined) return message.other;
  // Arabic has a real `zero` category; other languages may still offer a `zero` text for 0.
  if (count === 0 && message.zero !== undefined) return message.zero;
  const category = pluralRules(locale).select(count) as keyof typeof message;
  return message[category] ?? message.other;
}

/**
 * Replaces `{name}` placeholders. Numbers are formatted with the locale's digits and separators;
 * a placeholder with no matching parameter stays visible so a missing value is noticed in review.
 */
export function interpolate(text: string, locale: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

export function formatMessage(message: Message, locale: string, params?: MessageParams): string {
  const count = typeof params?.['count'] === 'number' ? params['count'] : undefined;
  return interpolate(selectForm(message, locale, count), locale, params);
}
