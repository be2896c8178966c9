import { css } from 'lit';

/** Visually hidden but read by screen readers. */
export const srOnly = css`
  .sr-only {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/** A visible focus indicator (WCAG 2.4.7 / 2.4.11) from the focus tokens; outlines survive forced colours. */
export const focusRing = css`
  :focus-visible {
    outline: var(--_dots-focus-ring-width) solid var(--_dots-focus-ring-color);
    outline-offset: var(--_dots-focus-ring-offset);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * Field layout and native controls: label, hint, error, input, select, checkbox. Used by every
 * input element so they look alike; each element still owns its own shadow root.
 */
export const controlStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  label,
  .label {
    font-weight: var(--_dots-font-weight-strong);
    color: var(--_dots-color-text);
    margin-block-end: var(--_dots-space-xs);
    padding: 0;
  }
  .optional {
    font-weight: normal;
    color: var(--_dots-color-text-secondary);
  }
  .hint {
    color: var(--_dots-color-text-secondary);
    font-size: 0.9375em;
    margin-block-end: var(--_dots-space-xs);
  }
  .error {
    color: var(--_dots-color-error);
    font-weight: var(--_dots-font-weight-strong);
    font-size: 0.9375em;
  }
  .error:not(:empty) {
    margin-block-end: var(--_dots-space-xs);
  }
  input:not([type='checkbox']),
  select {
    font: inherit;
    color: var(--_dots-input-text);
    background: var(--_dots-input-background);
    border: var(--_dots-border-width) solid var(--_dots-input-border);
    border-radius: var(--_dots-input-border-radius);
    min-block-size: var(--_dots-control-height);
    padding-inline: calc(var(--_dots-spacing) * 0.75);
    inline-size: 100%;
    min-inline-size: 0;
    transition: border-color var(--_dots-transition-duration);
  }
  input::placeholder {
    color: var(--_dots-input-placeholder);
    opacity: 1;
  }
  input:not([type='checkbox']):focus,
  select:focus {
    border-color: var(--_dots-input-focus-border);
    outline: var(--_dots-focus-ring-width) solid var(--_dots-focus-ring-color);
    outline-offset: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--_dots-color-error) !important;
    border-width: max(2px, var(--_dots-border-width)) !important;
  }
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_dots-color-primary);
  }
  .checkbox-row {
    display: flex;
    align-items: flex-start;
    gap: var(--_dots-space-s);
    min-block-size: 1.5rem;
  }
  .checkbox-row label {
    font-weight: normal;
    padding-block: 0.0625rem;
  }
  @media (forced-colors: active) {
    [aria-invalid='true'] {
      border-style: double !important;
      border-width: 4px !important;
    }
  }
`;

/** Styled native buttons: `.button`, `.button.secondary`, `.button.link`, busy spinner. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_dots-space-s);
    min-block-size: var(--_dots-control-height);
    min-inline-size: 24px;
    padding-block: 0;
    padding-inline: var(--_dots-space-l);
    font: inherit;
    font-weight: var(--_dots-font-weight-strong);
    color: var(--_dots-button-text);
    background: var(--_dots-button-background);
    border: var(--_dots-border-width) solid transparent;
    border-radius: var(--_dots-button-border-radius);
    cursor: pointer;
    text-decoration: none;
    transition: background-color var(--_dots-transition-duration);
  }
  .button:hover {
    background: var(--_dots-button-hover-background);
  }
  .button.secondary {
    color: var(--_dots-button-secondary-text);
    background: var(--_dots-button-secondary-background);
    border-color: var(--_dots-button-secondary-border);
  }
  .button.secondary:hover {
    background: var(--_dots-color-surface);
  }
  .button.link {
    min-block-size: 24px;
    padding-inline: var(--_dots-space-xs);
    color: var(--_dots-color-primary);
    background: transparent;
    text-decoration: underline;
  }
  .button[aria-busy='true'] {
    cursor: progress;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: dots-spin 0.8s linear infinite;
  }
  @keyframes dots-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-style: dotted;
      border-inline-end-color: currentColor;
    }
  }
`;
