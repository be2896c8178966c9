import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    margin-block-end: var(--_dots-space-m);
  }
  input {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 1.375em;
    letter-spacing: 0.4em;
    max-inline-size: 12em;
    direction: ltr;
    text-align: start;
    font-variant-numeric: tabular-nums;
  }
`;
