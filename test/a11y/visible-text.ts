// What a person can read or hear from an element: text in its light and shadow trees (slotted
// content included, styles and templates not) and the attributes read out or shown as text.
const SPOKEN_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext'];
const SKIP = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

export function visibleStrings(root: Element): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const t = node.textContent?.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      return;
    }
    if (node instanceof Element) {
      if (SKIP.has(node.tagName)) return;
      for (const a of SPOKEN_ATTRIBUTES) {
        const v = node.getAttribute(a)?.trim();
        if (v) out.push(v);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out;
}

/** Every element's own text joined, so that a sentence split over elements is read whole too. */
export function blocks(root: Element): string[] {
  const out: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (SKIP.has(el.tagName)) continue;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
    for (const el of node.querySelectorAll('p, li, dd, dt, h1, h2, h3, h4, label, legend, button, option, a, [role=heading], [part~=live-region]')) {
      const t = el.textContent?.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return out;
}
