import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    margin-block-end: var(--_dots-space-m);
  }
  input {
    cursor: pointer;
  }
  .text {
    display: flex;
    flex-direction: column;
  }
`;
