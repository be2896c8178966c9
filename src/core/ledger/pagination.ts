/** `{data, has_more}` pages over a list kept oldest first, served newest first like the API. */
import { DotsError } from './errors.ts';
import type { Page } from './schemas.ts';

export interface PageArgs {
  limit?: number | undefined;
  starting_after?: string | undefined;
}

export const DEFAULT_LIMIT = 20;

/**
 * `ids` oldest first, `position` finds an id's index in it. `starting_after` is the last id of
 * the previous page; it need not match the filter (its status may have changed since).
 */
export function pageNewestFirst<T>(
  ids: readonly string[],
  position: (id: string) => number | undefined,
  args: PageArgs,
  pick: (id: string) => T | null,
): Page<T> {
  const limit = args.limit ?? DEFAULT_LIMIT;
  let start = ids.length - 1;
  if (args.starting_after !== undefined) {
    const at = position(args.starting_after);
    if (at === undefined) throw new DotsError('validation', `starting_after ${args.starting_after} is not an object of this list`, { field: 'starting_after' });
    start = at - 1;
  }
  const data: T[] = [];
  for (let i = start; i >= 0; i--) {
    const item = pick(ids[i]!);
    if (item === null) continue;
    if (data.length === limit) return { data, has_more: true };
    data.push(item);
  }
  return { data, has_more: false };
}
