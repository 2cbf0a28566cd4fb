import { css } from 'lit';
import { formStyles, loadStateStyles, tokens } from '@wushe/elements/foundation.js';
import { workListStyles } from '../../internal/work-list.styles.js';

/**
 * What the call desk adds to a work list: the new call's form with its rubric rows, a call's
 * page, a proposal's ranking, the confirmation of closing.
 */
const own = css`
  .open-form,
  .call-page {
    display: grid;
    gap: var(--_gap);
  }
  .open-form {
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  h3,
  h4 {
    margin: 0;
  }
  h4 {
    font-size: 1.05em;
  }
  .call-page > p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .criterion {
    display: grid;
    grid-template-columns: minmax(10em, 2fr) repeat(2, minmax(6em, 1fr)) auto;
    gap: 0.5em;
    align-items: end;
  }
  @media (max-width: 40em) {
    .criterion {
      grid-template-columns: 1fr;
    }
  }
  .badge:not([data-open]) {
    border-color: var(--_muted);
    color: var(--_muted);
  }
  .badge[data-open] {
    border-color: var(--_primary);
    color: inherit;
  }
  .notice {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.3em solid var(--_primary);
    background: var(--_surface);
  }
  .confirm {
    display: grid;
    gap: 0.5em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .confirm p {
    margin: 0;
  }
  .result {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0;
  }
  .result dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .result dd {
    margin: 0;
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;

export const callDeskStyles = [tokens, formStyles, loadStateStyles, workListStyles, own];
