/** Small statistics for benchmark samples. */

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** Linear-interpolated quantile (q in 0..1) of the samples; NaN for none. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export const min = (xs: readonly number[]): number => Math.min(...xs);
export const max = (xs: readonly number[]): number => Math.max(...xs);

export const ms = (x: number, digits = 1): string => (Number.isFinite(x) ? `${x.toFixed(digits)} ms` : 'n/a');
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const MB = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
export const int = (x: number): string => Math.round(x).toLocaleString('en-US');

/** A markdown table. */
export function table(head: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  const align = head.map((_, i) => (i === 0 ? '---' : '---:'));
  return [line(head), line(align), ...rows.map(line)].join('\n');
}
