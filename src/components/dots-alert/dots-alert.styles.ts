import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    margin-block-end: var(--_dots-space-m);
  }
  .alert {
    display: flex;
    flex-direction: column;
    gap: var(--_dots-space-s);
    padding: var(--_dots-space-m);
    border-radius: var(--_dots-border-radius);
    border: var(--_dots-border-width) solid transparent;
    border-inline-start: 0.25rem solid var(--accent);
    background: var(--surface);
    color: var(--_dots-color-text);
  }
  .alert[data-variant='error'] {
    --accent: var(--_dots-color-error);
    --surface: var(--_dots-color-error-surface);
  }
  .alert[data-variant='warning'] {
    --accent: var(--_dots-color-warning);
    --surface: var(--_dots-color-warning-surface);
  }
  .alert[data-variant='success'] {
    --accent: var(--_dots-color-success);
    --surface: var(--_dots-color-success-surface);
  }
  .alert[data-variant='info'] {
    --accent: var(--_dots-color-primary);
    --surface: var(--_dots-color-info-surface);
  }
  .heading {
    margin: 0;
    font-weight: var(--_dots-font-weight-strong);
    font-size: 1em;
  }
  .message {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_dots-space-s);
  }
`;
