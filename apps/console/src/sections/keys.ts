import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** The district's API keys: issue (a secret key shown once), revoke. A district admin's alone. */
export const keysSection: ConsoleSection = {
  id: 'keys',
  title: { 'zh-CN': 'API 密钥', 'zh-HK': 'API 密鑰', en: 'API keys' },
  roles: ['district_admin'],
  load: () => import('@wushe/staff-elements/key-editor.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-key-editor division=${division} lang=${lang} ?elder=${elder}></wushe-key-editor>`,
};
