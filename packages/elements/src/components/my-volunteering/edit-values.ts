import type {
  Availability,
  MyVolunteer,
  NeedCategory,
  UpdateMyVolunteerRequest,
} from '@wushe/schema';
import { skillsOf } from '../../internal/skills.js';

/** The registration as the correction form holds it. */
export interface EditValues extends Record<string, unknown> {
  name: string;
  skills: string;
  serviceAreas: readonly NeedCategory[];
  availability: readonly Availability[];
}

export const NO_EDIT: EditValues = { name: '', skills: '', serviceAreas: [], availability: [] };

/** The form's values for a registration. */
export const editValuesOf = (volunteer: MyVolunteer): EditValues => ({
  name: volunteer.name,
  skills: volunteer.skills.join('、'),
  serviceAreas: volunteer.serviceAreas,
  availability: volunteer.availability,
});

/** The correction as the contract has it: trimmed, skills split. */
export const correctionOf = (values: EditValues): UpdateMyVolunteerRequest => ({
  name: values.name.trim(),
  skills: skillsOf(values.skills),
  serviceAreas: [...values.serviceAreas],
  availability: [...values.availability],
});
