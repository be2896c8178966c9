import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    margin-block-end: var(--_dots-space-l);
  }
  ol {
    display: flex;
    gap: var(--_dots-space-s);
    list-style: none;
    margin: 0;
    padding: 0;
    counter-reset: step;
  }
  li {
    flex: 1 1 0;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_dots-space-xs);
    color: var(--_dots-color-text-secondary);
    font-size: 0.9375em;
  }
  .bar {
    block-size: 0.25rem;
    border-radius: 0.125rem;
    background: var(--_dots-color-border);
  }
  li[data-state='complete'] .bar,
  li[data-state='current'] .bar {
    background: var(--_dots-color-primary);
  }
  li[data-state='current'] {
    color: var(--_dots-color-text);
    font-weight: var(--_dots-font-weight-strong);
  }
  li[data-state='complete'] {
    color: var(--_dots-color-text);
  }
  .label {
    overflow-wrap: anywhere;
  }
  .summary {
    display: none;
    margin: 0 0 var(--_dots-space-xs);
    font-weight: var(--_dots-font-weight-strong);
  }
  /* Phones: bars only, and one line saying where the person is. */
  @container (max-width: 30rem) {
    .summary {
      display: block;
    }
    li .label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  @media (forced-colors: active) {
    .bar {
      background: GrayText;
    }
    li[data-state='complete'] .bar,
    li[data-state='current'] .bar {
      background: Highlight;
    }
  }
`;
