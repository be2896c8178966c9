import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: var(--_dots-font-weight-strong);
    margin-block-end: var(--_dots-space-s);
  }
  .scroll {
    overflow-x: auto;
    position: relative; /* contains absolutely placed content, so it scrolls here, not the page */
  }
  svg {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    font-family: inherit;
  }
  .node rect {
    fill: var(--_dots-color-background);
    stroke: var(--_dots-color-border);
    stroke-width: 1;
    stroke-dasharray: 4 3;
  }
  .node text {
    fill: var(--_dots-color-text-secondary);
    font-size: 13px;
  }
  .node.visited rect {
    fill: var(--_dots-color-info-surface);
    stroke: var(--_dots-color-primary);
    stroke-width: 2;
    stroke-dasharray: none;
  }
  .node.visited text {
    fill: var(--_dots-color-text);
  }
  .node.current rect {
    fill: var(--_dots-color-primary);
    stroke: var(--_dots-color-primary);
    stroke-width: 3;
    stroke-dasharray: none;
  }
  .node.current text {
    fill: var(--_dots-color-on-primary);
    font-weight: var(--_dots-font-weight-strong);
  }
  .start {
    fill: var(--_dots-color-text-secondary);
  }
  .edge {
    fill: none;
    stroke: var(--_dots-color-border);
    stroke-width: 1.5;
  }
  .edge.visited {
    stroke: var(--_dots-color-primary);
    stroke-width: 3;
  }
  .head {
    fill: var(--_dots-color-border);
  }
  .head.visited {
    fill: var(--_dots-color-primary);
  }
  .text {
    margin: var(--_dots-space-s) 0 0;
    padding-inline-start: var(--_dots-space-l);
    color: var(--_dots-color-text);
  }
  :host(:not([show-text])) .text-block {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .node rect,
    .edge {
      stroke: CanvasText;
    }
    .node text,
    .start,
    .head {
      fill: CanvasText;
    }
    .node.visited rect,
    .edge.visited,
    .node.current rect {
      stroke: Highlight;
    }
    .head.visited {
      fill: Highlight;
    }
    .node.current rect {
      fill: Highlight;
    }
    .node.current text {
      fill: HighlightText;
    }
  }
`;
