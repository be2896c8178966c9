import { isMessageKey } from './catalog.ts';
import type { MessageKey } from './catalog-types.ts';

/**
 * The message key for a validation failure: the field kind's own message when there is one
 * (`errors.routing_number.checksum`), else the generic one for the reason (`errors.checksum`),
 * else the generic format message.
 */
export function validationMessageKey(kind: string | undefined, reason: string): MessageKey {
  if (kind) {
    const specific = `errors.${kind}.${reason}`;
    if (isMessageKey(specific)) return specific;
  }
  const generic = `errors.${reason}`;
  return isMessageKey(generic) ? generic : 'errors.format';
}

/** The message key for a backend failure (a DotsError code). */
export function backendMessageKey(code: string): MessageKey {
  const key = `errors.backend.${code}`;
  return isMessageKey(key) ? key : 'errors.backend.unknown';
}
