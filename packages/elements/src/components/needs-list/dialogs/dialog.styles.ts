import { css } from 'lit';

/**
 * The dialogs' own styles, adopted by the list's shadow root when the first dialog loads (see
 * `adoptDialogStyles`): the list's first load does not carry them.
 */
export const dialogStyles = css`
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
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0;
    width: min(36em, 100% - 2em);
    color: var(--_text);
    background: var(--_surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog form,
  dialog .dialog-body {
    display: grid;
    gap: var(--_gap);
    padding: 1em;
  }
  .dialog-actions {
    display: flex;
    gap: 0.5em;
    justify-content: end;
    flex-wrap: wrap;
  }
`;
