import type en from './locales/en/index.ts';
import type { Message, Translation } from './types.ts';

/** The English catalog's shape: namespaces of keys. The other locales are typed against it. */
export type Messages = typeof en;
export type NamespaceName = keyof Messages & string;

/** A complete translation of every namespace. */
export type Catalog = { [N in NamespaceName]: Translation<Messages[N]> };

/** Typed keys: `'<namespace>.<key>'`, e.g. `'common.continue'`, `'errors.routing_number.checksum'`. */
export type MessageKey = { [N in NamespaceName]: `${N}.${keyof Messages[N] & string}` }[NamespaceName];

/** Per-instance replacements for catalog messages (plain text or plural forms); `{name}` still works. */
export type StringOverrides = Partial<Record<MessageKey, Message>>;
