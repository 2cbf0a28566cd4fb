import type { RouteHandlers } from '../http/route.js';
import { createDivision, updateDivision } from '../services/directory/divisions.js';
import { createOrganization, updateOrganization } from '../services/directory/organizations.js';
import {
  createSocialWorker,
  listSocialWorkers,
  toSocialWorker,
  updateSocialWorker,
} from '../services/directory/social-workers.js';
import { decodeCursor, pageOf, pageSize } from './pagination.js';

/**
 * The district's directory (SPEC §9): streets and communities, organizations, social workers.
 * The binder has checked role and scope; every write is audited with the person and role.
 */
export const directoryHandlers = {
  createDivision: async (ctx) => {
    const division = await createDivision(ctx.tx, ctx.auth.districtCode, ctx.body, ctx.messages);
    await ctx.audit('division.create', 'division', division.code, { division });
    return division;
  },
  updateDivision: async (ctx) => {
    const { before, after } = await updateDivision(
      ctx.tx,
      ctx.auth.districtCode,
      ctx.params.code,
      ctx.body,
      ctx.messages,
    );
    await ctx.audit('division.update', 'division', after.code, { changes: ctx.body, before });
    return after;
  },
  createOrganization: async (ctx) => createOrganization(ctx, ctx.body),
  updateOrganization: async (ctx) => updateOrganization(ctx, ctx.params.id, ctx.body),
  listSocialWorkers: async (ctx) => {
    const limit = pageSize(ctx.query.limit);
    const after = decodeCursor(ctx.query.cursor, ['string'])?.[0] as string | undefined;
    const rows = await listSocialWorkers(ctx, ctx.query, { limit, after });
    return pageOf(rows, limit, toSocialWorker, (row) => [row.id]);
  },
  createSocialWorker: async (ctx) => createSocialWorker(ctx, ctx.body),
  updateSocialWorker: async (ctx) => updateSocialWorker(ctx, ctx.params.id, ctx.body),
} satisfies Partial<RouteHandlers>;
