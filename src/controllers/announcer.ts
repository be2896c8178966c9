import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * One polite live region per flow. The host renders `announcer.region` once in its template;
 * `announce(text)` puts the text there. The region is emptied first and filled on the next
 * frame, so the same sentence twice in a row is announced twice.
 */
export class AnnouncerController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly politeness: 'polite' | 'assertive';
  /** Every announcement made, newest last (for tests and debugging). */
  readonly history: string[] = [];

  constructor(host: ReactiveControllerHost, options: { politeness?: 'polite' | 'assertive' } = {}) {
    this.host = host;
    this.politeness = options.politeness ?? 'polite';
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The current text of the region. */
  get message(): string {
    return this.text;
  }

  announce(text: string): void {
    clearTimeout(this.timer);
    this.history.push(text);
    this.text = '';
    this.host.requestUpdate();
    // A short gap between clearing and filling makes screen readers treat it as new content.
    this.timer = setTimeout(() => {
      this.text = text;
      this.host.requestUpdate();
    }, 50);
  }

  clear(): void {
    clearTimeout(this.timer);
    this.text = '';
    this.host.requestUpdate();
  }

  /**
   * The live region to render once, visually hidden by the host's `srOnly` styles (a style
   * attribute here would be blocked and reported under a strict CSP without 'unsafe-inline').
   */
  get region(): TemplateResult {
    return html`<div
      part="live-region"
      role=${this.politeness === 'assertive' ? 'alert' : 'status'}
      aria-live=${this.politeness}
      aria-atomic="true"
      class="sr-only"
    >${this.text}</div>`;
  }
}
