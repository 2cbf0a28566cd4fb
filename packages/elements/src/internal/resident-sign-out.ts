// The sign-out route, in a chunk of its own with the contract's schemas: loaded on sign-out, so a
// resident widget's first load does not carry the schemas for a session it may never end here.
export { residentSignOutRoute } from '@wushe/schema';
