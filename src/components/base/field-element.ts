import { html, nothing, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DotsElement } from './dots-element.ts';
import { emit } from '../events.ts';
import type { MessageRef } from '../../controllers/localize.ts';
import type { MessageParams } from '../../i18n/types.ts';
import { controlStyles, focusRing, srOnly } from '../../styles/shared.ts';

/**
 * Base of the input elements. Holds the Lion-like interaction state and renders the label, hint
 * and error of one control that lives in the same shadow root (so `<label for>` works).
 *
 * Error display: the owner passes `error` (a catalog key, `{ key, params }` or text). It shows
 * once the field is `touched` (left after an edit) or `submitted` (the owner tried to submit),
 * never while the person is first typing. A shown error updates live as they fix it.
 */
export abstract class DotsFieldElement extends DotsElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [...DotsElement.styles, focusRing, srOnly, controlStyles];

  /** Name used in events and form data. */
  @property({ reflect: true }) name = '';
  /** Label text: a catalog key or literal text. */
  @property() label: MessageRef = '';
  /** Hint under the label: a catalog key or literal text. */
  @property() hint: MessageRef = '';
  /** Params for `label`/`hint`/`error` catalog keys. */
  @property({ type: Object }) params: MessageParams | undefined;
  /**
   * The owner's validation message for the current value (a catalog key such as
   * `errors.routing_number.checksum`, `{ key, params }`, or text). Empty when valid.
   */
  @property({ attribute: false }) error: MessageRef | { key: string; params?: MessageParams } | null = null;
  @property({ type: Boolean, reflect: true }) required = false;
  /** Hides the "(optional)" marker shown on fields that are not required. */
  @property({ type: Boolean, attribute: 'hide-optional' }) hideOptional = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Left (blurred) after an edit. Reset with `reset()`. */
  @property({ type: Boolean, reflect: true }) touched = false;
  /** Edited since created or reset. */
  @property({ type: Boolean, reflect: true }) dirty = false;
  /** Set by the owner after a submit attempt: errors show even on untouched fields. */
  @property({ type: Boolean, reflect: true }) submitted = false;

  protected readonly internals: ElementInternals;
  private _hadInteraction = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The element's own constraint message (money, phone, one-time code), used when `error` is empty. */
  protected intrinsicError(): MessageRef | { key: string; params?: MessageParams } | null {
    return null;
  }

  /** The message that applies now (owner first), shown or not. */
  get validationMessage(): string {
    const e = this.error || this.intrinsicError();
    if (!e) return '';
    return typeof e === 'object' ? this.localize.text(e as MessageRef, e.params) : this.localize.text(e, this.params);
  }

  /** True when an error applies and the interaction state allows showing it. */
  get errorVisible(): boolean {
    return this.validationMessage !== '' && (this.touched || this.submitted);
  }

  /** Clears interaction state (not the value). */
  reset(): void {
    this.touched = false;
    this.dirty = false;
    this.submitted = false;
    this._hadInteraction = false;
  }

  protected abstract formValue(): string | null;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.internals.setFormValue(this.formValue());
    const msg = this.validationMessage;
    const anchor = this.renderRoot.querySelector<HTMLElement>('input, select') ?? undefined;
    if (msg) this.internals.setValidity({ customError: true }, msg, anchor);
    else this.internals.setValidity({});
  }

  formResetCallback(): void {
    this.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** Call from the control's `input` handler. */
  protected noteInput(): void {
    this.dirty = true;
    this._hadInteraction = true;
  }

  /** Call from the control's `blur` handler: a field becomes touched once left after an edit. */
  protected noteBlur(): void {
    if (this._hadInteraction) this.touched = true;
  }

  protected emitInput(value: unknown, extra: object = {}): void {
    emit(this, 'dots-input', { name: this.name, value, ...extra });
  }

  protected emitChange(value: unknown, extra: object = {}): void {
    emit(this, 'dots-change', { name: this.name, value, ...extra });
  }

  /** `aria-describedby` for the control: hint and error ids when present. */
  protected describedBy(extra: string[] = []): string {
    const ids = [...extra];
    if (this.hint) ids.push('hint');
    if (this.errorVisible) ids.push('error');
    return ids.join(' ');
  }

  protected renderLabel(forId: string, text: MessageRef = this.label): TemplateResult {
    return html`<label part="label" for=${forId}
      >${this.localize.text(text, this.params)}${this.renderOptional()}</label
    >`;
  }

  protected renderOptional(): TemplateResult | typeof nothing {
    if (this.required || this.hideOptional) return nothing;
    return html` <span class="optional" part="optional">(${this.localize.t('common.optional')})</span>`;
  }

  protected renderHint(): TemplateResult | typeof nothing {
    if (!this.hint) return nothing;
    return html`<div id="hint" class="hint" part="hint">${this.localize.text(this.hint, this.params)}</div>`;
  }

  /** Always present (empty when valid) so the polite live region exists before a message arrives. */
  protected renderError(): TemplateResult {
    const visible = this.errorVisible;
    return html`<div id="error" class="error" part="error" aria-live="polite">${visible
      ? html`<span class="sr-only">${this.localize.t('common.error.prefix')} </span>${this.validationMessage}`
      : nothing}</div>`;
  }
}
