import { and, eq } from 'drizzle-orm';
import {
  ADULT_AGE,
  ageOn,
  fieldIssue,
  maskIdNumber,
  maskMobile,
  parseIdNumber,
  type routes,
  type Volunteer,
} from '@wushe/schema';
import { communities, districts, volunteers } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import type { ServiceContext } from '../context.js';
import { newId } from '../ids.js';
import { encrypt, keyedHash, type Secrets } from '../secrets.js';
import { chinaToday, refuseFutureDate } from './dates.js';
import { refuseDuplicate } from '../../db/errors.js';
import { withFreshVolunteerCode } from './volunteer-code.js';

type RegisterContext = ServiceContext<typeof routes.registerVolunteer>;
type VolunteerRow = typeof volunteers.$inferSelect;

/**
 * Both mean "this person is already registered here": one 409, whichever matched, and nothing
 * of the existing record in it.
 */
const ALREADY_REGISTERED = ['volunteers_mobile_per_district', 'volunteers_id_number_per_district'];

/**
 * `POST /v1/volunteers`: registers a resident as a community volunteer of the key's district,
 * under a code they can quote on the phone. The ID number, when given, is kept only encrypted,
 * as a keyed hash (so the same person cannot register twice) and masked.
 */
export async function registerVolunteer(ctx: RegisterContext): Promise<Volunteer> {
  const { tx, auth, body, deps, messages } = ctx;
  const now = deps.now();
  refuseFutureDate(['birthDate'], body.birthDate, chinaToday(now), messages);
  const prefix = await codePrefixOf(ctx);

  const birthDate = body.birthDate ?? birthDateInIdNumber(body.idNumber);
  const minor = isMinor(birthDate, now);
  const row = await withFreshVolunteerCode(tx, prefix, async (savepoint, code) => {
    const [inserted] = await savepoint
      .insert(volunteers)
      .values({
        id: newId('vol'),
        districtCode: auth.districtCode,
        code,
        name: body.name,
        mobile: body.mobile,
        ...protectIdNumber(deps.secrets, body.idNumber),
        birthDate: birthDate ?? null,
        communityCode: body.communityId,
        skills: body.skills,
        serviceAreas: body.serviceAreas,
        availability: body.availability,
        // PIPL: an adult needs no guardian, so none is kept.
        guardian: minor && body.guardian ? { ...body.guardian, at: now.toISOString() } : null,
        consentVersion: body.consent.policyVersion,
        consentedAt: now,
        createdAt: now,
      })
      .returning();
    return inserted!;
  }).catch(refuseDuplicate(ALREADY_REGISTERED, 'volunteer_exists'));
  return toVolunteer(row, now);
}

/**
 * The district's volunteer-code prefix, once the community is known to be one of the district's.
 * A community elsewhere is a mistake in the form, so it is named at `communityId`.
 */
async function codePrefixOf({ tx, auth, body, messages }: RegisterContext): Promise<string> {
  const [found] = await tx
    .select({ prefix: districts.volunteerCodePrefix })
    .from(communities)
    .innerJoin(districts, eq(districts.code, communities.districtCode))
    .where(
      and(eq(communities.code, body.communityId), eq(communities.districtCode, auth.districtCode)),
    )
    .limit(1);
  if (!found) {
    throw new DomainError('validation_failed', [
      fieldIssue(['communityId'], 'division_not_in_parent', undefined, messages),
    ]);
  }
  return found.prefix;
}

function birthDateInIdNumber(idNumber: string | undefined): string | undefined {
  const parsed = idNumber === undefined ? undefined : parseIdNumber(idNumber);
  return parsed?.ok ? parsed.value.birthDate : undefined;
}

function isMinor(birthDate: string | null | undefined, now: Date): boolean {
  return birthDate != null && ageOn(birthDate, chinaToday(now)) < ADULT_AGE;
}

/** The three stored forms of an ID number; the number itself is never stored in the clear. */
function protectIdNumber(secrets: Secrets, idNumber: string | undefined) {
  if (idNumber === undefined) return {};
  return {
    idNumberCipher: encrypt(secrets, idNumber),
    idNumberHash: keyedHash(secrets, idNumber),
    idNumberMasked: maskIdNumber(idNumber),
  };
}

/** A volunteer as the API shows it: the mobile masked, the ID number masked or `null`. */
export function toVolunteer(row: VolunteerRow, now: Date): Volunteer {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    mobile: maskMobile(row.mobile),
    idNumber: row.idNumberMasked,
    communityId: row.communityCode,
    skills: row.skills,
    serviceAreas: row.serviceAreas as Volunteer['serviceAreas'],
    availability: row.availability as Volunteer['availability'],
    minor: isMinor(row.birthDate, now),
    createdAt: row.createdAt.toISOString(),
  };
}
