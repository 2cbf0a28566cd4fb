import {
  getVolunteerHoursRoute,
  registerVolunteerRoute,
  type RegisterVolunteerRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/** Volunteer registration and the time bank. */
export class VolunteersResource {
  constructor(private readonly requester: Requester) {}

  /** Registers a resident as a volunteer; the same mobile twice is a `ConflictError` (`volunteer_exists`). */
  register(
    params: RegisterVolunteerRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof registerVolunteerRoute> {
    return this.requester.call(registerVolunteerRoute, { body: params }, options);
  }

  /** Staff of the volunteer's place (or the secret key): time-bank balance and service records. */
  hours(
    params: { id: string },
    options?: RequestOptions,
  ): RouteAnswer<typeof getVolunteerHoursRoute> {
    return this.requester.call(getVolunteerHoursRoute, { params }, options);
  }
}
