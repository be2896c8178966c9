import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    margin-block-end: var(--_dots-space-m);
  }
  .control {
    display: flex;
    gap: var(--_dots-space-s);
  }
  select {
    flex: 0 0 auto;
    inline-size: auto;
    max-inline-size: 11rem;
    cursor: pointer;
  }
  input {
    flex: 1 1 auto;
    direction: ltr;
  }
  :host(:dir(rtl)) input {
    text-align: end;
  }
`;
