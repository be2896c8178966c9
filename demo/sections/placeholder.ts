import { h } from '../lib/dom.ts';
import type { DemoSection } from '../lib/context.ts';

/** A section whose content is still to come: says so, so the page is honest about it. */
export function placeholderSection(id: string, title: string, description: string): DemoSection {
  return {
    id,
    title,
    description,
    mount(host) {
      host.append(h('p', { class: 'demo-placeholder' }, 'This part of the demo is not built yet.'));
    },
  };
}
