/**
 * Who is calling. Two ways in, like a real deployment:
 * - `Authorization: Bearer <token>`: a short-lived token bound to one app, minted server-side
 *   (here by `POST /demo/token`, in production by the host's backend). This is what a browser holds.
 * - `Authorization: Basic base64(app_id:api_secret)`: the Dots API's scheme, for a host's backend
 *   developing against the mock. The secret never leaves the server process.
 * Tokens are HMAC-SHA256 signed with a per-process key, so they die with the process.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DotsError } from '../core/ledger/errors.ts';

export interface TokenClaims {
  app: string;
  /** expiry, ms since epoch */
  exp: number;
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export class TokenAuthority {
  readonly #key: Buffer;
  readonly apiSecret: string;
  readonly #now: () => number;

  constructor(options: { apiSecret?: string; now?: () => number } = {}) {
    this.#key = randomBytes(32);
    this.apiSecret = options.apiSecret ?? randomBytes(18).toString('base64url');
    this.#now = options.now ?? Date.now;
  }

  mint(appId: string, ttlMs: number): { token: string; expires_at: string } {
    const claims: TokenClaims = { app: appId, exp: this.#now() + ttlMs };
    const payload = b64url(JSON.stringify(claims));
    const sig = createHmac('sha256', this.#key).update(payload).digest('base64url');
    return { token: `${payload}.${sig}`, expires_at: new Date(claims.exp).toISOString() };
  }

  /** The app the request acts for; `unauthorized` when the credentials are missing, forged or expired. */
  appOf(header: string | undefined, appExists: (id: string) => boolean): string {
    if (!header) throw new DotsError('unauthorized', 'Send Authorization: Bearer <token> (or Basic app_id:secret).');
    const [scheme, value = ''] = header.split(/\s+/, 2);
    if (/^bearer$/i.test(scheme ?? '')) return this.#bearer(value, appExists);
    if (/^basic$/i.test(scheme ?? '')) {
      const [id = '', secret = ''] = Buffer.from(value, 'base64').toString('utf8').split(':', 2);
      if (!equal(secret, this.apiSecret) || !appExists(id)) throw new DotsError('unauthorized', 'Unknown app id or wrong secret.');
      return id;
    }
    throw new DotsError('unauthorized', `Unsupported authorization scheme ${scheme}.`);
  }

  #bearer(token: string, appExists: (id: string) => boolean): string {
    const [payload = '', sig = ''] = token.split('.', 2);
    const expected = createHmac('sha256', this.#key).update(payload).digest('base64url');
    if (!equal(sig, expected)) throw new DotsError('unauthorized', 'The token is not valid.');
    let claims: TokenClaims;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
    } catch {
      throw new DotsError('unauthorized', 'The token is not valid.');
    }
    if (!(claims.exp > this.#now())) throw new DotsError('unauthorized', 'The token expired; ask the host for a new one.');
    if (!appExists(claims.app)) throw new DotsError('unauthorized', 'The token is for an app that no longer exists.');
    return claims.app;
  }
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
