import { actsWithRole } from '../services/context.js';
import { NeedStatus, valuesOf } from '@wushe/schema';
import type { RouteBindOptions, RouteHandlers } from '../http/route.js';
import { applyNeedUpdate, planNeedUpdate } from '../services/needs/lifecycle.js';
import { decodeNeedCursor, encodeNeedCursor, listNeedRows } from '../services/needs/list.js';
import { PUBLIC_STATUSES, toNeed, toStaffNeed } from '../services/needs/present.js';
import { createNeedInOneStatement } from '../services/needs/create-in-one-statement.js';
import { claimNeed, createNeed, reportNeed } from '../services/needs/resident.js';
import { searchCondition } from '../services/needs/search.js';
import { needFor, shownClaim } from '../services/needs/store.js';
import { pageOf, pageSize } from './pagination.js';

const ALL_STATUSES = valuesOf(NeedStatus);

/**
 * The needs wall (需求清单 / 微心愿), SPEC §3 flows 1 and 2. A publishable key sees public needs
 * only (`open`, `claimed`, `fulfilled`, not hidden) and never a requester's contact; staff, with
 * the secret key, see every need, and reading a contact is audited (PIPL).
 */
export const needHandlers = {
  listNeeds: async ({ tx, auth, query, messages }) => {
    const limit = pageSize(query.limit);
    const after = decodeNeedCursor(query.cursor, messages);
    const visible = auth.kind === 'secret' ? ALL_STATUSES : PUBLIC_STATUSES;
    // Asking a publishable key for `pending_review` finds nothing rather than failing: the
    // filter is the same for everyone, only what there is to find differs.
    const statuses = query.status ? visible.filter((status) => status === query.status) : visible;
    const search = query.q === undefined ? undefined : searchCondition(query.q, query);
    if (statuses.length === 0 || search === null) return { data: [], nextCursor: null };
    const rows = await listNeedRows(tx, {
      districtCode: auth.districtCode,
      statuses,
      includeHidden: auth.kind === 'secret',
      place: query,
      search,
      after,
      take: limit + 1,
    });
    return pageOf(rows, limit, (row) => toNeed(row, row.shownClaim), encodeNeedCursor);
  },

  getNeed: async (ctx) => {
    const row = await needFor(ctx.tx, ctx.auth, ctx.params.id);
    const claim = await shownClaim(ctx.tx, row.id);
    if (!actsWithRole(ctx.auth)) return toNeed(row, claim);
    // Staff see the requester's contact: a read of personal data, recorded.
    await ctx.audit('need.read', 'need', row.id, { fields: ['contact'] });
    return toStaffNeed(row, claim);
  },

  createNeed: (ctx) => createNeed(ctx, ctx.body),

  claimNeed: (ctx) => claimNeed(ctx, ctx.params.id, ctx.body),

  reportNeed: (ctx) => reportNeed(ctx, ctx.params.id, ctx.body),

  updateNeed: async (ctx) => {
    const row = await needFor(ctx.tx, ctx.auth, ctx.params.id, { lock: true });
    const plan = planNeedUpdate(row, ctx.body);
    if (plan) {
      const updated = await applyNeedUpdate(ctx, row, plan);
      return toStaffNeed(updated.row, updated.claim);
    }
    // Nothing to change: answer with the need as it is, which shows its contact, so audit the read.
    await ctx.audit('need.read', 'need', row.id, { fields: ['contact'] });
    return toStaffNeed(row, await shownClaim(ctx.tx, row.id));
  },
} satisfies Partial<RouteHandlers>;

/** A resident's keyed post of a need is one statement when its community is known (see `createNeedInOneStatement`). */
export const needBindOptions = {
  createNeed: { oneStatement: createNeedInOneStatement },
} satisfies RouteBindOptions;
