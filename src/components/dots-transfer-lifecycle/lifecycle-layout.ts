/**
 * Lays out a status transition table as a left-to-right diagram: each status in the column of
 * its longest path from the initial status, so every arrow points forward. Lit-free and
 * DOM-free: positions only.
 */

export interface LayoutNode {
  id: string;
  layer: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutEdge {
  from: string;
  to: string;
  /** SVG path data. */
  d: string;
}

export interface Layout {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  width: number;
  height: number;
}

export interface LayoutOptions {
  /** Width of each status box (one width for all, so columns line up). */
  nodeWidth: number;
  nodeHeight?: number;
  columnGap?: number;
  rowGap?: number;
  /** Mirror horizontally for right-to-left reading. */
  rtl?: boolean;
}

/** Id of the pseudo-node the first arrow starts from. */
export const START = '(new)';
const START_SIZE = 14;

export function layoutLifecycle(
  transitions: Readonly<Record<string, readonly string[]>>,
  initial: string,
  options: LayoutOptions,
): Layout {
  const nodeW = options.nodeWidth;
  const nodeH = options.nodeHeight ?? 36;
  const colGap = options.columnGap ?? 56;
  const rowGap = options.rowGap ?? 14;

  // Longest-path layers over the (acyclic) table; a cycle would stop at the first revisit.
  const layer = new Map<string, number>([[initial, 1]]);
  const order: string[] = [initial];
  const visit = (from: string, seen: Set<string>): void => {
    for (const to of transitions[from] ?? []) {
      if (seen.has(to)) continue;
      const next = (layer.get(from) ?? 1) + 1;
      if (!layer.has(to)) order.push(to);
      if ((layer.get(to) ?? 0) < next) layer.set(to, next);
      visit(to, new Set([...seen, to]));
    }
  };
  visit(initial, new Set([initial]));
  for (const id of Object.keys(transitions)) if (!layer.has(id)) (layer.set(id, 1), order.push(id));

  const layers = Math.max(...layer.values());
  const byLayer: string[][] = Array.from({ length: layers + 1 }, () => []);
  for (const id of order) byLayer[layer.get(id)!]!.push(id);

  const edgeList: Array<[string, string]> = [[START, initial]];
  for (const from of order) for (const to of transitions[from] ?? []) edgeList.push([from, to]);

  // Layers an arrow jumps over keep their middle row free for it.
  const crossed = new Set<number>();
  for (const [f, t] of edgeList) {
    if (f === START) continue;
    for (let l = layer.get(f)! + 1; l < layer.get(t)!; l++) crossed.add(l);
  }

  const rowsMax = Math.max(...byLayer.map((ids, l) => ids.length + (crossed.has(l) && ids.length % 2 === 1 ? 1 : 0)));
  const height = rowsMax * nodeH + (rowsMax - 1) * rowGap + 2 * rowGap;
  const mid = height / 2;
  const colX = (l: number) => (l === 0 ? 0 : START_SIZE + colGap + (l - 1) * (nodeW + colGap));
  const width = colX(layers) + nodeW;

  const nodes: LayoutNode[] = [{ id: START, layer: 0, x: 0, y: mid - START_SIZE / 2, width: START_SIZE, height: START_SIZE }];
  byLayer.forEach((ids, l) => {
    if (l === 0 || ids.length === 0) return;
    // Odd counts in a crossed layer sit above the middle row, leaving it to the long arrow.
    const slots = ids.length + (crossed.has(l) && ids.length % 2 === 1 ? 1 : 0);
    const top = mid - (slots * nodeH + (slots - 1) * rowGap) / 2;
    ids.forEach((id, i) => nodes.push({ id, layer: l, x: colX(l), y: top + i * (nodeH + rowGap), width: nodeW, height: nodeH }));
  });

  const pos = new Map(nodes.map((n) => [n.id, n]));
  const edges: LayoutEdge[] = edgeList.map(([from, to]) => {
    const a = pos.get(from)!;
    const b = pos.get(to)!;
    const x1 = a.x + a.width;
    const y1 = a.y + a.height / 2;
    const x2 = b.x - 4; // room for the arrow head
    const y2 = b.y + b.height / 2;
    const dx = (x2 - x1) / 2;
    const d = y1 === y2 ? `M ${x1} ${y1} L ${x2} ${y2}` : `M ${x1} ${y1} C ${x1 + dx} ${y1}, ${x2 - dx} ${y2}, ${x2} ${y2}`;
    return { from, to, d };
  });

  if (options.rtl) return mirror({ nodes, edges, width, height });
  return { nodes, edges, width, height };
}

function mirror(layout: Layout): Layout {
  const W = layout.width;
  return {
    ...layout,
    nodes: layout.nodes.map((n) => ({ ...n, x: W - n.x - n.width })),
    edges: layout.edges.map((e) => ({
      ...e,
      d: e.d.replace(/(-?[\d.]+) (-?[\d.]+)/g, (_, x: string, y: string) => `${W - Number(x)} ${y}`),
    })),
  };
}
