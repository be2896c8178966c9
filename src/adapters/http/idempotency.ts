/**
 * The Dots API wants idempotency keys as UUIDs; the contract lets callers pass any key of 8+
 * characters. A key that is already a UUID goes through; any other key is hashed (SHA-256) into
 * a version-8 UUID, so the same key always maps to the same UUID and a retry stays a retry.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function idempotencyUuid(key: string): Promise<string> {
  if (UUID.test(key)) return key.toLowerCase();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`dots-flows:${key}`));
  const b = new Uint8Array(digest).slice(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x80; // version 8: vendor-defined
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
