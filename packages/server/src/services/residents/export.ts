import type { ResidentExport } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { myDonations } from './donations.js';
import { myHours } from './hours.js';
import { myNeeds } from './needs.js';
import { presentResident, type ResidentCaller } from './sessions.js';
import { listMySignups } from './signups.js';
import { myVolunteerRow, toMyVolunteer } from './volunteer.js';

/**
 * `GET /v1/residents/me/export` (PIPL Art. 45): everything the district holds about the resident,
 * built from the same functions as each `/v1/residents/me/…` route, so the export never says
 * less (or other) than the routes do.
 */
export async function exportMyData(
  tx: Executor,
  caller: ResidentCaller,
  now: Date,
): Promise<ResidentExport> {
  const volunteer = await myVolunteerRow(tx, caller);
  return {
    exportedAt: now.toISOString(),
    resident: await presentResident(tx, caller),
    volunteer: volunteer ? toMyVolunteer(volunteer, now) : null,
    signups: await listMySignups(tx, caller, now),
    hours: volunteer ? await myHours(tx, caller) : null,
    needs: await myNeeds(tx, caller),
    donations: await myDonations(tx, caller),
  };
}
