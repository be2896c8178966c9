/**
 * The loaded part of a payee's transfer list, newest first: pages appended at the end, live
 * events merged in place or prepended. Lit-free and synchronous so the rules are testable alone.
 * Every change produces a new `items` reference (the virtualizer re-renders on identity): a view
 * of the one backing array, made in O(1), so loading page after page is linear, not quadratic
 * (copying the list per page took seconds at 100,000 transfers). A view is live: it shows later
 * changes too; copy it (`[...items]`) to keep a snapshot.
 */
import type { Transfer, TransferStatus } from '../../core/ledger/schemas.ts';

export interface TransferFilter {
  /** the payee; null for every transfer of the app */
  userId: string | null;
  /** empty: every status */
  status: TransferStatus | '';
}

export type MergeResult = { kind: 'added' | 'updated'; transfer: Transfer; previous?: Transfer } | null;

/** The newer of two copies of one transfer: the one further along its history. */
function newer(a: Transfer, b: Transfer): Transfer {
  return b.status_history.length > a.status_history.length ? b : a;
}

/** A new reference to the same array: `Array.isArray` holds and every read goes to the array. */
const viewOf = (items: Transfer[]): readonly Transfer[] => new Proxy(items, {});

export class TransferListModel {
  #items: Transfer[] = [];
  #view: readonly Transfer[] = viewOf(this.#items);
  #index = new Map<string, number>();
  #hasMore = true;
  #loaded = false;
  /** the last id a page returned: the cursor for the next page */
  #cursor: string | undefined;
  filter: TransferFilter;

  constructor(filter: TransferFilter = { userId: '', status: '' }) {
    this.filter = filter;
  }

  get items(): readonly Transfer[] {
    return this.#view;
  }
  /** The backing array itself, live (pages are appended to it): for readers that want a plain array. */
  get array(): readonly Transfer[] {
    return this.#items;
  }
  get hasMore(): boolean {
    return this.#hasMore;
  }
  /** True once the first page arrived. */
  get loaded(): boolean {
    return this.#loaded;
  }
  get cursor(): string | undefined {
    return this.#cursor;
  }

  /** Forget everything (a new user or filter). */
  reset(filter: TransferFilter): void {
    this.filter = filter;
    this.#items = [];
    this.#view = viewOf(this.#items);
    this.#index.clear();
    this.#hasMore = true;
    this.#loaded = false;
    this.#cursor = undefined;
  }

  get(id: string): Transfer | undefined {
    const i = this.#index.get(id);
    return i === undefined ? undefined : this.#items[i];
  }

  indexOf(id: string): number {
    return this.#index.get(id) ?? -1;
  }

  matches(t: Transfer): boolean {
    if (this.filter.userId !== null && t.user_id !== this.filter.userId) return false;
    return this.filter.status === '' || t.status === this.filter.status;
  }

  /** Appends a page (older than what is loaded). A live copy already present wins if newer. */
  appendPage(page: { data: readonly Transfer[]; has_more: boolean }): void {
    const items = this.#items;
    for (const t of page.data) {
      const at = this.#index.get(t.id);
      if (at === undefined) {
        this.#index.set(t.id, items.length);
        items.push(t);
      } else {
        items[at] = newer(items[at]!, t);
      }
    }
    this.#view = viewOf(items);
    this.#hasMore = page.has_more;
    this.#loaded = true;
    const last = page.data.at(-1);
    if (last) this.#cursor = last.id;
  }

  /**
   * Merges a transfer from a live event. A transfer in the list is replaced in place (even if it
   * no longer matches the status filter: rows do not jump away under the reader). One that is not
   * in the list and matches goes to its place by creation time (a new one: the top), unless that
   * place is past the loaded pages (it arrives with its page). Returns what happened, or null.
   */
  apply(t: Transfer): MergeResult {
    const at = this.#index.get(t.id);
    if (at !== undefined) {
      const previous = this.#items[at]!;
      const kept = newer(previous, t);
      if (kept === previous) return null;
      this.#items[at] = kept;
      this.#view = viewOf(this.#items);
      return { kind: 'updated', transfer: kept, previous };
    }
    if (!this.matches(t)) return null;
    // Ties (same millisecond, common on a manual clock) put the arriving one first: it is the newest.
    let p = this.#items.findIndex((x) => x.created <= t.created);
    if (p < 0) {
      if (this.#hasMore && this.#loaded) return null;
      p = this.#items.length;
    }
    this.#items.splice(p, 0, t);
    this.#view = viewOf(this.#items);
    this.#reindex();
    return { kind: 'added', transfer: t };
  }

  #reindex(): void {
    this.#index.clear();
    this.#items.forEach((t, i) => this.#index.set(t.id, i));
  }
}
