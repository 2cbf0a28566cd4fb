import { css } from 'lit';

/** The public ledger's tables, loaded with the ledger. */
export const ledgerStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
    margin: 0 0 0.5em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25em 0;
  }
  th,
  td {
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
