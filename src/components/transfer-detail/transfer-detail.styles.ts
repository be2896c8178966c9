import { css } from 'lit';

export const transferDetailStyles = css`
  /* carries only the direction; lays out as if its children were the host's */
  .root {
    display: contents;
  }
  :host {
    display: block;
  }
  .heading {
    font-family: var(--_dots-heading-font-family);
    font-weight: var(--_dots-font-weight-strong);
    font-size: 1.0625em;
    margin-block: var(--_dots-space-m) var(--_dots-space-s);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_dots-space-xs) var(--_dots-space-m);
    margin: 0;
  }
  dt {
    color: var(--_dots-color-text-secondary);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .reference {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    border-inline-start: 2px solid var(--_dots-color-border);
    margin-inline-start: 0.375rem;
  }
  li {
    position: relative;
    padding-inline-start: var(--_dots-space-m);
    padding-block: var(--_dots-space-xs) var(--_dots-space-s);
  }
  li::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.4375rem;
    inset-block-start: 0.625rem;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    background: var(--_dots-color-background);
    border: 2px solid var(--_dots-color-border);
  }
  li[aria-current='step']::before {
    background: var(--_dots-color-primary);
    border-color: var(--_dots-color-primary);
  }
  time {
    display: block;
    color: var(--_dots-color-text-secondary);
    font-size: 0.9375em;
  }
  .reason {
    display: block;
    font-size: 0.9375em;
  }
  @media (forced-colors: active) {
    li[aria-current='step']::before {
      background: Highlight;
      border-color: Highlight;
    }
  }
`;
