import { css } from 'lit';
import { modalDialogStyles } from '../../internal/modal-dialog.styles.js';

/** The signed-in view's rules, adopted by the widget when the view arrives (see view.ts). */
export const viewStyles = css`
  ${modalDialogStyles}
  section {
    padding-top: var(--_gap);
    border-top: 1px solid var(--_border);
  }
  form {
    display: grid;
    gap: var(--_gap);
  }
  label {
    font-weight: 600;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .hint,
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .hint {
    margin: 0;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .details,
  .issued {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 1em;
    margin: 0 0 var(--_gap);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .volunteer-code {
    font-weight: 700;
    letter-spacing: 0.05em;
    font-variant-numeric: tabular-nums;
  }
  button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_on-primary);
  }
  button.secondary.danger {
    background: transparent;
    color: var(--_danger);
  }
  .confirm {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .cards {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card p {
    margin: 0 0 0.4em;
  }
  .card-title {
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    margin-inline-end: 0.4em;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-size: 0.9em;
  }
  .badge.confirmed {
    color: var(--_success);
  }
  .badge.cancelled {
    color: var(--_muted);
  }
  .table {
    width: 100%;
    margin: 0 0 var(--_gap);
    border-collapse: collapse;
  }
  .table th,
  .table td {
    padding: 0.4em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .table .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .credit,
  .in {
    color: var(--_success);
    font-weight: 600;
  }
  .balance {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
  }
  .balance strong {
    font-size: 2em;
    font-variant-numeric: tabular-nums;
  }
  .certificate {
    padding: 1.5em;
    border: 2px solid var(--_text);
    background: var(--_surface);
  }
  .certificate h3 {
    text-align: center;
    font-size: 1.4em;
    letter-spacing: 0.2em;
  }
  .statement {
    text-indent: 2em;
    line-height: 1.8;
  }
  .seal {
    margin-inline-start: 2em;
    color: var(--_muted);
  }
  @media print {
    section {
      padding: 0;
      border: 0;
    }
    .certificate {
      border: 0;
      color: #000;
      background: #fff;
    }
    .credit {
      color: inherit;
    }
  }
`;
