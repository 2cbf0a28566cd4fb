import type { KeyEditorStrings } from './zh-CN.js';

export const strings: KeyEditorStrings = {
  locale: 'en',
  title: 'API keys',
  empty: 'No keys yet',
  create: 'Issue a key',
  kind: 'Kind of key',
  publishable: 'Publishable key (for web pages)',
  publishableHint: 'Works only from the origins listed below',
  secret: 'Secret key (for servers)',
  secretHint: 'Never put it in a page: it acts as a district admin',
  origins: 'Allowed origins',
  originsHint: 'One a line, e.g. https://www.panyu.gov.cn',
  noOrigins: 'No origins (servers only)',
  created: 'Issued',
  revokedOn: 'Revoked',
  revoke: 'Revoke',
  revokeQuestion: 'A revoked key stops working at once, for good. Revoke it?',
  shownOnce:
    'Copy this key now and keep it safe: it is shown this once and can never be seen again.',
  copy: 'Copy',
  copied: 'Copied',
  stored: 'I have stored it',
};
