import { css } from 'lit';
import { residentSignInStyles } from '../../internal/resident-sign-in.styles.js';
import { formStyles } from '../../styles/form.js';
import { loadStateStyles } from '../../styles/load-state.js';
import { tokens } from '../../styles/tokens.js';

export const pointsStoreStyles = [
  tokens,
  loadStateStyles,
  formStyles,
  residentSignInStyles,
  css`
    .base {
      padding: 1em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    h2,
    h3 {
      margin: 0 0 0.5em;
      font-size: 1.25em;
      line-height: 1.3;
    }
    h3 {
      font-size: 1.1em;
    }
    p {
      margin: 0 0 var(--_gap);
    }
    .balance {
      font-weight: 600;
      font-size: 1.1em;
    }
    .notice {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }
    .notice,
    .alert {
      padding: 0.75em;
      border-left: 4px solid var(--_primary);
      background: var(--_surface-alt);
    }
    .alert {
      border-left-color: var(--_danger);
    }
    .filter {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin: 0 0 var(--_gap);
    }
    .filter button[aria-pressed='true'] {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    .rewards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
      gap: var(--_gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .reward {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      padding: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .reward p {
      margin: 0;
    }
    .reward button {
      margin-top: auto;
      align-self: start;
    }
    .kind {
      align-self: start;
      padding: 0 0.5em;
      border: 1px solid var(--_border);
      border-radius: 1em;
      font-size: 0.9em;
    }
    .price {
      color: var(--_primary);
      font-weight: 600;
    }
    .out .stock {
      color: var(--_danger);
      font-weight: 600;
    }
    .muted {
      color: var(--_muted);
    }
    dialog {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0;
      width: min(32em, 100% - 2em);
      color: var(--_text);
      background: var(--_surface);
      font-family: var(--_font);
      font-size: var(--_size);
      line-height: var(--_line);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    .dialog-body {
      display: grid;
      gap: var(--_gap);
      padding: 1em;
    }
    .dialog-body p,
    .dialog-body h3 {
      margin: 0;
    }
    .dialog-actions {
      display: flex;
      gap: 0.5em;
      justify-content: end;
      flex-wrap: wrap;
    }
    .refusal {
      padding: 0.75em;
      border-left: 4px solid var(--_danger);
      background: var(--_surface-alt);
    }
    .pickup {
      display: grid;
      justify-items: start;
      gap: 0.5em;
    }
    .code {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 2em;
      font-weight: 700;
      letter-spacing: 0.1em;
    }
    .qr {
      width: 180px;
      height: 180px;
    }
  `,
];
