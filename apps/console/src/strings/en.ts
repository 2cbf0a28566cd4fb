import type { ConsoleStrings } from './zh-CN.js';

export const strings: ConsoleStrings = {
  locale: 'en',
  appName: 'Wushe console',
  checking: 'Checking your sign-in…',
  signedInAs: 'Signed in as',
  roles: 'Roles and scopes',
  division: 'Working in',
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  language: 'Language',
  elder: 'Large text',
  loadFailed: 'The server cannot be reached right now',
  retry: 'Try again',
  noDivision: 'This account holds no role in a community or street: nothing to do here yet',
  menu: 'Work menu',
  roleNames: {
    district_admin: 'District admin',
    street_staff: 'Street staff',
    community_staff: 'Community worker',
    social_worker: 'Social worker',
    org_member: 'Organization member',
    reviewer: 'Reviewer',
  },
};
