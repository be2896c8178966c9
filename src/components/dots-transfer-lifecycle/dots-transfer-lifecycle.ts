import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { DotsElement } from '../base/dots-element.ts';
import { TRANSFER_TRANSITIONS, INITIAL_TRANSFER_STATUS } from '../../core/ledger/transitions.ts';
import type { StatusHistoryEntry, TransferStatus } from '../../core/ledger/schemas.ts';
import type { MessageKey } from '../../i18n/catalog-types.ts';
import { layoutLifecycle, START } from './lifecycle-layout.ts';
import { styles } from './dots-transfer-lifecycle.styles.ts';
import { addEnglish } from '../../i18n/catalog.ts';
import transfersEn from '../../i18n/locales/en/transfers.ts';
import statusEn from '../../i18n/locales/en/status.ts';

// This module's English travels with it, not with every element (see addEnglish).
addEnglish({ transfers: transfersEn, status: statusEn });

/** What the diagram needs of a transfer. */
export interface LifecycleTransfer {
  status: TransferStatus;
  status_history?: ReadonlyArray<Pick<StatusHistoryEntry, 'status'>>;
}

/**
 * @summary The transfer status diagram, drawn from the exported transition table
 * (`TRANSFER_TRANSITIONS`), with a text alternative listing every possible change. Given a
 * transfer (or `status` and `history`) it highlights where the transfer is and the statuses and
 * changes it went through.
 *
 * Not only colour: visited statuses have solid borders, unreached ones dashed, the current one
 * is filled with a thick border; the text alternative says the same in words.
 *
 * @csspart figure - The `<figure>`.
 * @csspart caption - The caption (title).
 * @csspart diagram - The `<svg>`.
 * @csspart text - The text alternative (visually hidden unless `show-text`).
 *
 * @cssproperty --dots-color-primary - Current and visited statuses and arrows.
 * @cssproperty --dots-color-border - Arrows and borders not taken yet.
 * @cssproperty --dots-color-info-surface - Fill of visited statuses.
 */
export class DotsTransferLifecycle extends DotsElement {
  static override styles = [...DotsElement.styles, styles];

  /** A transfer: its `status` and `status_history` drive the highlighting. */
  @property({ attribute: false }) transfer: LifecycleTransfer | null = null;
  /** The current status, when no `transfer` is given. */
  @property() status: TransferStatus | undefined;
  /** Statuses passed through, oldest first (statuses or `status_history` entries). */
  @property({ attribute: false }) history: ReadonlyArray<TransferStatus | Pick<StatusHistoryEntry, 'status'>> = [];
  /** The transition table to draw; the ledger's by default. */
  @property({ attribute: false }) transitions: Readonly<Record<string, readonly string[]>> = TRANSFER_TRANSITIONS;
  @property() initial: string = INITIAL_TRANSFER_STATUS;
  /** Shows the text alternative visibly under the diagram. */
  @property({ type: Boolean, reflect: true, attribute: 'show-text' }) showText = false;
  /** Hides the caption (when the page already has a heading for it). */
  @property({ type: Boolean, attribute: 'no-caption' }) noCaption = false;

  /** Statuses in the order the transfer went through them, ending with the current one. */
  get path(): string[] {
    const entries = this.transfer?.status_history ?? this.history;
    const path = entries.map((e) => (typeof e === 'string' ? e : e.status));
    const current = this.transfer?.status ?? this.status;
    if (current && path.at(-1) !== current) path.push(current);
    return path.filter((s, i) => s !== path[i - 1]);
  }

  private label(status: string): string {
    return status === START ? this.localize.t('transfers.lifecycle.new') : this.localize.t(`status.transfer.${status}` as MessageKey);
  }

  private list(items: string[], type: 'conjunction' | 'disjunction'): string {
    return new Intl.ListFormat(this.localize.locale, { type }).format(items);
  }

  override render() {
    const path = this.path;
    const current = path.at(-1);
    const visited = new Set(path);
    const taken = new Set(path.map((s, i) => `${i === 0 ? START : path[i - 1]}>${s}`));
    const statuses = Object.keys(this.transitions);
    const longest = Math.max(...statuses.map((s) => this.label(s).length));
    const layout = layoutLifecycle(this.transitions, this.initial, {
      nodeWidth: Math.max(96, Math.round(longest * 7.4 + 24)),
      rtl: this.localize.dir === 'rtl',
    });

    const edges = layout.edges.map((e) => {
      const on = path.length > 0 && taken.has(`${e.from}>${e.to}`);
      return svg`<path class="edge ${on ? 'visited' : ''}" d=${e.d} marker-end=${on ? 'url(#head-on)' : 'url(#head)'}></path>`;
    });
    const nodes = layout.nodes.map((n) => {
      if (n.id === START) return svg`<circle class="start" cx=${n.x + n.width / 2} cy=${n.y + n.height / 2} r=${n.width / 2}></circle>`;
      const state = n.id === current ? 'current' : visited.has(n.id) ? 'visited' : '';
      return svg`<g class="node ${state}" data-status=${n.id}>
        <rect x=${n.x} y=${n.y} width=${n.width} height=${n.height} rx="6"></rect>
        <text x=${n.x + n.width / 2} y=${n.y + n.height / 2} text-anchor="middle" dominant-baseline="central">${this.label(n.id)}</text>
      </g>`;
    });

    const title = this.localize.t('transfers.lifecycle.title');
    return html`<figure part="figure" aria-labelledby="caption" dir=${this.localize.dir}>
      <figcaption id="caption" part="caption" ?hidden=${this.noCaption}>${title}</figcaption>
      <div class="scroll">
        <svg
          part="diagram"
          role="img"
          aria-label=${this.localize.t('transfers.lifecycle.diagram_label')}
          aria-describedby="text"
          viewBox="-4 -4 ${layout.width + 8} ${layout.height + 8}"
          width=${layout.width + 8}
          height=${layout.height + 8}
        >
          <defs>
            <marker id="head" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="7" markerHeight="7" orient="auto">
              <path class="head" d="M 0 0 L 10 5 L 0 10 z"></path>
            </marker>
            <marker id="head-on" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="5" markerHeight="5" orient="auto">
              <path class="head visited" d="M 0 0 L 10 5 L 0 10 z"></path>
            </marker>
          </defs>
          ${edges} ${nodes}
        </svg>
      </div>
      <div class="text-block" id="text" part="text">
        ${current
          ? html`<p class="text">
              ${this.localize.t('transfers.lifecycle.current', { status: this.label(current) })}
              ${path.length > 1 ? this.localize.t('transfers.lifecycle.path', { path: this.list(path.map((s) => this.label(s)), 'conjunction') }) : nothing}
            </p>`
          : nothing}
        <ul class="text">
          <li>${this.localize.t('transfers.lifecycle.start', { status: this.label(this.initial) })}</li>
          ${statuses.map((s) => {
            const next = this.transitions[s] ?? [];
            return html`<li data-status=${s}>
              ${next.length
                ? this.localize.t('transfers.lifecycle.can_become', { from: this.label(s), to: this.list(next.map((t) => this.label(t)), 'disjunction') })
                : this.localize.t('transfers.lifecycle.final', { status: this.label(s) })}
            </li>`;
          })}
        </ul>
      </div>
    </figure>`;
  }
}
