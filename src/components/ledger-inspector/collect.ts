/** Up to `limit` items from a paged `{data, has_more}` source, following `starting_after`. */
export function collect<T extends { id: string }>(
  page: (startingAfter: string | undefined) => { data: T[]; has_more: boolean },
  limit: number,
): { items: T[]; more: boolean } {
  const items: T[] = [];
  let after: string | undefined;
  for (;;) {
    const p = page(after);
    items.push(...p.data);
    if (items.length >= limit) return { items: items.slice(0, limit), more: p.has_more || items.length > limit };
    if (!p.has_more || p.data.length === 0) return { items, more: false };
    after = p.data.at(-1)!.id;
  }
}
