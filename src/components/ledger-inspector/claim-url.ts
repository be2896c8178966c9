/**
 * The URL a payee opens to claim a payout link: the host's template with `{token}` replaced,
 * resolved against the page. Default `?payout_link={token}` (the current page).
 */
export const DEFAULT_CLAIM_URL = '?payout_link={token}';

export function claimUrl(template: string, token: string, base: string): string {
  const filled = (template || DEFAULT_CLAIM_URL).replaceAll('{token}', encodeURIComponent(token));
  try {
    return new URL(filled, base).href;
  } catch {
    return filled;
  }
}
