import * as z from 'zod/mini';
import { checked } from '../checked.js';
import {
  CommunityCode,
  CreditCode,
  fen,
  prefixedId,
  StreetCode,
  text,
  Timestamp,
  valuesOf,
} from '../primitives.js';

/**
 * How a fund raises money. Internet public fundraising must run on a platform the Ministry of
 * Civil Affairs designates (慈善法 Art. 27): a `platform` fund shows its campaign and sends donors
 * there, and takes no payment here. A `direct` fund collects through the charity's own channels
 * (offline pledges, its own account), recorded here.
 */
export const FundMode = { platform: 'platform', direct: 'direct' } as const;
export type FundMode = (typeof FundMode)[keyof typeof FundMode];

/**
 * What the fundraiser must disclose wherever the fund is shown (慈善法 Art. 25): who raises the
 * money, their public-fundraising qualification, the filed fundraising plan, a contact, and where
 * anyone can check the record on 慈善中国. A fund without all of it is not offered for donation.
 */
export const FundDisclosure = /* @__PURE__ */ z.object({
  /** The charity organization holding the fund and its public-fundraising qualification. */
  organizationName: text(1, 80),
  creditCode: CreditCode,
  /** 公开募捐资格证书 number. */
  certificateNumber: text(1, 64),
  /** 募捐方案备案编号: the fundraising plan's filing number. */
  filingNumber: text(1, 64),
  /** A phone number or address for donors' questions. */
  contact: text(1, 80),
  /** Where the record can be checked (慈善中国, the national charity information platform). */
  lookupUrl: z.url(),
});
export type FundDisclosure = z.infer<typeof FundDisclosure>;

/** A 社区慈善基金 with its progress. `raisedFen` and `donorCount` count succeeded donations only. */
export const Fund = /* @__PURE__ */ z.object({
  id: prefixedId('fund'),
  name: text(1, 80),
  description: z.string(),
  communityId: z.nullable(CommunityCode),
  streetId: z.nullable(StreetCode),
  mode: z.enum(valuesOf(FundMode)),
  targetFen: fen(),
  raisedFen: fen(),
  donorCount: checked(z.int(), z.gte(0)),
  disbursedFen: fen(),
  /** `null` when the fundraiser has not disclosed everything Art. 25 asks: then not donatable. */
  disclosure: z.nullable(FundDisclosure),
  /** False for a fund without disclosure, or one whose campaign is closed. */
  donatable: z.boolean(),
  /** The designated platform and campaign page, for a `platform` fund. */
  platformName: z.nullable(z.string()),
  platformUrl: z.nullable(z.url()),
  updatedAt: Timestamp,
});
export type Fund = z.infer<typeof Fund>;

/** What the money was used for (慈善法 Art. 42: donors may see how it was used). */
export const Disbursement = /* @__PURE__ */ z.object({
  id: prefixedId('dsb'),
  fundId: prefixedId('fund'),
  amountFen: fen(1),
  purpose: text(1, 200),
  /** Who received it: an organization, a project, or a description such as "12 户困难家庭". */
  recipient: text(1, 80),
  projectId: z.nullable(prefixedId('prj')),
  /** The 微心愿 it paid for, when it did. */
  needId: z.nullable(prefixedId('need')),
  paidAt: Timestamp,
});
export type Disbursement = z.infer<typeof Disbursement>;

/** `GET /v1/funds/{id}`: the fund with its disbursements. */
export const FundDetail = /* @__PURE__ */ z.extend(Fund, {
  disbursements: z.array(Disbursement),
});
export type FundDetail = z.infer<typeof FundDetail>;

/** A line of the public ledger: masked or anonymous donor, amount, time (慈善法 Art. 82). */
export const LedgerEntry = /* @__PURE__ */ z.object({
  /** `张**`, or `匿名` when the donor chose anonymity or asked not to be published. */
  donorName: z.string(),
  amountFen: fen(1),
  at: Timestamp,
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** The live figures of a fund, sent with `fund.updated`. */
export const FundProgress = /* @__PURE__ */ z.object({
  id: prefixedId('fund'),
  targetFen: fen(),
  raisedFen: fen(),
  donorCount: checked(z.int(), z.gte(0)),
  disbursedFen: fen(),
});
export type FundProgress = z.infer<typeof FundProgress>;
