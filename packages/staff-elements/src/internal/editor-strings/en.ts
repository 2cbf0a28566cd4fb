import type { EditorStrings } from './zh-CN.js';

export const strings: EditorStrings = {
  locale: 'en',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  confirm: 'Confirm',
  actionFailed: 'That did not work: {message}',
  fixFields: 'Please correct the marked fields',
  forbidden: 'Your account may not edit this here',
  signedOut: 'Your session has ended: please sign in again',
  saved: 'Saved: {title}',
  roleNames: {
    district_admin: 'District admin',
    street_staff: 'Street staff',
    community_staff: 'Community worker',
    social_worker: 'Social worker',
    org_member: 'Organization member',
    reviewer: 'Reviewer',
  },
};
