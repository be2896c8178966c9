import { css } from 'lit';

export const transfersStyles = css`
  :host {
    display: block;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_dots-space-s) var(--_dots-space-m);
    margin-block-end: var(--_dots-space-s);
  }
  .filter {
    display: flex;
    flex-direction: column;
    min-inline-size: 12rem;
  }
  .count {
    color: var(--_dots-color-text-secondary);
    font-size: 0.9375em;
  }
  .list {
    block-size: 24rem;
    border: var(--_dots-border-width) solid var(--_dots-color-border);
    border-radius: var(--_dots-border-radius);
    background: var(--_dots-color-background);
  }
  .list-wrap[hidden] {
    display: none;
  }
  .item {
    inline-size: 100%;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(7.5rem, auto) 1fr;
    grid-template-areas:
      'status amount'
      'method date';
    align-items: center;
    gap: var(--_dots-space-xs) var(--_dots-space-m);
    inline-size: 100%;
    min-block-size: var(--_dots-control-height);
    padding: var(--_dots-space-s) var(--_dots-space-m);
    margin: 0;
    font: inherit;
    color: inherit;
    text-align: start;
    background: transparent;
    border: 0;
    border-block-end: var(--_dots-border-width) solid var(--_dots-color-surface);
    cursor: pointer;
  }
  .row:hover {
    background: var(--_dots-color-surface);
  }
  .row:focus-visible {
    outline-offset: calc(-1 * var(--_dots-focus-ring-width));
  }
  .status {
    grid-area: status;
  }
  .amount {
    grid-area: amount;
    justify-self: end;
    font-weight: var(--_dots-font-weight-strong);
    font-variant-numeric: tabular-nums;
  }
  .method {
    grid-area: method;
    color: var(--_dots-color-text-secondary);
  }
  .date {
    grid-area: date;
    justify-self: end;
    color: var(--_dots-color-text-secondary);
    font-size: 0.9375em;
  }
  @container (min-width: 36rem) {
    .row {
      grid-template-columns: 9rem 1fr 1fr auto;
      grid-template-areas: 'status method date amount';
    }
    .date {
      justify-self: start;
    }
  }
  .list-container {
    container-type: inline-size;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_dots-space-s);
    margin-block-start: var(--_dots-space-s);
    min-block-size: var(--_dots-control-height);
    color: var(--_dots-color-text-secondary);
  }
  .message {
    padding: var(--_dots-space-m);
    border-radius: var(--_dots-border-radius);
    background: var(--_dots-color-surface);
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_dots-space-s);
    padding: var(--_dots-space-s) var(--_dots-space-m);
    border-radius: var(--_dots-border-radius);
    border: var(--_dots-border-width) solid var(--_dots-color-error);
    background: var(--_dots-color-error-surface);
    color: var(--_dots-color-text);
  }
  dialog {
    inline-size: min(36rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: var(--_dots-space-l);
    color: var(--_dots-color-text);
    background: var(--_dots-color-background);
    border: var(--_dots-border-width) solid var(--_dots-color-border);
    border-radius: var(--_dots-border-radius);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-title {
    font-family: var(--_dots-heading-font-family);
    font-size: var(--_dots-heading-font-size);
    font-weight: var(--_dots-font-weight-strong);
    margin: 0 0 var(--_dots-space-s);
  }
  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    margin-block-start: var(--_dots-space-l);
  }
`;
