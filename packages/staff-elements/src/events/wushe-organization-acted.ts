/** In `<wushe-organization-desk>`, the organization claimed a need, proposed, or posted progress. */
export interface WusheOrganizationActedDetail {
  readonly organizationId: string;
  /** `claim`: a need was claimed (`needId`); `propose`: a proposal sent (`callId`, `proposalId`); `update`: progress posted (`projectId`, `updateId`). */
  readonly action: 'claim' | 'propose' | 'update';
  readonly needId?: string;
  readonly callId?: string;
  readonly proposalId?: string;
  readonly projectId?: string;
  readonly updateId?: string;
}

export type WusheOrganizationActedEvent = CustomEvent<WusheOrganizationActedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-organization-acted': WusheOrganizationActedEvent;
  }
}
