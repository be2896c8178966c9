/**
 * Test-only faults for one app's API traffic (`POST /demo/faults`), so the HTTP adapter's
 * error handling runs against a real socket: the next N requests answer a status (with an
 * optional Retry-After), an HTML page, a truncated or wrongly typed JSON body, or only after a
 * delay. Scoped to the app of the token, so parallel test files never see each other's faults.
 */
import { z } from 'zod';

export const FaultSpec = z.object({
  /** how many of the next API requests this fault applies to */
  times: z.number().int().min(1).max(100).default(1),
  status: z.number().int().min(200).max(599).optional(),
  retry_after: z.number().int().min(0).max(3600).optional(),
  /** wait this long before answering (normally, unless status/body say otherwise) */
  delay_ms: z.number().int().min(0).max(60_000).optional(),
  body: z.enum(['html', 'truncated', 'wrong_type']).optional(),
  /** only requests whose path starts with this */
  path_prefix: z.string().optional(),
});
export type FaultSpec = z.output<typeof FaultSpec>;

export class FaultBook {
  readonly #byApp = new Map<string, FaultSpec[]>();

  add(appId: string, spec: FaultSpec): void {
    const list = this.#byApp.get(appId) ?? [];
    list.push({ ...spec });
    this.#byApp.set(appId, list);
  }

  clear(appId: string): void {
    this.#byApp.delete(appId);
  }

  /** Takes one use of the first fault that matches this request. */
  take(appId: string, path: string): FaultSpec | null {
    const list = this.#byApp.get(appId);
    if (!list) return null;
    const i = list.findIndex((f) => !f.path_prefix || path.startsWith(f.path_prefix));
    if (i < 0) return null;
    const f = list[i]!;
    f.times -= 1;
    if (f.times <= 0) list.splice(i, 1);
    return f;
  }
}
