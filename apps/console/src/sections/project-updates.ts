import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** 项目进展: the projects of the picked division, their progress updates and lifecycle. */
export const projectUpdatesSection: ConsoleSection = {
  id: 'project-updates',
  title: { 'zh-CN': '项目进展', 'zh-HK': '項目進展', en: 'Project progress' },
  roles: ['district_admin', 'street_staff', 'community_staff', 'social_worker'],
  load: () => import('@wushe/staff-elements/project-updates.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-project-updates
      division=${division}
      lang=${lang}
      ?elder=${elder}
    ></wushe-project-updates>`,
};
