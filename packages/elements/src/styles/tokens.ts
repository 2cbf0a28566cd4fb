import { css } from 'lit';

/**
 * The design tokens every widget shares, as CSS custom properties a host page can set from outside
 * (`wushe-needs-list { --wushe-color-primary: #0b57d0 }`). Sizes are px or em, never rem: host
 * pages often set `html { font-size: 62.5% }`, which would shrink every rem.
 *
 * Dark follows `prefers-color-scheme` unless `theme="light"` or `theme="dark"` is set. `elder`
 * (适老化, after MIIT's elder-friendly specs) raises the base font to 20px, line height to 1.6,
 * targets to 60px and contrast to at least 7:1.
 */
/** The dark palette: one definition for `prefers-color-scheme: dark` and for `theme="dark"`. */
const dark = css`
  --_primary: var(--wushe-color-primary, #ffb4a9);
  --_on-primary: var(--wushe-color-on-primary, #561e16);
  --_text: var(--wushe-color-text, #e6edf3);
  --_muted: var(--wushe-color-muted, #9da7b3);
  --_surface: var(--wushe-color-surface, #0d1117);
  --_surface-alt: var(--wushe-color-surface-alt, #161b22);
  --_border: var(--wushe-color-border, #6e7681);
  --_danger: var(--wushe-color-danger, #ff9b91);
  --_success: var(--wushe-color-success, #7ee2a8);
  --_focus: var(--wushe-color-focus, #79c0ff);
`;

/*
 * Comments stay out of the CSS below: a css`` template ships as written, comments included.
 * - Typography sits on the root inside the shadow root (part "base"), not on the host: a page's
 *   rules beat :host rules on the host element itself, so `* { line-height: 3 }` or
 *   `html { font-size: 62.5% }` in the page must not be what every inner element inherits.
 * - Buttons set `display` and `visibility`: a host page's `button { display: none }` must not
 *   hide ours.
 */
export const tokens = css`
  :host {
    --_primary: var(--wushe-color-primary, #b3261e);
    --_on-primary: var(--wushe-color-on-primary, #ffffff);
    --_text: var(--wushe-color-text, #1f2328);
    --_muted: var(--wushe-color-muted, #57606a);
    --_surface: var(--wushe-color-surface, #ffffff);
    --_surface-alt: var(--wushe-color-surface-alt, #f6f8fa);
    --_border: var(--wushe-color-border, #8c959f);
    --_danger: var(--wushe-color-danger, #b42318);
    --_success: var(--wushe-color-success, #1a7f37);
    --_focus: var(--wushe-color-focus, #0b57d0);
    --_radius: var(--wushe-radius, 8px);
    --_font: var(
      --wushe-font-family,
      system-ui,
      -apple-system,
      'PingFang SC',
      'Noto Sans CJK SC',
      'Microsoft YaHei',
      sans-serif
    );
    --_size: var(--wushe-font-size, 16px);
    --_line: 1.5;
    --_target: 44px;
    --_gap: 0.75em;

    display: block;
  }
  .base {
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: var(--_line);
    color: var(--_text);
    background: var(--_surface);
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  :host([elder]) {
    --_size: var(--wushe-font-size, 20px);
    --_line: 1.6;
    --_target: 60px;
    --_muted: var(--wushe-color-text, #1f2328);
    --_border: var(--wushe-color-text, #1f2328);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
    line-height: inherit;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    padding: 0 1em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
    visibility: visible;
    opacity: 1;
  }
  button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
