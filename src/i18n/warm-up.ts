/**
 * The first Intl object a page makes costs 10-25 ms in Chromium (ICU loads its data); after it,
 * the stepper's number format, the phone field's region names and its collator take 1-4 ms
 * together, in any locale. So code that is about to show a flow makes one in a task of its own
 * (the next one), rather than inside the first screen's render.
 */
export function warmUpIntl(): void {
  setTimeout(() => new Intl.NumberFormat());
}
