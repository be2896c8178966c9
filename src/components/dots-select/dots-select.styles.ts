import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    margin-block-end: var(--_dots-space-m);
  }
  select {
    cursor: pointer;
  }
`;
