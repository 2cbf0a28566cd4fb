import { css } from 'lit';
import { formStyles, loadStateStyles, tokens } from '@wushe/elements/foundation.js';

const own = css`
  .base {
    min-height: 100vh;
    background: var(--_surface-alt);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.5em 1em;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  h1 {
    margin: 0 auto 0 0;
    font-size: 1.25em;
  }
  header label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  header select {
    width: auto;
  }
  .layout {
    display: grid;
    gap: 1em;
    padding: 1em;
    max-width: 80em;
    margin: 0 auto;
  }
  @media (min-width: 900px) {
    .layout {
      grid-template-columns: 20em minmax(0, 1fr);
      align-items: start;
    }
  }
  aside,
  main > * {
    padding: 1em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  aside {
    display: grid;
    gap: var(--_gap);
  }
  aside h2 {
    margin: 0;
    font-size: 1em;
  }
  aside p,
  aside ul {
    margin: 0;
  }
  aside ul {
    padding-left: 1.2em;
  }
  .menu {
    display: grid;
    gap: 0.25em;
    padding: 0;
    list-style: none;
  }
  .menu a {
    display: block;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    color: inherit;
    text-decoration: none;
  }
  .menu a:hover,
  .menu a:focus-visible {
    background: var(--_surface-alt);
  }
  .menu a[aria-current='page'] {
    font-weight: 600;
    background: var(--_surface-alt);
    box-shadow: inset 3px 0 0 var(--_primary);
  }
  .centered {
    display: grid;
    justify-items: center;
    padding: 2em 1em;
  }
  wushe-staff-sign-in {
    width: 100%;
    max-width: 26em;
  }
`;

export const consoleAppStyles = [tokens, formStyles, loadStateStyles, own];
