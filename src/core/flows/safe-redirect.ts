/**
 * The URL, normalised, when it is absolute http(s) without credentials; otherwise null. A redirect
 * never follows `javascript:` or `data:`.
 */
export function safeRedirectUrl(url: unknown): string | null {
  if (typeof url !== 'string' || !url.trim()) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (u.username || u.password) return null;
  return u.href;
}
