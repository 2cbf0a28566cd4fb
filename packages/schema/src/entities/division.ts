import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import { CommunityCode, DistrictCode, StreetCode, text, valuesOf } from '../primitives.js';
import {
  divisionLevelOf,
  divisionPattern,
  parentDivisionCode,
} from '../validators/division-code.js';
import { hint } from '../hints.js';

/**
 * What a division is (SPEC §9): a street (街道) or town (镇) under the district, an urban
 * community (社区居委会) or a rural village (村委会) under a street or town.
 */
export const DivisionKind = {
  street: 'street',
  town: 'town',
  urbanCommunity: 'urban_community',
  ruralVillage: 'rural_village',
} as const;
export type DivisionKind = (typeof DivisionKind)[keyof typeof DivisionKind];

/** The kinds a street-level (9-digit) division may have. */
export const STREET_KINDS = ['street', 'town'] as const satisfies readonly DivisionKind[];
/** The kinds a community-level (12-digit) division may have. */
export const COMMUNITY_KINDS = [
  'urban_community',
  'rural_village',
] as const satisfies readonly DivisionKind[];

/** Whether `kind` fits the level of `code`: a street or town has 9 digits, a community 12. */
export function kindFitsDivisionCode(kind: DivisionKind, code: string): boolean {
  const level = divisionLevelOf(code);
  if (level === 'street') return (STREET_KINDS as readonly string[]).includes(kind);
  if (level === 'community') return (COMMUNITY_KINDS as readonly string[]).includes(kind);
  return false;
}

/** 常住人口: a whole number of residents, or `null` when unknown. */
export const Population = /* @__PURE__ */ z.nullable(
  hint(checked(z.number(), z.int(), z.gte(0), z.lte(999_999_999)), {
    description: '常住人口 (resident population)',
  }),
);

/** A street's or a community's code: the divisions a district manages itself. */
export const StreetOrCommunityCode = hint(
  checked(
    z.string(),
    check<string>((value) => {
      const level = divisionLevelOf(value);
      return level === 'street' || level === 'community';
    }, 'street_or_community_code'),
  ),
  {
    pattern: `${divisionPattern('street').source}|${divisionPattern('community').source}`,
    examples: ['440113104', '440113104001'],
  },
);

/** A community (社区 / 村居): the smallest division, where needs, volunteers and funds live. */
export const Community = /* @__PURE__ */ z.object({
  code: CommunityCode,
  name: text(1, 60),
  /** `urban_community` or `rural_village`; `null` for divisions loaded before kinds were kept. */
  kind: z.nullable(z.enum(COMMUNITY_KINDS)),
  population: Population,
});
export type Community = z.infer<typeof Community>;

/** A street or town (街道 / 镇) with its communities. */
export const Street = /* @__PURE__ */ z.object({
  code: StreetCode,
  name: text(1, 60),
  kind: z.nullable(z.enum(STREET_KINDS)),
  population: Population,
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

/** One street or community as the administration API returns it. */
export const Division = /* @__PURE__ */ z.object({
  code: StreetOrCommunityCode,
  /** The district's code for a street, the street's for a community. */
  parentCode: z.string(),
  name: text(1, 60),
  kind: z.nullable(z.enum(valuesOf(DivisionKind))),
  population: Population,
});
export type Division = z.infer<typeof Division>;

/**
 * A new street or community (`POST /v1/divisions`), and one line of `divisions import`: the same
 * rules for both. Codes nest: `parentCode` is the code's own parent (a street's district, a
 * community's street), and the kind fits the level (`street`/`town` for 9 digits,
 * `urban_community`/`rural_village` for 12).
 */
export const CreateDivisionRequest = /* @__PURE__ */ checked(
  z.strictObject({
    code: StreetOrCommunityCode,
    name: text(1, 60),
    parentCode: checked(
      z.string(),
      check<string>((value) => /^\d{6}(\d{3})?$/.test(value), 'invalid_format'),
    ),
    kind: z.enum(valuesOf(DivisionKind)),
    population: z.optional(Population),
  }),
  check<{ code: string; kind: DivisionKind }>(
    (input) => kindFitsDivisionCode(input.kind, input.code),
    'division_kind_level',
    { path: ['kind'], dependsOn: ['code', 'kind'] },
  ),
  check<{ code: string; parentCode: string }>(
    (input) => parentDivisionCode(input.code) === input.parentCode,
    'division_not_in_parent',
    { path: ['parentCode'], dependsOn: ['code', 'parentCode'] },
  ),
);
export type CreateDivisionRequest = z.input<typeof CreateDivisionRequest>;

/** `PATCH /v1/divisions/{code}`: name, population and kind; never the code. */
export const UpdateDivisionRequest = /* @__PURE__ */ z.strictObject({
  name: z.optional(text(1, 60)),
  kind: z.optional(z.enum(valuesOf(DivisionKind))),
  /** `null` clears a population that is no longer known. */
  population: z.optional(Population),
});
export type UpdateDivisionRequest = z.input<typeof UpdateDivisionRequest>;
