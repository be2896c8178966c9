import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { DotsElement } from '../base/dots-element.ts';
import { emit } from '../events.ts';
import type { MessageRef } from '../../controllers/localize.ts';
import type { MessageParams } from '../../i18n/types.ts';
import { addEnglish } from '../../i18n/catalog.ts';
import backendEn from '../../i18n/locales/en/errors-backend.ts';
import { focusRing } from '../../styles/shared.ts';
import { styles } from './dots-error-summary.styles.ts';

// Server field errors are backend messages; they travel with what shows them (see addEnglish).
addEnglish({ errors: backendEn });

export interface DotsErrorSummaryItem {
  /**
   * The field to focus: an element, or the id / `name` of one in the same root as the summary
   * (a dots field's `name`, so owners can pass their field names).
   */
  target?: HTMLElement | string;
  /** A catalog key or text. */
  message: MessageRef;
  params?: MessageParams;
}

/**
 * @summary The list of problems after a failed submit, each a link that moves focus to its
 * field. Renders nothing while `errors` is empty. A flow calls `focus()` on it after a failed
 * submit; it is a `role="alert"` region so the problems are announced when it appears.
 *
 * @event dots-error-focus - `{ target }` after a link moved focus to a field.
 *
 * @csspart base - The focusable container (role alert).
 * @csspart heading - The heading.
 * @csspart count - The "There are N problems" sentence.
 * @csspart list - The `<ul>`.
 * @csspart link - Each link.
 *
 * @cssproperty --dots-color-error - Border and link colour.
 */
export class DotsErrorSummary extends DotsElement {
  static override styles = [...DotsElement.styles, focusRing, styles];

  @property({ attribute: false }) errors: DotsErrorSummaryItem[] = [];
  /** Heading text: a catalog key or text. */
  @property() heading: MessageRef = 'common.error_summary.title';
  /** Level of the heading (2 to 4) to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 2 | 3 | 4 = 2;

  @query('.summary') private container!: HTMLElement | null;

  /** Moves focus to the summary itself (it is focusable with tabindex -1). */
  override focus(options?: FocusOptions): void {
    if (this.container) this.container.focus(options);
    else super.focus(options);
  }

  private resolve(target: DotsErrorSummaryItem['target']): HTMLElement | null {
    if (!target) return null;
    if (typeof target !== 'string') return target;
    const root = this.getRootNode() as Document | ShadowRoot;
    return (
      root.getElementById?.(target) ??
      (root.querySelector?.(`[name="${CSS.escape(target)}"]`) as HTMLElement | null) ??
      null
    );
  }

  private onLink(e: Event, item: DotsErrorSummaryItem): void {
    e.preventDefault();
    const el = this.resolve(item.target);
    if (!el) return;
    el.scrollIntoView?.({ block: 'center' });
    el.focus();
    emit(this, 'dots-error-focus', { target: typeof item.target === 'string' ? item.target : el.id || null });
  }

  override render() {
    if (this.errors.length === 0) return nothing;
    const tag = unsafeStatic(`h${[2, 3, 4].includes(this.headingLevel) ? this.headingLevel : 2}`);
    return html`<div class="summary" part="base" role="alert" tabindex="-1" aria-labelledby="heading" dir=${this.localize.dir}>
      ${staticHtml`<${tag} id="heading" part="heading">${this.localize.text(this.heading)}</${tag}>`}
      <p part="count">${this.localize.t('common.error_summary.count', { count: this.errors.length })}</p>
      <ul part="list">
        ${this.errors.map((item) => {
          const text = this.localize.text(item.message, item.params);
          const href = typeof item.target === 'string' ? `#${item.target}` : '#';
          return html`<li><a part="link" href=${href} @click=${(e: Event) => this.onLink(e, item)}>${text}</a></li>`;
        })}
      </ul>
    </div>`;
  }
}
