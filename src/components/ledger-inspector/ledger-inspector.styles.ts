import { css } from 'lit';

export const ledgerInspectorStyles = css`
  /* carries only the direction; lays out as if its children were the host's */
  .root {
    display: contents;
  }
  :host {
    display: block;
    font-size: 0.9375em;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_dots-space-s) var(--_dots-space-m);
  }
  .title {
    font-family: var(--_dots-heading-font-family);
    font-size: var(--_dots-heading-font-size);
    font-weight: var(--_dots-font-weight-strong);
  }
  .status {
    min-block-size: 1.5em;
    margin-block: var(--_dots-space-s);
    color: var(--_dots-color-text-secondary);
  }
  .section {
    border: var(--_dots-border-width) solid var(--_dots-color-border);
    border-radius: var(--_dots-border-radius);
    margin-block-end: var(--_dots-space-s);
    overflow: hidden;
  }
  .section-heading {
    margin: 0;
  }
  .section-heading button {
    display: flex;
    align-items: center;
    gap: var(--_dots-space-s);
    inline-size: 100%;
    min-block-size: var(--_dots-control-height);
    padding-inline: var(--_dots-space-m);
    font: inherit;
    font-weight: var(--_dots-font-weight-strong);
    color: var(--_dots-color-text);
    background: var(--_dots-color-surface);
    border: 0;
    text-align: start;
    cursor: pointer;
  }
  .chevron {
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform var(--_dots-transition-duration);
  }
  [aria-expanded='false'] .chevron {
    transform: rotate(-45deg);
  }
  :host(:dir(rtl)) [aria-expanded='false'] .chevron {
    transform: rotate(135deg);
  }
  .section-body {
    padding: var(--_dots-space-m);
    display: flex;
    flex-direction: column;
    gap: var(--_dots-space-m);
  }
  .section-body[hidden] {
    display: none;
  }
  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
    /* The containing block of the cells' visually hidden text: without it that text escapes the
       scroller and makes a narrow page scroll sideways (reflow, WCAG 1.4.10). */
    position: relative;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: var(--_dots-font-weight-strong);
    padding-block-end: var(--_dots-space-xs);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--_dots-space-xs) var(--_dots-space-s);
    border-block-end: var(--_dots-border-width) solid var(--_dots-color-surface);
  }
  thead th {
    background: var(--_dots-color-surface);
    white-space: nowrap;
  }
  tbody th {
    font-weight: var(--_dots-font-weight-strong);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  tr[aria-current='true'] th {
    text-decoration: underline;
  }
  .sub {
    display: block;
    color: var(--_dots-color-text-secondary);
    font-weight: normal;
    font-size: 0.9375em;
  }
  td time {
    white-space: nowrap;
  }
  .url a {
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_dots-color-primary);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    gap: var(--_dots-space-s) var(--_dots-space-m);
  }
  .inline-form,
  .button-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_dots-space-s);
  }
  .field.inline {
    min-inline-size: 10rem;
  }
  .link-form {
    display: flex;
    flex-direction: column;
    gap: var(--_dots-space-s);
    align-items: flex-start;
  }
  .link-form .grid {
    inline-size: 100%;
  }
  .form-title {
    font-weight: var(--_dots-font-weight-strong);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_dots-space-xs);
  }
  .button.small {
    min-block-size: 2rem;
    padding-inline: var(--_dots-space-s);
    font-size: 0.9375em;
  }
  .outbox {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_dots-space-s);
  }
  .outbox li {
    padding: var(--_dots-space-s);
    border-radius: var(--_dots-border-radius);
    background: var(--_dots-color-surface);
  }
  .code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 1.125em;
    letter-spacing: 0.08em;
  }
  .notice {
    margin: 0;
    padding: var(--_dots-space-s);
    border-radius: var(--_dots-border-radius);
    background: var(--_dots-color-success-surface);
    color: var(--_dots-color-text);
  }
  .area-error {
    margin: 0;
  }
  .empty {
    margin: 0;
    color: var(--_dots-color-text-secondary);
  }
  .clock-now {
    margin: 0;
    display: flex;
    gap: var(--_dots-space-s);
    align-items: baseline;
  }
  .clock-now time {
    font-variant-numeric: tabular-nums;
    font-weight: var(--_dots-font-weight-strong);
  }
  .hint {
    margin: 0;
  }
  .data-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_dots-space-s);
    align-items: center;
  }
  .data-row.field {
    flex-direction: column;
    align-items: flex-start;
  }
  input[type='file'] {
    font: inherit;
  }
`;
