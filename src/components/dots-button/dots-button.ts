import { html, LitElement, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { DotsElement } from '../base/dots-element.ts';
import { buttonStyles, focusRing, srOnly } from '../../styles/shared.ts';
import { styles } from './dots-button.styles.ts';

/**
 * @summary A button with a `busy` state: it shows progress, sets `aria-busy`, keeps focus and
 * ignores further presses until the work ends. Never disabled silently.
 *
 * Clicks while busy are stopped before any listener sees them. A `type="submit"` button
 * submits the form it belongs to (it is form-associated).
 *
 * @slot - The button text.
 * @slot icon - An optional icon after the text.
 *
 * @csspart button - The native `<button>`.
 * @csspart spinner - The progress indicator shown while busy.
 *
 * @cssproperty --dots-button-background - Background (primary variant).
 * @cssproperty --dots-button-text - Text colour (primary variant).
 * @cssproperty --dots-button-hover-background - Background on hover.
 * @cssproperty --dots-button-secondary-background - Background (secondary variant).
 * @cssproperty --dots-button-secondary-text - Text colour (secondary variant).
 * @cssproperty --dots-button-secondary-border - Border (secondary variant).
 * @cssproperty --dots-button-border-radius - Corner radius.
 */
export class DotsButton extends DotsElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [...DotsElement.styles, focusRing, srOnly, buttonStyles, styles];

  @property({ reflect: true }) variant: 'primary' | 'secondary' | 'link' = 'primary';
  @property({ reflect: true }) type: 'button' | 'submit' | 'reset' = 'button';
  /** Work in progress: shows a spinner and swallows presses. */
  @property({ type: Boolean, reflect: true }) busy = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ type: Boolean, reflect: true, attribute: 'full-width' }) fullWidth = false;
  /** Accessible name when the visible text is not enough (icon-only buttons). */
  @property() label: string | undefined;

  @query('button') private button!: HTMLButtonElement;
  private readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // Registered first, in the capture phase on the host: runs before any other listener.
    this.addEventListener('click', this.guard, { capture: true });
  }

  private readonly guard = (e: Event): void => {
    if (this.busy || this.disabled) {
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    if (this.type === 'submit') this.internals.form?.requestSubmit();
    else if (this.type === 'reset') this.internals.form?.reset();
  };

  override focus(options?: FocusOptions): void {
    this.button ? this.button.focus(options) : super.focus(options);
  }

  override click(): void {
    this.button ? this.button.click() : super.click();
  }

  override render() {
    const cls = this.variant === 'primary' ? 'button' : `button ${this.variant}`;
    return html`<button
      part="button"
      class=${cls}
      type="button"
      dir=${this.localize.dir}
      aria-busy=${this.busy ? 'true' : 'false'}
      aria-label=${this.label ?? nothing}
      ?disabled=${this.disabled}
    >
      ${this.busy ? html`<span class="spinner" part="spinner" aria-hidden="true"></span>` : nothing}
      <slot></slot>
      ${this.busy ? html`<span class="sr-only">${this.localize.t('common.busy')}</span>` : nothing}
      <slot name="icon"></slot>
    </button>`;
  }
}
