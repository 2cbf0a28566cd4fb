import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** The social workers serving in the picked division: add, edit, mark no longer in post. */
export const socialWorkersSection: ConsoleSection = {
  id: 'social-workers',
  title: { 'zh-CN': '社工', 'zh-HK': '社工', en: 'Social workers' },
  // Those who may add and edit them (`createSocialWorker`, `updateSocialWorker`).
  roles: ['district_admin', 'street_staff'],
  load: () => import('@wushe/staff-elements/social-worker-editor.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-social-worker-editor
      division=${division}
      lang=${lang}
      ?elder=${elder}
    ></wushe-social-worker-editor>`,
};
