import { css } from 'lit';

export const statusBadgeStyles = css`
  :host {
    display: inline-flex;
    vertical-align: middle;
    --_fg: var(--_dots-color-text-secondary);
    --_bg: var(--_dots-color-surface);
  }
  :host([data-tone='info']) {
    --_fg: var(--_dots-color-text);
    --_bg: var(--_dots-color-info-surface);
  }
  :host([data-tone='success']) {
    --_fg: var(--_dots-color-success);
    --_bg: var(--_dots-color-success-surface);
  }
  :host([data-tone='warning']) {
    --_fg: var(--_dots-color-warning);
    --_bg: var(--_dots-color-warning-surface);
  }
  :host([data-tone='error']) {
    --_fg: var(--_dots-color-error);
    --_bg: var(--_dots-color-error-surface);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_dots-space-xs);
    padding-block: 0.125em;
    padding-inline: 0.625em;
    border-radius: 999px;
    border: var(--_dots-border-width) solid currentColor;
    color: var(--_fg);
    background: var(--_bg);
    font-size: 0.875em;
    font-weight: var(--_dots-font-weight-strong);
    line-height: 1.4;
    white-space: nowrap;
  }
  .icon {
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: currentColor;
    flex: none;
  }
  /* Shapes differ by tone so the state does not rest on colour alone. */
  :host([data-tone='warning']) .icon {
    border-radius: 0;
    transform: rotate(45deg);
  }
  :host([data-tone='error']) .icon {
    border-radius: 0;
  }
  :host([data-tone='neutral']) .icon {
    background: transparent;
    border: 0.125em solid currentColor;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
