import {
  PublicNeedStatus,
  valuesOf,
  type Claim,
  type ClaimSummary,
  type Need,
  type NeedStatus,
  type StaffNeed,
} from '@wushe/schema';
import type { claims, needs } from '../../db/tables/index.js';
import { maskName } from '../mask.js';

export type NeedRow = typeof needs.$inferSelect;
export type ClaimRow = typeof claims.$inferSelect;

/** The statuses anyone may see (SPEC §2): `pending_review`, `rejected` and `closed` never are. */
export const PUBLIC_STATUSES: readonly NeedStatus[] = valuesOf(PublicNeedStatus);

export function isPublicStatus(status: string): boolean {
  return PUBLIC_STATUSES.includes(status as NeedStatus);
}

/**
 * Whether a need in this status can show a claim. The lifecycle keeps an active claim only on a
 * `claimed` need (leaving `claimed` completes or releases it) and a completed one only on a
 * `fulfilled` need, which is final: a page looks claims up for these rows alone, so a page of open
 * needs costs one query, not two.
 */
export function showsClaim(status: string): boolean {
  return status === 'claimed' || status === 'fulfilled';
}

/** Whether residents may see the need at all: a public status, and not hidden by reports. */
export function isPublicNeed(row: Pick<NeedRow, 'status' | 'hidden'>): boolean {
  return isPublicStatus(row.status) && !row.hidden;
}

/**
 * How a claimant is named in public: an organization acts in public under its own name, a person
 * (volunteer or donor) only by family name and `**`.
 */
export function publicClaimantName(row: Pick<ClaimRow, 'claimantType' | 'claimantName'>): string {
  return row.claimantType === 'organization' ? row.claimantName : maskName(row.claimantName);
}

/** What a need shows of its claim: the claim's row, or the part of it a page of needs reads. */
export type ShownClaim = Pick<ClaimRow, 'id' | 'claimantType' | 'claimantName'> & {
  readonly createdAt: Date | string;
};

function toClaimSummary(row: ShownClaim): ClaimSummary {
  return {
    id: row.id,
    claimantType: row.claimantType as ClaimSummary['claimantType'],
    claimantName: publicClaimantName(row),
    claimedAt: new Date(row.createdAt).toISOString(),
  };
}

/**
 * A need as anyone may see it. The requester's contact is never here; the name is masked, or
 * absent for an anonymous requester. `claim` is the claim shown with it: the active one, or the
 * completed one of a fulfilled need.
 */
export function toNeed(row: NeedRow, claim: ShownClaim | undefined | null): Need {
  return {
    id: row.id,
    communityId: row.communityCode,
    streetId: row.streetCode,
    kind: row.kind as Need['kind'],
    category: row.category as Need['category'],
    title: row.title,
    description: row.description,
    valueFen: row.valueFen,
    requesterName: row.anonymous || row.contactName === null ? null : maskName(row.contactName),
    status: row.status as NeedStatus,
    claim: claim ? toClaimSummary(claim) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What staff see besides: the contact, the review reason, the reports. Audit every use. */
export function toStaffNeed(row: NeedRow, claim: ClaimRow | undefined): StaffNeed {
  return {
    ...toNeed(row, claim),
    contact:
      row.contactName === null || row.contactMobile === null
        ? null
        : { name: row.contactName, mobile: row.contactMobile },
    anonymous: row.anonymous,
    reason: row.reason,
    reportCount: row.reportCount,
    hidden: row.hidden,
  };
}

/** The claimant's own receipt of a claim: named as in public, never with the mobile. */
export function toClaim(row: ClaimRow): Claim {
  return {
    id: row.id,
    needId: row.needId,
    claimantType: row.claimantType as Claim['claimantType'],
    claimantName: publicClaimantName(row),
    status: row.status as Claim['status'],
    createdAt: row.createdAt.toISOString(),
  };
}
