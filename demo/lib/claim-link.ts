/**
 * Claim URLs of the demo: the page itself with the link in `?payout_link=` (a parameter the claim
 * flow reads) and `#claim` to land on the claim section. The page's other settings (backend,
 * language, theme) are kept, so a Spanish page opens a Spanish claim.
 */

/** The inspector's `claim-url` template (`{token}` is filled in by the inspector). */
export function claimUrlTemplate(lib: DotsLib): string {
  const q = new URLSearchParams(location.search);
  for (const name of lib.LINK_URL_PARAMS) q.delete(name);
  const rest = q.toString();
  return `${location.pathname}?${rest ? `${rest}&` : ''}payout_link={token}#claim`;
}

/** The claim URL of one token, for links made outside the inspector. */
export function claimUrlFor(lib: DotsLib, token: string): string {
  return new URL(claimUrlTemplate(lib).replaceAll('{token}', encodeURIComponent(token)), location.href).href;
}

/** The page address without a payout link, for when the payee is done with it. */
export function urlWithoutLink(lib: DotsLib): string {
  const names: readonly string[] = lib.LINK_URL_PARAMS;
  const q = new URLSearchParams(location.search);
  for (const name of names) q.delete(name);
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  const linkInHash = [...hash.keys()].some((k) => names.includes(k));
  const rest = q.toString();
  return `${location.pathname}${rest ? `?${rest}` : ''}${linkInHash ? '' : location.hash}`;
}
