import { css } from 'lit';
import { modalDialogStyles } from '../../../internal/modal-dialog.styles.js';

/**
 * The dialogs' own styles, adopted by the list's shadow root when the first dialog loads (see
 * `adoptDialogStyles`): the list's first load does not carry them.
 */
export const dialogStyles = css`
  ${modalDialogStyles}
  .field {
    display: grid;
    gap: 0.25em;
  }
  input[type='radio'],
  input[type='checkbox'] {
    min-width: 1.25em;
    min-height: 1.25em;
    margin: 0;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: var(--_target);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    display: grid;
    gap: 0.25em;
  }
  .field-error {
    color: var(--_danger);
    margin: 0;
  }
  .success {
    color: var(--_success);
    margin: 0;
  }
`;
