import { defineElement } from '../../internal/define.js';
import { WusheProjects } from './projects.component.js';

export { WusheProjects };
export type { ProjectsStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-vote-cast.js';

defineElement('wushe-projects', WusheProjects);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-projects': WusheProjects;
  }
}
