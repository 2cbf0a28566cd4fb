import { css } from 'lit';

/**
 * The button's own few rules, not the shared tokens: before the click the button must stay
 * within 8 kB with Lit. The same custom properties theme it as every widget; sizes in px/em.
 */
export const donateButtonStyles = css`
  :host {
    display: inline-block;
    --_primary: var(--wushe-color-primary, #b3261e);
    --_on-primary: var(--wushe-color-on-primary, #ffffff);
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_primary: var(--wushe-color-primary, #ffb4a9);
      --_on-primary: var(--wushe-color-on-primary, #561e16);
    }
  }
  :host([theme='dark']) {
    --_primary: var(--wushe-color-primary, #ffb4a9);
    --_on-primary: var(--wushe-color-on-primary, #561e16);
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0 1.25em;
    border: 1px solid var(--_primary);
    border-radius: var(--wushe-radius, 8px);
    background: var(--_primary);
    color: var(--_on-primary);
    font-family: var(
      --wushe-font-family,
      system-ui,
      -apple-system,
      'PingFang SC',
      'Noto Sans CJK SC',
      'Microsoft YaHei',
      sans-serif
    );
    font-size: var(--wushe-font-size, 16px);
    font-weight: 600;
    line-height: 1.3;
    cursor: pointer;
    visibility: visible;
    opacity: 1;
  }
  :host([elder]) button {
    min-height: 60px;
    min-width: 60px;
    font-size: var(--wushe-font-size, 20px);
  }
  button:focus-visible {
    outline: 3px solid var(--wushe-color-focus, #0b57d0);
    outline-offset: 2px;
  }
  [part='error'] {
    display: block;
    margin-top: 0.25em;
    font-size: var(--wushe-font-size, 16px);
    color: var(--wushe-color-danger, #b42318);
  }
`;
