import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import {
  CalendarDate,
  CommunityCode,
  Consent,
  IdNumber,
  Mobile,
  prefixedId,
  text,
  Timestamp,
  valuesOf,
} from '../primitives.js';
import { ageOn, parseIdNumber } from '../validators/id-number.js';
import { NeedCategory } from './need.js';

/** When a volunteer can serve. */
export const Availability = {
  weekdayDaytime: 'weekday_daytime',
  weekdayEvening: 'weekday_evening',
  weekendDaytime: 'weekend_daytime',
  weekendEvening: 'weekend_evening',
  flexible: 'flexible',
} as const;
export type Availability = (typeof Availability)[keyof typeof Availability];

/** Under 14 a guardian must consent; under 18 the guardian's consent is recorded (SPEC §2). */
export const ADULT_AGE = 18;
export const GUARDIAN_CONSENT_AGE = 14;

export const Guardian = /* @__PURE__ */ z.strictObject({
  name: text(1, 40),
  mobile: Mobile,
  /** The guardian agrees to the minor volunteering; must be `true`. */
  consent: z.boolean(),
});
export type Guardian = z.infer<typeof Guardian>;

/** The birth date a registration states, or the one its ID number encodes. */
function birthDateOf(input: { idNumber?: string | undefined; birthDate?: string | undefined }) {
  if (input.birthDate) return input.birthDate;
  const parsed = input.idNumber ? parseIdNumber(input.idNumber) : undefined;
  return parsed?.ok ? parsed.value.birthDate : undefined;
}

const isMinor = (input: Parameters<typeof birthDateOf>[0]) => {
  const birthDate = birthDateOf(input);
  return birthDate !== undefined && ageOn(birthDate) < ADULT_AGE;
};

/**
 * `POST /v1/volunteers`: a resident registers as a community volunteer (社区志愿者). The ID number
 * is optional (PIPL: collect the minimum); when it is given, the birth date must agree with it.
 */
export const RegisterVolunteerRequest = checked(
  z.strictObject({
    name: text(1, 40),
    mobile: Mobile,
    idNumber: z.optional(IdNumber),
    birthDate: z.optional(CalendarDate),
    communityId: CommunityCode,
    skills: z._default(checked(z.array(text(1, 20)), z.maxLength(10)), []),
    serviceAreas: z._default(checked(z.array(z.enum(valuesOf(NeedCategory))), z.maxLength(10)), []),
    availability: z._default(checked(z.array(z.enum(valuesOf(Availability))), z.maxLength(5)), []),
    guardian: z.optional(Guardian),
    consent: Consent,
  }),
  check(
    (input) => {
      const fromId = input.idNumber ? parseIdNumber(input.idNumber) : undefined;
      return !input.birthDate || !fromId?.ok || fromId.value.birthDate === input.birthDate;
    },
    'birth_date_mismatch',
    { path: ['birthDate'], dependsOn: ['idNumber', 'birthDate'] },
  ),
  check((input) => !isMinor(input) || input.guardian !== undefined, 'guardian_required', {
    path: ['guardian'],
    dependsOn: ['idNumber', 'birthDate', 'guardian'],
  }),
  check(
    (input) => !isMinor(input) || input.guardian?.consent === true,
    'guardian_consent_required',
    { path: ['guardian', 'consent'], dependsOn: ['idNumber', 'birthDate', 'guardian'] },
  ),
);
export type RegisterVolunteerRequest = z.input<typeof RegisterVolunteerRequest>;

/** A registered volunteer as the API returns it: the mobile masked, the ID number never whole. */
export const Volunteer = /* @__PURE__ */ z.object({
  id: prefixedId('vol'),
  /** The code a volunteer quotes at activities and on the phone, e.g. `PY-000123`. */
  code: text(1, 20),
  name: text(1, 40),
  /** Masked: `138****5678`. */
  mobile: z.string(),
  /** Masked (`440113********123X`) or `null` when none was given. */
  idNumber: z.nullable(z.string()),
  communityId: CommunityCode,
  skills: z.array(z.string()),
  serviceAreas: z.array(z.enum(valuesOf(NeedCategory))),
  availability: z.array(z.enum(valuesOf(Availability))),
  minor: z.boolean(),
  createdAt: Timestamp,
});
export type Volunteer = z.infer<typeof Volunteer>;
