import {
  DISCLOSURE_FIELDS,
  donatableBlockers,
  fieldIssue,
  missingDisclosure,
  type DisclosureDraft,
  type Messages,
  type Page,
  type StaffFund,
} from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { DomainError } from '../errors.js';
import { listFunds, toFund, type FundRow } from '../donations/fund-view.js';

/** The disclosure fields entered and valid so far; the others are what `missingDisclosure` lists. */
function draftOf(row: FundRow, missing: readonly string[]): DisclosureDraft {
  const stored: Record<string, string> = row.disclosure ?? {};
  return Object.fromEntries(
    DISCLOSURE_FIELDS.filter((field) => !missing.includes(field)).map((field) => [
      field,
      stored[field],
    ]),
  );
}

/** A fund as staff edit it: the public view, whether it is offered, and its disclosure checklist. */
export function toStaffFund(row: FundRow): StaffFund {
  const missing = missingDisclosure(row);
  return {
    ...toFund(row),
    open: row.open,
    disclosureDraft: draftOf(row, missing),
    missingDisclosure: missing,
  };
}

/**
 * `GET /v1/staff/funds`: the funds of the division and of those within it, as staff edit them
 * (the binder has checked the division is in the caller's scope).
 */
export function listStaffFunds(
  tx: Executor,
  districtCode: string,
  query: { division: string; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<StaffFund>> {
  const { division, cursor, limit } = query;
  const place =
    division.length === 12
      ? { community: division }
      : division.length === 9
        ? { street: division }
        : {};
  return listFunds(tx, districtCode, { ...place, cursor, limit }, toStaffFund);
}

/**
 * Refuses to offer a fund for donation while anything blocks it (`donatableBlockers`, the
 * contract's one rule): 409 `fund_disclosure_incomplete`, one issue per missing field.
 */
export function assertMayBeDonatable(
  fund: { mode: string; disclosure: unknown },
  messages: Messages,
): void {
  const blockers = donatableBlockers(fund);
  if (blockers.length === 0) return;
  throw new DomainError(
    'fund_disclosure_incomplete',
    blockers.map((path) =>
      path[0] === 'mode'
        ? fieldIssue([...path], 'invalid_choice', { values: ['direct'] }, messages)
        : fieldIssue([...path], 'required', undefined, messages),
    ),
  );
}

/** A `platform` fund sends donors to its campaign, so it needs the campaign's address. */
export function assertPlatformCampaign(
  fund: { mode: string; platformUrl: string | null },
  messages: Messages,
): void {
  if (fund.mode === 'platform' && !fund.platformUrl) {
    throw new DomainError('validation_failed', [
      fieldIssue(['platformUrl'], 'required', undefined, messages),
    ]);
  }
}
