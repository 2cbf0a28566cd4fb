import * as z from 'zod/mini';
import { CalendarDate, CommunityCode, fen, prefixedId, text, valuesOf } from '../primitives.js';

/** How a need becomes a funded project (SPEC §2). */
export const ProjectKind = {
  /** 政府购买服务 */
  governmentPurchase: 'government_purchase',
  /** 公益创投 */
  venture: 'venture',
  /** 微创投 */
  microVenture: 'micro_venture',
} as const;
export type ProjectKind = (typeof ProjectKind)[keyof typeof ProjectKind];

export const ProjectStatus = {
  planned: 'planned',
  active: 'active',
  completed: 'completed',
} as const;
export type ProjectStatus = (typeof ProjectStatus)[keyof typeof ProjectStatus];

/** A project run by an organization; the subject residents rate in surveys. */
export const Project = /* @__PURE__ */ z.object({
  id: prefixedId('prj'),
  name: text(1, 80),
  kind: z.enum(valuesOf(ProjectKind)),
  organizationId: prefixedId('org'),
  needId: z.nullable(prefixedId('need')),
  communityId: z.nullable(CommunityCode),
  budgetFen: fen(),
  startsOn: CalendarDate,
  endsOn: z.nullable(CalendarDate),
  status: z.enum(valuesOf(ProjectStatus)),
});
export type Project = z.infer<typeof Project>;
