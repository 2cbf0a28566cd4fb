/** Which staff editor saved something. */
export type EditorName =
  'accounts' | 'keys' | 'organizations' | 'activities' | 'surveys' | 'social-workers' | 'funds';

/**
 * A staff editor saved a record: `action` says what was done (`created`, `updated`, `disabled`,
 * `enabled`, `revoked`, `cancelled`). Never carries a secret (an issued key is shown in the widget alone).
 */
export interface WusheEditorSavedDetail {
  readonly editor: EditorName;
  readonly id: string;
  readonly action: 'created' | 'updated' | 'disabled' | 'enabled' | 'revoked' | 'cancelled';
}

export type WusheEditorSavedEvent = CustomEvent<WusheEditorSavedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-editor-saved': WusheEditorSavedEvent;
  }
}
