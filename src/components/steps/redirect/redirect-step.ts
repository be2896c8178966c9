import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { DotsStepView } from '../step-view.ts';
import { safeRedirectUrl } from '../../../core/flows/redirect.ts';
import { addEnglish } from '../../../i18n/catalog.ts';
import redirectEn from '../../../i18n/locales/en/redirect.ts';

// The step's English travels with its screen (see addEnglish); the stepper label is there from the start.
addEnglish({ redirect: redirectEn });

/**
 * @summary The redirect step: tells the person where they go next and continues after a
 * countdown they can stop (WCAG 2.2.1), or at once with Continue. Only http(s) addresses are
 * followed. Rendered by `<dots-flow>`; not meant to be used on its own.
 *
 * @csspart intro - The explanatory paragraph.
 * @csspart countdown - The countdown sentence.
 */
export class DotsRedirectStep extends DotsStepView {
  @state() private remaining = 0;
  @state() private paused = false;
  private timer: ReturnType<typeof setInterval> | undefined;
  private startedFor: number | null = null;

  private get url(): string | null {
    return safeRedirectUrl(this.context?.redirectUrl ?? null);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
  }

  private stopTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const seconds = this.context?.redirectSeconds ?? 0;
    const seq = this.snapshot?.seq ?? null;
    // Start once per visit to this step, when there is somewhere safe to go.
    if (this.startedFor === null && seq !== null && this.snapshot?.status === 'editing' && this.url && seconds > 0 && !this.paused) {
      this.startedFor = seq;
      this.remaining = seconds;
      this.timer = setInterval(() => this.tick(), 1000);
    }
  }

  private tick(): void {
    if (this.paused) return;
    this.remaining -= 1;
    if (this.remaining <= 0) {
      this.stopTimer();
      this.send({ type: 'next' });
    }
  }

  private stay(): void {
    this.paused = true;
    this.stopTimer();
  }

  override render() {
    const url = this.url;
    if (!url) return html`<dots-alert variant="warning" message="redirect.errors.unsafe_url"></dots-alert>`;
    const host = new URL(url).host;
    return html`<div class="fields">
      ${this.intro('redirect.body')}
      <p>${this.localize.t('redirect.destination', { host })}</p>
      ${this.timer !== undefined
        ? html`<p part="countdown" aria-live="off">${this.localize.t('redirect.countdown', { count: this.remaining })}</p>
            <div class="actions"><dots-button variant="secondary" @click=${this.stay}>${this.localize.t('redirect.stay')}</dots-button></div>`
        : this.paused
          ? html`<p>${this.localize.t('redirect.paused')}</p>`
          : nothing}
    </div>`;
  }
}
