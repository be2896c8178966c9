// Helpers shared by the bench pages: waiting between tasks, walking shadow roots, focus.

/** Resolves on the next macrotask: polls between tasks without timer clamping. */
export function tick(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/** Resolves at the start of the next frame. */
export const frame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));

/** Resolves after the next frame has been produced (a frame callback, then a task after it). */
export async function painted(): Promise<number> {
  await frame();
  await new Promise((r) => setTimeout(r, 0));
  return performance.now();
}

/** Polls `probe` between tasks until it returns a value; rejects after `ms`. */
export async function until<T>(probe: () => T | null | undefined | false, ms = 20_000, what = 'condition'): Promise<T> {
  const start = performance.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await tick();
  }
}

/** The innermost focused element, through shadow roots. */
export function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The first element matching `selector` in `root` or any shadow root below it. */
export function deepQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null {
  const hit = root.querySelector<T & Element>(selector);
  if (hit) return hit;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const inner = deepQuery<T>(el.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return null;
}

/** Long tasks since `since` (page time, ms). */
export const longTasksSince = (since: number) => window.__longtasks.filter((t) => t.start >= since);
