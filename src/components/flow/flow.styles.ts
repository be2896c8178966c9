import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    background: var(--_dots-color-background);
    color: var(--_dots-color-text);
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_dots-space-l);
    padding: var(--_dots-space-l);
    max-inline-size: 40rem;
  }
  h2 {
    font-family: var(--_dots-heading-font-family);
    font-size: var(--_dots-heading-font-size);
    font-weight: var(--_dots-font-weight-strong);
    line-height: 1.25;
    margin: 0;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: var(--_dots-focus-ring-width) solid var(--_dots-focus-ring-color);
    outline-offset: var(--_dots-focus-ring-offset);
  }
  .body {
    display: block;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_dots-space-s);
    align-items: center;
  }
  .complete {
    display: flex;
    flex-direction: column;
    gap: var(--_dots-space-s);
  }
  .complete p,
  .loading {
    margin: 0;
  }
  .loading {
    color: var(--_dots-color-text-secondary);
  }
`;
