import type { RouteHandlers } from '../http/route.js';
import { claimNeedAsOrganization, createMatch } from '../services/linkage/matches.js';
import {
  createResource,
  getPublishedResource,
  listResources,
  updateResource,
} from '../services/linkage/resources.js';

/**
 * The 资源清单 and 供需对接 (SPEC §11): who may write is declared on each route; the services
 * keep the rules (a paused resource is never matched, only a matched organization takes a need).
 */
export const linkageHandlers = {
  listResources: ({ tx, auth, query }) => listResources(tx, auth.districtCode, query),
  getResource: ({ tx, auth, params }) => getPublishedResource(tx, auth.districtCode, params.id),
  createResource: (ctx) => createResource(ctx, ctx.body),
  updateResource: (ctx) => updateResource(ctx, ctx.params.id, ctx.body),
  createMatch: (ctx) => createMatch(ctx, ctx.params.id, ctx.body),
  claimNeedAsOrganization: (ctx) => claimNeedAsOrganization(ctx, ctx.params.id, ctx.body),
} satisfies Partial<RouteHandlers>;
