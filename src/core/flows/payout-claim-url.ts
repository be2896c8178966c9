/**
 * Where a claim page finds its link in its own URL. The fragment is preferred for sharing
 * (`https://pay.example/claim#link=<token>`): browsers never send it to servers or in Referer
 * headers. The query (`?link=<token>`) works too. Without a parameter name, `link` is looked
 * for first and then `payout_link` (what the ledger inspector's claim URLs use).
 */
export const LINK_URL_PARAMS = ['link', 'payout_link'] as const;

/** The link token or id in `href`'s fragment or query, or null. Never throws. */
export function linkFromUrl(href: string, param?: string | null): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const names = param ? [param] : [...LINK_URL_PARAMS];
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  for (const name of names) {
    for (const source of [hash, url.searchParams]) {
      const v = source.get(name)?.trim();
      if (v) return v;
    }
  }
  return null;
}
