import {
  createSocialWorkerRoute,
  listDivisionsRoute,
  listOrganizationsRoute,
  listSocialWorkersRoute,
  updateSocialWorkerRoute,
  type CreateSocialWorkerRequest,
  type DivisionTree,
  type Organization,
  type SocialWorker,
  type UpdateSocialWorkerRequest,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';
import { placeOf } from '../../internal/divisions.js';

export interface SocialWorkersData {
  readonly socialWorkers: readonly SocialWorker[];
  /** The district's social-work agencies (社工机构), which employ social workers. */
  readonly agencies: readonly Organization[];
  readonly tree: DivisionTree;
}

/** How many social workers, and agencies, one page shows. */
export const SOCIAL_WORKERS_PAGE = 100;

/** The query of the social workers serving in `division`, those no longer in post too. */
export const socialWorkersQuery = (division: string) =>
  ({ ...placeOf(division), active: 'any', limit: SOCIAL_WORKERS_PAGE }) as const;

/** The social workers serving in `division` (a whole district: all), the agencies and the divisions. */
export async function loadSocialWorkers(
  requester: Requester,
  division: string,
  signal: AbortSignal,
): Promise<SocialWorkersData> {
  const [page, agencies, tree] = await Promise.all([
    requester.call(listSocialWorkersRoute, { query: socialWorkersQuery(division) }, { signal }),
    requester.call(
      listOrganizationsRoute,
      { query: { kind: 'social_work_agency', limit: SOCIAL_WORKERS_PAGE } },
      { signal },
    ),
    requester.call(listDivisionsRoute, {}, { signal }),
  ]);
  return { socialWorkers: page.data, agencies: agencies.data, tree };
}

export const createSocialWorker = (requester: Requester, body: CreateSocialWorkerRequest) =>
  requester.call(createSocialWorkerRoute, { body });

export const updateSocialWorker = (
  requester: Requester,
  id: string,
  body: UpdateSocialWorkerRequest,
) => requester.call(updateSocialWorkerRoute, { params: { id }, body });
