import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot?: HTMLElement | DocumentFragment };

export interface FocusControllerOptions {
  /** A value that changes when the step changes (the step id); focus follows each change. */
  key?: () => unknown;
  /** Selector of the heading inside the host's render root. */
  heading?: string;
  /** Selector of the error summary inside the host's render root. */
  errorSummary?: string;
  /** Move focus on the first render too (off by default: never steal focus on page load). */
  initial?: boolean;
}

/**
 * Moves focus where a person needs it: to the step heading after every step change (the heading
 * gets `tabindex="-1"` so it can take focus without entering the tab order), and to the error
 * summary after a failed submit.
 */
export class FocusController implements ReactiveController {
  private readonly host: Host;
  private readonly options: Required<Omit<FocusControllerOptions, 'key'>> & Pick<FocusControllerOptions, 'key'>;
  private lastKey: unknown;
  private rendered = false;

  constructor(host: Host, options: FocusControllerOptions = {}) {
    this.host = host;
    this.options = {
      heading: '[data-step-heading], [part~="heading"], h1, h2',
      errorSummary: 'dots-error-summary',
      initial: false,
      ...options,
    };
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.options.key) return;
    const key = this.options.key();
    const first = !this.rendered;
    this.rendered = true;
    if (first) {
      this.lastKey = key;
      if (this.options.initial) void this.focusHeading();
      return;
    }
    if (key !== this.lastKey) {
      this.lastKey = key;
      void this.focusHeading();
    }
  }

  private get root(): ParentNode {
    return (this.host.renderRoot ?? this.host.shadowRoot ?? this.host) as ParentNode;
  }

  private async settle(): Promise<void> {
    await this.host.updateComplete;
  }

  /** Focuses the step heading (or the element matching `selector`). Resolves with it, or null. */
  async focusHeading(selector = this.options.heading): Promise<HTMLElement | null> {
    await this.settle();
    const el = this.root.querySelector<HTMLElement>(selector);
    if (!el) return null;
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: false });
    return el;
  }

  /** Focuses the error summary after a failed submit. Resolves with it, or null. */
  async focusErrorSummary(selector = this.options.errorSummary): Promise<HTMLElement | null> {
    await this.settle();
    const el = this.root.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(selector);
    if (!el) return null;
    await el.updateComplete;
    el.focus();
    return el;
  }

  /** Focuses an element in the render root by selector (e.g. the first invalid field). */
  async focus(selector: string): Promise<HTMLElement | null> {
    await this.settle();
    const el = this.root.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(selector);
    // A custom element renders what takes focus in its first update.
    await el?.updateComplete;
    el?.focus();
    return el;
  }
}
