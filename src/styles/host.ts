import { css, unsafeCSS } from 'lit';
import { privateDeclarations } from './tokens.ts';

/**
 * The `:host` rules every dots element includes first: token resolution, colour scheme,
 * `theme` attribute, inherited font, reduced motion and `hidden`.
 */
export const hostStyles = css`
  :host {
    ${unsafeCSS(privateDeclarations())}
    color-scheme: var(--dots-color-scheme, light dark);
    font-family: var(--_dots-font-family);
    font-size: var(--_dots-font-size);
    line-height: 1.5;
    color: var(--_dots-color-text);
    --_dots-space-xs: calc(var(--_dots-spacing) * 0.25);
    --_dots-space-s: calc(var(--_dots-spacing) * 0.5);
    --_dots-space-m: var(--_dots-spacing);
    --_dots-space-l: calc(var(--_dots-spacing) * 1.5);
    --_dots-space-xl: calc(var(--_dots-spacing) * 2);
  }
  :host([theme='light']) {
    --dots-color-scheme: light;
  }
  :host([theme='dark']) {
    --dots-color-scheme: dark;
  }
  /* A pinned scheme may differ from the page's: the text colours then need their own background. */
  :host([theme]) {
    background-color: var(--_dots-color-background);
  }
  :host([hidden]) {
    display: none !important;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_dots-transition-duration: 0s;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;
