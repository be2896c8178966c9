import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }
  :host([full-width]) {
    display: block;
  }
  :host([full-width]) .button {
    inline-size: 100%;
  }
`;
