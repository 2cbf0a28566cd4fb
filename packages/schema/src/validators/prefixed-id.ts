/**
 * Ids are opaque strings with a type prefix (`need_…`, `don_…`), so a log line or a support
 * ticket shows what an id names, and an id of one kind passed where another is expected fails
 * validation instead of finding nothing. Divisions are the exception: they are named by code.
 */

export const IdPrefix = {
  need: 'need',
  claim: 'clm',
  report: 'rpt',
  organization: 'org',
  socialWorker: 'sw',
  volunteer: 'vol',
  activity: 'act',
  signup: 'sgn',
  serviceRecord: 'srv',
  fund: 'fund',
  donation: 'don',
  disbursement: 'dsb',
  project: 'prj',
  survey: 'svy',
  surveyResponse: 'rsp',
  /** A follow-up (回访) recorded on a low rating. */
  followUp: 'fup',
  district: 'dst',
  apiKey: 'key',
  /** A staff account (SPEC §9). */
  account: 'acc',
  /** A call for proposals (§11): the scope of a reviewer. */
  call: 'call',
  /** A reward of the 爱心超市 (§13). */
  reward: 'rwd',
  /** A redemption of a reward: its pickup code is single-use. */
  redemption: 'rdm',
  /** A resident signed in by mobile (SPEC §13). */
  resident: 'rsd',
  /** A service resource (资源清单, §11). */
  resource: 'res',
  /** A need matched to a resource (供需对接, §11). */
  match: 'mtc',
  /** A project's public progress update (§11). */
  projectUpdate: 'pup',
  /** A proposal to a call (§11). */
  proposal: 'prp',
} as const;
export type IdPrefix = (typeof IdPrefix)[keyof typeof IdPrefix];

/** The random part: 8–32 characters of `[0-9A-Za-z]`, so ids are URL- and log-safe. */
const BODY = '[0-9A-Za-z]{8,32}';

export function idPattern(prefix: IdPrefix): RegExp {
  return new RegExp(`^${prefix}_${BODY}$`);
}

export function isPrefixedId(prefix: IdPrefix, value: string): boolean {
  return idPattern(prefix).test(value);
}
