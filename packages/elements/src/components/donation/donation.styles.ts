import { css } from 'lit';
import { loadStateStyles } from '../../styles/load-state.js';
import { tokens } from '../../styles/tokens.js';

/**
 * The fund view's styles: header, progress, disclosure, platform, states. Giving's (the form, the
 * payment step, the outcome) and the ledger's arrive with their code (`giving.styles.ts`,
 * `ledger.styles.ts`), so a platform fund or the donate button's dialog chunk never carries them.
 */
export const donationStyles = [
  tokens,
  loadStateStyles,
  css`
    .base {
      display: grid;
      gap: var(--_gap);
      padding: 1em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    h2,
    h3,
    h4 {
      margin: 0 0 0.5em;
      line-height: 1.3;
    }
    h2 {
      font-size: 1.25em;
    }
    h3 {
      font-size: 1.1em;
    }
    h4 {
      font-size: 1em;
    }
    p {
      margin: 0 0 var(--_gap);
    }
    .description {
      color: var(--_muted);
    }
    progress {
      display: block;
      width: 100%;
      height: 0.75em;
      margin: 0 0 0.5em;
      appearance: none;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface-alt);
      overflow: hidden;
      accent-color: var(--_primary);
    }
    progress::-webkit-progress-bar {
      background: var(--_surface-alt);
    }
    progress::-webkit-progress-value {
      background: var(--_primary);
    }
    progress::-moz-progress-bar {
      background: var(--_primary);
    }
    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      font-variant-numeric: tabular-nums;
    }
    .raised {
      color: var(--_primary);
      font-size: 1.1em;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25em 1em;
      margin: 0 0 var(--_gap);
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .disclosure,
    .platform,
    .payment,
    .success,
    .failure,
    .ledger {
      padding: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .disclosure {
      background: var(--_surface-alt);
    }
    .disclosure.missing {
      border-left: 4px solid var(--_danger);
    }
    a {
      color: var(--_primary);
    }
    a.button-link {
      display: inline-flex;
      align-items: center;
      min-height: var(--_target);
      padding: 0 1em;
      border-radius: var(--_radius);
      background: var(--_primary);
      color: var(--_on-primary);
      font-weight: 600;
      text-decoration: none;
    }
    .qr-figure {
      display: grid;
      justify-items: start;
      gap: 0.25em;
      margin: 0;
    }
    .qr {
      width: 160px;
      height: 160px;
    }
    .optional,
    .hint {
      color: var(--_muted);
      font-weight: 400;
      font-size: 0.9em;
    }
    .hint {
      margin: 0;
    }
    .alert {
      margin: 0;
      padding: 0.75em;
      border-left: 4px solid var(--_danger);
      background: var(--_surface-alt);
    }
    .alert p {
      margin: 0;
    }
    .notice {
      margin: 0;
      padding: 0.5em 0.75em;
      background: var(--_surface-alt);
      border-radius: var(--_radius);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin: 0;
    }
    .status {
      color: var(--_muted);
    }
  `,
];
