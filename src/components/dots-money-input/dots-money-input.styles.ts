import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    margin-block-end: var(--_dots-space-m);
  }
  .control {
    position: relative;
    display: flex;
    align-items: stretch;
  }
  .affix {
    display: flex;
    align-items: center;
    padding-inline: calc(var(--_dots-spacing) * 0.75);
    color: var(--_dots-color-text-secondary);
    background: var(--_dots-color-surface);
    border: var(--_dots-border-width) solid var(--_dots-input-border);
    white-space: nowrap;
  }
  .affix.start {
    border-inline-end: 0;
    border-start-start-radius: var(--_dots-input-border-radius);
    border-end-start-radius: var(--_dots-input-border-radius);
  }
  .affix.end {
    border-inline-start: 0;
    border-start-end-radius: var(--_dots-input-border-radius);
    border-end-end-radius: var(--_dots-input-border-radius);
  }
  .affix.start + input {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  input:has(+ .affix.end) {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  input {
    font-variant-numeric: tabular-nums;
    direction: ltr;
    text-align: start;
  }
  :host(:dir(rtl)) input {
    text-align: end;
  }
`;
