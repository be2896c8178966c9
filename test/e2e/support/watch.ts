/**
 * Watches a Playwright page for what must never happen on the demo: console errors, uncaught
 * exceptions, CSP violations (seen in the page through `securitypolicyviolation`, at once, and
 * by the server through `report-uri`) and failed requests.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { CspViolation } from '../../../scripts/demo-server/csp.ts';

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: CspViolation[];
  failedRequests: string[];
}

const BINDING = '__dotsE2eCspViolation';

/** Installs the listeners on a context, before any page of it loads. */
export async function watchContext(context: BrowserContext): Promise<void> {
  await context.exposeBinding(BINDING, ({ page }, v: CspViolation) => {
    problemsOf(page).cspViolations.push(v);
  });
  // Runs in every document before its own scripts; init scripts are not subject to the page's CSP.
  await context.addInitScript((binding: string) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const call = (window as unknown as Record<string, (v: unknown) => void>)[binding];
      call?.({
        documentURL: e.documentURI,
        blockedURL: e.blockedURI,
        effectiveDirective: e.effectiveDirective,
        disposition: e.disposition,
        sourceFile: e.sourceFile,
        lineNumber: e.lineNumber,
        sample: e.sample,
      });
    });
  }, BINDING);
}

const problems = new WeakMap<Page, PageProblems>();

export function problemsOf(page: Page): PageProblems {
  let p = problems.get(page);
  if (!p) {
    p = { consoleErrors: [], pageErrors: [], cspViolations: [], failedRequests: [] };
    problems.set(page, p);
  }
  return p;
}

/** Starts recording a page's console errors, exceptions and failed requests. */
export function watchPage(page: Page): PageProblems {
  const p = problemsOf(page);
  page.on('console', (m) => {
    if (m.type() === 'error') p.consoleErrors.push(`${m.text()}${m.location().url ? ` (${m.location().url}:${m.location().lineNumber})` : ''}`);
  });
  page.on('pageerror', (e) => p.pageErrors.push(e.stack ?? e.message));
  page.on('requestfailed', (r) => {
    // a long-poll or fetch cut short by navigation or page close is not a failure of the page
    const reason = r.failure()?.errorText ?? '';
    if (reason.includes('ERR_ABORTED')) return;
    p.failedRequests.push(`${r.method()} ${r.url()}: ${reason}`);
  });
  return p;
}

/** One readable message for an assertion, empty when there is nothing wrong. */
export function describeProblems(p: PageProblems, serverReports: readonly CspViolation[] = []): string {
  const lines: string[] = [];
  const add = (title: string, items: readonly string[]) => {
    if (items.length) lines.push(`${title}:`, ...items.map((i) => `  - ${i}`));
  };
  const fmt = (v: CspViolation) => `${v.effectiveDirective} blocked ${v.blockedURL || '(inline)'} at ${v.sourceFile}:${v.lineNumber ?? '?'} ${v.sample}`;
  add('CSP violations seen in the page', p.cspViolations.map(fmt));
  add('CSP violations reported to the server', serverReports.map(fmt));
  add('console errors', p.consoleErrors);
  add('uncaught exceptions', p.pageErrors);
  add('failed requests', p.failedRequests);
  return lines.join('\n');
}
