import { and, eq, ne, sql } from 'drizzle-orm';
import type { ResidentErased } from '@wushe/schema';
import {
  activities,
  claims,
  donations,
  needs,
  notifierOutbox,
  residentCodes,
  residents,
  signups,
} from '../../db/tables/index.js';
import type { CancelContext } from './signups.js';
import { endResidentSessions, type ResidentCaller } from './sessions.js';
import {
  cancelComingSignups,
  eraseVolunteerRow,
  ERASED_NAME,
  myVolunteerRow,
} from './volunteer.js';

/**
 * `DELETE /v1/residents/me` (PIPL Art. 47): the resident's personal data goes; what others rely on
 * stays, anonymised. Coming signups are cancelled (places passed on); the volunteer registration
 * keeps its hours under no name; past signups, claims and needs lose name and mobile; donations
 * stay in the fund's ledger as `匿名` (a receipt for an organization, by its credit code, stays);
 * sign-in codes and messages to the mobile are deleted, every session ends, and the resident
 * remains only as an id.
 */
export async function eraseResident(
  ctx: CancelContext,
  caller: ResidentCaller,
): Promise<ResidentErased> {
  const { tx } = ctx;
  const now = ctx.deps.now();
  const mine = { districtCode: caller.districtCode, mobile: caller.mobile };

  await cancelComingSignups(ctx, mine);
  const volunteer = await myVolunteerRow(tx, mine);
  if (volunteer) await eraseVolunteerRow(tx, volunteer, now);

  const erasedSignups = await tx
    .update(signups)
    .set({ name: ERASED_NAME, mobile: sql`'erased:' || ${signups.id}`, note: null })
    .where(
      and(
        eq(signups.mobile, caller.mobile),
        sql`${signups.activityId} in (select ${activities.id} from ${activities} where ${activities.districtCode} = ${caller.districtCode})`,
      ),
    )
    .returning({ id: signups.id });
  const erasedNeeds = await tx
    .update(needs)
    .set({ contactName: null, contactMobile: null, contactErasedAt: now, anonymous: true })
    .where(and(eq(needs.districtCode, caller.districtCode), eq(needs.contactMobile, caller.mobile)))
    .returning({ id: needs.id });
  // A claim names its claimant in public unless an organization claimed: erased, it reads `匿名`.
  const erasedClaims = await tx
    .update(claims)
    .set({ claimantName: '', claimantMobile: sql`'erased:' || ${claims.id}`, note: null })
    .where(
      and(
        eq(claims.claimantMobile, caller.mobile),
        ne(claims.claimantType, 'organization'),
        sql`${claims.needId} in (select ${needs.id} from ${needs} where ${needs.districtCode} = ${caller.districtCode})`,
      ),
    )
    .returning({ id: claims.id });
  const erasedDonations = await tx
    .update(donations)
    .set({
      donorName: null,
      donorMobile: null,
      anonymous: true,
      publishName: false,
      receipt: sql`case when ${donations.receipt} ->> 'creditCode' is not null then ${donations.receipt} end`,
    })
    .where(
      and(
        eq(donations.districtCode, caller.districtCode),
        eq(donations.donorMobile, caller.mobile),
      ),
    )
    .returning({ id: donations.id });

  await tx
    .delete(residentCodes)
    .where(
      and(
        eq(residentCodes.districtCode, caller.districtCode),
        eq(residentCodes.mobile, caller.mobile),
      ),
    );
  await tx
    .delete(notifierOutbox)
    .where(
      and(
        eq(notifierOutbox.districtCode, caller.districtCode),
        eq(notifierOutbox.to, caller.mobile),
      ),
    );
  await endResidentSessions(tx, caller, now, true);
  await tx
    .update(residents)
    .set({ mobile: null, erasedAt: now })
    .where(eq(residents.id, caller.id));
  return {
    erased: true,
    volunteers: volunteer ? 1 : 0,
    signups: erasedSignups.length,
    needs: erasedNeeds.length,
    claims: erasedClaims.length,
    donations: erasedDonations.length,
  };
}
