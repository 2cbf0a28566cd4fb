import {
  createOrganizationRoute,
  listDivisionsRoute,
  listOrganizationsRoute,
  updateOrganizationRoute,
  type CreateOrganizationRequest,
  type DivisionTree,
  type Organization,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';
import { placeOf } from '../../internal/divisions.js';

export interface OrganizationsData {
  readonly organizations: readonly Organization[];
  readonly tree: DivisionTree;
}

/** How many organizations one page shows. */
export const ORGANIZATIONS_PAGE = 100;

/** The organizations working in `division` (a whole district: all), and the divisions. */
export async function loadOrganizations(
  requester: Requester,
  division: string,
  signal: AbortSignal,
): Promise<OrganizationsData> {
  const [page, tree] = await Promise.all([
    requester.call(
      listOrganizationsRoute,
      { query: { ...placeOf(division), limit: ORGANIZATIONS_PAGE } },
      { signal },
    ),
    requester.call(listDivisionsRoute, {}, { signal }),
  ]);
  return { organizations: page.data, tree };
}

export const createOrganization = (requester: Requester, body: CreateOrganizationRequest) =>
  requester.call(createOrganizationRoute, { body });

/** Sends every field of the form: the record afterwards must keep the rules (the server's check). */
export const updateOrganization = (
  requester: Requester,
  id: string,
  body: CreateOrganizationRequest,
) => requester.call(updateOrganizationRoute, { params: { id }, body });
