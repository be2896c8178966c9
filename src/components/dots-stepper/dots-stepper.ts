import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DotsElement } from '../base/dots-element.ts';
import type { MessageRef } from '../../controllers/localize.ts';
import { srOnly } from '../../styles/shared.ts';
import { styles } from './dots-stepper.styles.ts';

export interface DotsStep {
  id: string;
  /** A catalog key (e.g. `compliance.title`) or text. */
  label: MessageRef;
}

/**
 * @summary Where the person is in a flow: an ordered list of steps, the current one marked
 * `aria-current="step"`, each with its state in words for screen readers. On narrow
 * containers it shows bars and one line ("Step 2 of 4: Tax form").
 *
 * @csspart nav - The `<nav>` landmark.
 * @csspart summary - The "Step X of Y" line shown on narrow containers.
 * @csspart list - The `<ol>`.
 * @csspart step - Each `<li>`; also `step-complete`, `step-current`, `step-upcoming`.
 * @csspart bar - The progress bar of a step.
 * @csspart label - The label of a step.
 *
 * @cssproperty --dots-color-primary - Bars of done and current steps.
 * @cssproperty --dots-color-border - Bars of upcoming steps.
 */
export class DotsStepper extends DotsElement {
  static override styles = [...DotsElement.styles, srOnly, styles];

  @property({ attribute: false }) steps: DotsStep[] = [];
  /** The current step: its id, or its index (0-based). */
  @property() current: string | number = 0;

  get currentIndex(): number {
    if (typeof this.current === 'number') return this.current;
    const byId = this.steps.findIndex((s) => s.id === this.current);
    if (byId >= 0) return byId;
    const n = Number(this.current);
    return Number.isInteger(n) ? n : 0;
  }

  override render() {
    const current = this.currentIndex;
    const total = this.steps.length;
    const currentStep = this.steps[current];
    const stateWord = { complete: 'common.progress.completed', current: 'common.progress.current', upcoming: 'common.progress.upcoming' } as const;
    return html`<nav part="nav" aria-label=${this.localize.t('common.progress.label')} dir=${this.localize.dir}>
      <p class="summary" part="summary" aria-hidden="true">
        ${currentStep
          ? this.localize.t('common.progress.step_of_named', { current: current + 1, total, name: this.localize.text(currentStep.label) })
          : ''}
      </p>
      <ol part="list">
        ${this.steps.map((step, i) => {
          const state = i < current ? 'complete' : i === current ? 'current' : 'upcoming';
          return html`<li part="step step-${state}" data-state=${state} data-step=${step.id} aria-current=${i === current ? 'step' : nothing}>
            <span class="bar" part="bar"></span>
            <span class="label" part="label">${this.localize.text(step.label)}<span class="sr-only">, ${this.localize.t(stateWord[state])}</span></span>
          </li>`;
        })}
      </ol>
    </nav>`;
  }
}
