import { css } from 'lit';

export const styles = css`
  h3 {
    font-family: var(--_dots-heading-font-family);
    font-weight: var(--_dots-font-weight-strong);
    font-size: 1.0625em;
    margin: 0;
  }
  .unavailable,
  .status {
    display: flex;
    flex-direction: column;
    gap: var(--_dots-space-s);
    align-items: flex-start;
  }
  .unavailable p,
  .status p {
    margin: 0;
  }
  .note {
    color: var(--_dots-color-text-secondary);
  }
  dots-transfer-lifecycle {
    align-self: stretch;
  }
`;
