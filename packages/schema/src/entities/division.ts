import * as z from 'zod/mini';
import { CommunityCode, DistrictCode, StreetCode, text } from '../primitives.js';

/** A community (社区 / 村居): the smallest division, where needs, volunteers and funds live. */
export const Community = /* @__PURE__ */ z.object({
  code: CommunityCode,
  name: text(1, 60),
});
export type Community = z.infer<typeof Community>;

/** A street or town (街道 / 镇) with its communities. */
export const Street = /* @__PURE__ */ z.object({
  code: StreetCode,
  name: text(1, 60),
  communities: z.array(Community),
});
export type Street = z.infer<typeof Street>;

/**
 * A district (区) and its tree: the tenant. Keys, data and settings belong to one district; the
 * three levels are the seeds' 三级枢纽 (district, street/town, community).
 */
export const DivisionTree = /* @__PURE__ */ z.object({
  code: DistrictCode,
  name: text(1, 60),
  streets: z.array(Street),
});
export type DivisionTree = z.infer<typeof DivisionTree>;
