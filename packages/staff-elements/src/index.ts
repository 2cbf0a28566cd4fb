export * from './components/staff-sign-in/staff-sign-in.js';
export * from './components/review-queue/review-queue.js';
export * from './components/donation-desk/donation-desk.js';
export * from './components/hours-recorder/hours-recorder.js';
export * from './components/queue-counts/queue-counts.js';
export * from './components/account-editor/account-editor.js';
export * from './components/key-editor/key-editor.js';
export * from './components/organization-editor/organization-editor.js';
export { StaffElement, isForbidden, isSignedOut } from './internal/staff-element.js';
