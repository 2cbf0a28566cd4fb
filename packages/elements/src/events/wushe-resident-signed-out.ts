/**
 * The resident signed out in a resident widget (or erased their data): every resident widget of
 * the page shows its sign-in again. `detail.residentId` is the resident's id (`rsd_…`).
 */
export type WusheResidentSignedOutEvent = CustomEvent<{ readonly residentId: string }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-resident-signed-out': WusheResidentSignedOutEvent;
  }
}
