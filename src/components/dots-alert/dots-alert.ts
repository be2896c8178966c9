import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DotsElement } from '../base/dots-element.ts';
import { emit } from '../events.ts';
import type { MessageRef } from '../../controllers/localize.ts';
import { backendMessageKey } from '../../i18n/validation-keys.ts';
import { addEnglish } from '../../i18n/catalog.ts';
import backendEn from '../../i18n/locales/en/errors-backend.ts';
import type { MessageParams } from '../../i18n/types.ts';
import { buttonStyles, focusRing, srOnly } from '../../styles/shared.ts';
import { styles } from './dots-alert.styles.ts';

// The backend's messages travel with what shows them (see addEnglish).
addEnglish({ errors: backendEn });

/** What a backend failure looks like to the alert: a DotsError or its JSON. */
export interface DotsAlertError {
  code: string;
  message?: string;
  retryable?: boolean;
}

/**
 * @summary A message box, mostly for backend failures: shows what happened in the person's
 * language and offers Try again (the owner does the retry on `dots-retry`).
 *
 * Set `error` to a DotsError (its `code` picks `errors.backend.<code>`, `retryable` shows the
 * button), or `message` to a catalog key or text. Errors use `role="alert"`; other variants
 * `role="status"`.
 *
 * @event dots-retry - `{ code }` when Try again is pressed.
 * @event dots-dismiss - When the close button of a `dismissible` alert is pressed.
 *
 * @slot - Extra content under the message.
 *
 * @csspart base - The box.
 * @csspart heading - The title line.
 * @csspart message - The message.
 * @csspart actions - The button row.
 * @csspart retry - The Try again button.
 * @csspart dismiss - The close button.
 *
 * @cssproperty --dots-color-error-surface - Background of error alerts.
 * @cssproperty --dots-color-error - Accent of error alerts.
 */
export class DotsAlert extends DotsElement {
  static override styles = [...DotsElement.styles, focusRing, srOnly, buttonStyles, styles];

  @property({ reflect: true }) variant: 'error' | 'warning' | 'success' | 'info' = 'error';
  /** Title: a catalog key or text; a default per variant. */
  @property() heading: MessageRef = '';
  /** Body: a catalog key or text. Ignored when `error` is set. */
  @property() message: MessageRef = '';
  @property({ type: Object }) params: MessageParams | undefined;
  /** A backend error; its code selects the message. */
  @property({ attribute: false }) error: DotsAlertError | null = null;
  /** Show Try again. Defaults to `error.retryable` when an error is set. */
  @property({ type: Boolean }) retryable: boolean | undefined;
  /** A retry is in progress: the button shows progress and ignores presses. */
  @property({ type: Boolean, reflect: true }) busy = false;
  @property({ type: Boolean }) dismissible = false;

  private get showRetry(): boolean {
    return this.retryable ?? this.error?.retryable ?? false;
  }

  private onRetry(): void {
    if (this.busy) return;
    emit(this, 'dots-retry', { code: this.error?.code ?? null });
  }

  private onDismiss(): void {
    emit(this, 'dots-dismiss', {});
  }

  /** Moves focus to the Retry button when there is one, else to the box. */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot.querySelector<HTMLElement>('[part~="retry"]') ?? this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    target ? target.focus(options) : super.focus(options);
  }

  override render() {
    const titles = {
      error: 'common.alert.error_title',
      warning: 'common.alert.warning_title',
      success: 'common.alert.success_title',
      info: 'common.alert.info_title',
    } as const;
    const heading = this.localize.text(this.heading || titles[this.variant], this.params);
    const message = this.error ? this.localize.t(backendMessageKey(this.error.code)) : this.localize.text(this.message, this.params);
    return html`<div
      class="alert"
      part="base"
      data-variant=${this.variant}
      role=${this.variant === 'error' ? 'alert' : 'status'}
      tabindex="-1"
      dir=${this.localize.dir}
    >
      <p class="heading" part="heading">${heading}</p>
      ${message ? html`<p class="message" part="message">${message}</p>` : nothing}
      <slot></slot>
      ${this.showRetry || this.dismissible
        ? html`<div class="actions" part="actions">
            ${this.showRetry
              ? html`<button part="retry" class="button" type="button" aria-busy=${this.busy ? 'true' : 'false'} @click=${this.onRetry}>
                  ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.localize.t('common.retry')}
                  ${this.busy ? html`<span class="sr-only">${this.localize.t('common.busy')}</span>` : nothing}
                </button>`
              : nothing}
            ${this.dismissible
              ? html`<button part="dismiss" class="button secondary" type="button" @click=${this.onDismiss}>${this.localize.t('common.dismiss')}</button>`
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }
}
