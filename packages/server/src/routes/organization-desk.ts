import type { RouteHandlers } from '../http/route.js';
import { organizationDesk } from '../services/organization-desk/desk.js';

/** The organization's desk (SPEC §11); the route binder checks the caller covers the organization. */
export const organizationDeskHandlers = {
  getOrganizationDesk: ({ tx, auth, params, deps }) =>
    organizationDesk(tx, auth.districtCode, params.id, deps.now()),
} satisfies Partial<RouteHandlers>;
