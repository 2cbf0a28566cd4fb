import { css } from 'lit';

/**
 * A native modal `<dialog>` in a widget's shadow root (opened by `showModal()`, so in the top
 * layer): its frame, backdrop, body and actions. Adopted with the part of a widget that opens one.
 */
export const modalDialogStyles = css`
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
