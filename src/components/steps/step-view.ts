import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DotsElement } from '../base/dots-element.ts';
import type { DotsValueDetail } from '../events.ts';
import { emitFlowEvent } from '../flow/events.ts';
import type { DotsContext } from '../../core/flows/context.ts';
import type { FieldValue, FlowEvent, FlowSnapshot, StepValues } from '../../core/machine/types.ts';
import { resolveMessage, type ResolvedMessage } from './messages.ts';
import type { MessageRef as UiMessageRef } from '../../controllers/localize.ts';
import { srOnly } from '../../styles/shared.ts';

export type DotsSnapshot = FlowSnapshot<DotsContext>;

/** Input types where Enter means "Continue" (as it does in a native form). */
const SUBMITTING_INPUTS = new Set(['text', 'email', 'tel', 'url', 'number', 'password', 'date', 'search']);

export interface FieldOptions {
  hint?: UiMessageRef;
  params?: Record<string, string | number>;
  autocomplete?: string;
  inputmode?: string;
  type?: 'text' | 'email' | 'tel' | 'date' | 'url';
  optional?: boolean;
  maxlength?: number;
  autocapitalize?: string;
}

/**
 * Base of the step views. A view renders the fields of one step from the snapshot and turns what
 * the person does into machine events (`dots-flow-input`), nothing else: no validation, no
 * backend calls. The flow around it renders the heading, stepper, alerts and buttons.
 */
export class DotsStepView extends DotsElement {
  static override styles = [
    ...DotsElement.styles,
    srOnly,
    css`
      :host {
        display: block;
      }
      .fields {
        display: flex;
        flex-direction: column;
        gap: var(--_dots-space-m);
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-inline-size: 0;
        display: flex;
        flex-direction: column;
        gap: var(--_dots-space-m);
      }
      legend,
      h3 {
        font-family: var(--_dots-heading-font-family);
        font-weight: var(--_dots-font-weight-strong);
        font-size: 1.0625em;
        margin: 0 0 var(--_dots-space-s);
        padding: 0;
      }
      p {
        margin: 0;
      }
      .intro,
      .note {
        color: var(--_dots-color-text-secondary);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_dots-space-m);
      }
      .row > * {
        flex: 1 1 12rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_dots-space-s);
        align-items: center;
      }
      [tabindex='-1']:focus {
        outline: none;
      }
    `,
  ];

  /** The flow's current snapshot (set by `<dots-flow>`). */
  @property({ attribute: false }) snapshot: DotsSnapshot | null = null;

  constructor() {
    super();
    // Field events come from inside this view's shadow root (retargeted to the view here).
    this.addEventListener('dots-input', (e) => this.onFieldInput(e as CustomEvent<DotsValueDetail>));
    this.addEventListener('dots-change', (e) => this.onFieldChange(e as CustomEvent<DotsValueDetail>));
    this.addEventListener('keydown', (e) => this.onKeydown(e));
  }

  /** Sends an event to the flow's machine. */
  protected send(event: FlowEvent): void {
    emitFlowEvent(this, 'dots-flow-input', event);
  }

  protected get step(): string {
    return this.snapshot?.current ?? '';
  }

  protected get context(): DotsContext | null {
    return this.snapshot?.context ?? null;
  }

  protected get values(): StepValues {
    return this.snapshot?.values[this.step] ?? {};
  }

  protected str(field: string): string {
    const v = this.values[field];
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
  }

  /** A submit or action runs: fields keep what was sent. Not while the flow starts (see showWhileStarting). */
  protected get busy(): boolean {
    const s = this.snapshot;
    return !!s && s.status === 'submitting' && s.pending.kind !== 'init';
  }

  /** True while the named action of this step runs. */
  protected actionBusy(name: string): boolean {
    const s = this.snapshot;
    return !!s && s.status === 'submitting' && s.pending.kind === 'action' && s.pending.action === name;
  }

  protected error(field: string): ResolvedMessage | null {
    const ref = this.snapshot?.errors[field];
    return ref ? resolveMessage(this.localize, ref) : null;
  }

  /** The `•••• 1234` of a sensitive value saved earlier on this step. */
  protected masked(field: string): string | null {
    return this.snapshot?.masked[this.step]?.[field] ?? null;
  }

  /** The field element named `name`, for the error summary's links. */
  fieldElement(name: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  }

  /** How a field's `dots-input` detail becomes values (override for compound fields). */
  protected fieldValues(detail: DotsValueDetail): Array<[string, FieldValue]> {
    const v = detail.value;
    return [[detail.name, typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v)]];
  }

  private onFieldInput(e: CustomEvent<DotsValueDetail>): void {
    if (!e.detail?.name) return;
    e.stopPropagation();
    for (const [field, value] of this.fieldValues(e.detail)) this.send({ type: 'change', field, value });
  }

  private onFieldChange(e: CustomEvent<DotsValueDetail>): void {
    if (!e.detail?.name) return;
    e.stopPropagation();
    for (const [field] of this.fieldValues(e.detail)) this.send({ type: 'blur', field });
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Enter' || e.isComposing || e.defaultPrevented) return;
    const origin = e.composedPath()[0];
    if (origin instanceof HTMLInputElement && SUBMITTING_INPUTS.has(origin.type)) {
      e.preventDefault();
      this.submitFromEnter();
    }
  }

  /** What Enter in a text field does: Continue, unless a step says otherwise. */
  protected submitFromEnter(): void {
    this.send({ type: 'next' });
  }

  // ---- field templates (building blocks from the UI kit) ----

  protected textField(name: string, label: UiMessageRef, o: FieldOptions = {}): TemplateResult {
    const err = this.error(name);
    return html`<dots-text-field
      name=${name}
      .label=${label}
      .hint=${o.hint ?? ''}
      .params=${o.params}
      .value=${this.str(name)}
      .error=${err}
      .submitted=${!!err}
      type=${o.type ?? 'text'}
      autocomplete=${ifDefined(o.autocomplete)}
      inputmode=${ifDefined(o.inputmode)}
      autocapitalize=${ifDefined(o.autocapitalize)}
      maxlength=${ifDefined(o.maxlength)}
      ?required=${!o.optional}
      ?readonly=${this.busy}
    ></dots-text-field>`;
  }

  protected intro(key: UiMessageRef, params?: Record<string, string | number>): TemplateResult | typeof nothing {
    return key ? html`<p class="intro" part="intro">${this.localize.text(key, params)}</p>` : nothing;
  }
}
