import type { ProjectStatus } from '@wushe/schema';

/** In `<wushe-project-updates>`, a progress update was posted or a project moved on. */
export interface WusheProjectUpdatedDetail {
  readonly projectId: string;
  /** `update`: a progress update was posted (`updateId`); `status`: the project moved on. */
  readonly action: 'update' | 'status';
  readonly status: ProjectStatus;
  readonly updateId?: string;
}

export type WusheProjectUpdatedEvent = CustomEvent<WusheProjectUpdatedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-project-updated': WusheProjectUpdatedEvent;
  }
}
