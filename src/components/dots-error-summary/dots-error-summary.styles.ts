import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .summary {
    border: max(2px, var(--_dots-border-width)) solid var(--_dots-color-error);
    border-radius: var(--_dots-border-radius);
    background: var(--_dots-color-background);
    padding: var(--_dots-space-m);
    margin-block-end: var(--_dots-space-l);
  }
  .summary:focus {
    outline: var(--_dots-focus-ring-width) solid var(--_dots-focus-ring-color);
    outline-offset: var(--_dots-focus-ring-offset);
  }
  h2,
  h3,
  h4 {
    margin: 0 0 var(--_dots-space-s);
    font-size: 1.125em;
    font-family: var(--_dots-heading-font-family);
  }
  p {
    margin: 0 0 var(--_dots-space-s);
  }
  ul {
    margin: 0;
    padding-inline-start: var(--_dots-space-l);
  }
  li {
    margin-block: var(--_dots-space-xs);
  }
  a {
    color: var(--_dots-color-error);
    font-weight: var(--_dots-font-weight-strong);
    display: inline-block;
    min-block-size: 24px;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  @media (forced-colors: active) {
    .summary:focus {
      outline-color: Highlight;
    }
  }
`;
