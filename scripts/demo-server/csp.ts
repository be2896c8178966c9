/**
 * The demo's Content-Security-Policy and the endpoint that records its violations.
 *
 * The policy is what a careful host would send: scripts and styles only from the page's own
 * origin (no 'unsafe-inline', no 'unsafe-eval'), Trusted Types required for every DOM XSS sink,
 * and one policy name allowed: `lit-html` (created by Lit to hand its own template HTML to the
 * DOM); the library needs none of its own, its chunks load with `import()`. Lit's styles are constructable
 * stylesheets (adoptedStyleSheets), which style-src does not govern, so 'self' is enough there.
 */
import type { IncomingMessage } from 'node:http';

export const CSP_REPORT_PATH = '/__csp-reports';
/** The Reporting API group name used by `report-to`. */
export const CSP_REPORT_GROUP = 'dots-csp';
export const TRUSTED_TYPES_POLICIES = ['lit-html'] as const;

export interface CspOptions {
  reportPath?: string;
  /**
   * Also name a Reporting API endpoint (`report-to`). Off by default: a browser that knows
   * `report-to` ignores `report-uri` and sends its reports in batches up to a minute later, while
   * `report-uri` alone is sent at once, which is what tests reading `/__csp-reports` need.
   */
  reportTo?: boolean;
}

export function contentSecurityPolicy({ reportPath = CSP_REPORT_PATH, reportTo = false }: CspOptions = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
    `report-uri ${reportPath}`,
    ...(reportTo ? [`report-to ${CSP_REPORT_GROUP}`] : []),
  ].join('; ');
}

/** Headers sent with every response of the demo server. */
export function securityHeaders(options: CspOptions = {}): Record<string, string> {
  const { reportPath = CSP_REPORT_PATH, reportTo = false } = options;
  return {
    'content-security-policy': contentSecurityPolicy(options),
    ...(reportTo ? { 'reporting-endpoints': `${CSP_REPORT_GROUP}="${reportPath}"` } : {}),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  };
}

/** One violation, the same shape whichever way the browser sent it. */
export interface CspViolation {
  documentURL: string;
  blockedURL: string;
  effectiveDirective: string;
  disposition: string;
  sourceFile: string;
  lineNumber: number | null;
  sample: string;
}

type Raw = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** `report-uri` body: `{"csp-report": {"document-uri": ..., "violated-directive": ...}}`. */
function fromReportUri(r: Raw): CspViolation {
  return {
    documentURL: str(r['document-uri']),
    blockedURL: str(r['blocked-uri']),
    effectiveDirective: str(r['effective-directive'] ?? r['violated-directive']),
    disposition: str(r['disposition'] ?? 'enforce'),
    sourceFile: str(r['source-file']),
    lineNumber: num(r['line-number']),
    sample: str(r['script-sample']),
  };
}

/** Reporting API body: `[{type: "csp-violation", body: {documentURL, effectiveDirective, ...}}]`. */
function fromReportTo(b: Raw): CspViolation {
  return {
    documentURL: str(b['documentURL']),
    blockedURL: str(b['blockedURL']),
    effectiveDirective: str(b['effectiveDirective']),
    disposition: str(b['disposition'] ?? 'enforce'),
    sourceFile: str(b['sourceFile']),
    lineNumber: num(b['lineNumber']),
    sample: str(b['sample']),
  };
}

/** Parses a report POST body of either format; unknown shapes are kept as far as they go. */
export function parseCspReports(body: string): CspViolation[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return [];
  }
  if (Array.isArray(json)) {
    return json
      .filter((x): x is Raw => typeof x === 'object' && x !== null && (x as Raw)['type'] === 'csp-violation')
      .map((x) => fromReportTo((x['body'] ?? {}) as Raw));
  }
  if (typeof json === 'object' && json !== null && 'csp-report' in json) {
    return [fromReportUri((json as Raw)['csp-report'] as Raw)];
  }
  return [];
}

const MAX_BODY = 64 * 1024;
const MAX_KEPT = 1000;

/** Keeps the violations reported to this server, newest last, for `GET /__csp-reports`. */
export class CspReportLog {
  readonly #items: CspViolation[] = [];

  get size(): number {
    return this.#items.length;
  }

  list(): CspViolation[] {
    return [...this.#items];
  }

  clear(): void {
    this.#items.length = 0;
  }

  add(...violations: CspViolation[]): void {
    this.#items.push(...violations);
    if (this.#items.length > MAX_KEPT) this.#items.splice(0, this.#items.length - MAX_KEPT);
  }

  /** Reads a report POST; a body too large is cut off rather than buffered without end. */
  async record(req: IncomingMessage): Promise<CspViolation[]> {
    let body = '';
    for await (const chunk of req) {
      body += String(chunk);
      if (body.length > MAX_BODY) break;
    }
    const found = parseCspReports(body);
    this.add(...found);
    return found;
  }
}
