/**
 * The widget foundation, for other wushe widget packages (the staff widgets) to build on rather
 * than copy: the element base with its configuration, the load states, the remote data
 * controller, the locale machinery, the idempotent attempt, the design tokens and the guarded
 * `define`. A deliberate subpath (`@wushe/elements/foundation.js`): importing it defines no
 * element, so a staff package pulls in no resident widget.
 */
export { WusheElement } from './internal/wushe-element.js';
export { configProperties } from './internal/config-properties.js';
export { configContext, localeOf, LOCALES, type WusheConfig } from './internal/config.js';
export { defineElement, ELEMENTS_VERSION } from './internal/define.js';
export { RemoteController, RemoteStatus, sameArgs, type RemoteOptions } from './internal/remote.js';
export { renderLoadState, renderEmptyState, type LoadState } from './internal/load-state.js';
export { LocaleController, LocaleStrings, commonStrings, fill } from './internal/locale.js';
export { Attempt } from './internal/attempt.js';
export { reportError, type WusheErrorDetail, type WusheErrorEvent } from './events/wushe-error.js';
export { tokens } from './styles/tokens.js';
export { formStyles } from './styles/form.js';
export { loadStateStyles } from './styles/load-state.js';
export type { CommonStrings } from './locales/types.js';
export { formatFen } from './components/donation/money.js';
export {
  clearResidentSession,
  getResidentSession,
  residentScope,
  setResidentSession,
  signOutResident,
  subscribeResidentSession,
  type ResidentSessionListener,
  type StoredResidentSession,
} from './internal/resident-session.js';
export { ResidentSessionController } from './internal/resident-session-controller.js';
export {
  codeIn,
  ResidentSignInController,
  type SignInHost,
  type SignInStrings,
} from './internal/resident-sign-in.js';
export { residentSignInStyles } from './internal/resident-sign-in.styles.js';
export type * from './events/wushe-resident-signed-in.js';
export type * from './events/wushe-resident-signed-out.js';
