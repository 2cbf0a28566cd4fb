import {
  createServiceRecordRoute,
  getVolunteerHoursRoute,
  listActivitiesRoute,
  registerVolunteerRoute,
  signUpForActivityRoute,
  type Activity,
  type ActivitySignupRequest,
  type CreateServiceRecordRequest,
  type ListActivitiesQuery,
  type Page,
  type RegisterVolunteerRequest,
  type ServiceRecord,
  type Signup,
  type Volunteer,
  type VolunteerHours,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, WithRequestId } from '../requester.js';

/** Volunteer registration and the time bank. */
export class VolunteersResource {
  constructor(private readonly requester: Requester) {}

  /** Registers a resident as a volunteer; the same mobile twice is a `ConflictError` (`volunteer_exists`). */
  register(
    params: RegisterVolunteerRequest,
    options?: RequestOptions,
  ): Promise<WithRequestId<Volunteer>> {
    return this.requester.call(registerVolunteerRoute, { body: params }, options);
  }

  /** Staff (secret key): the volunteer's time-bank balance and service records. */
  hours(params: { id: string }, options?: RequestOptions): Promise<WithRequestId<VolunteerHours>> {
    return this.requester.call(getVolunteerHoursRoute, { params }, options);
  }
}

/** Volunteer activities: upcoming ones, and signing up (a waitlist beyond capacity). */
export class ActivitiesResource {
  constructor(private readonly requester: Requester) {}

  list(params: ListActivitiesQuery = {}, options?: RequestOptions): PagePromise<Activity> {
    return paginate((cursor) =>
      this.requester.call<Page<Activity>>(
        listActivitiesRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }

  /** Signs up for an activity: `confirmed`, or `waitlisted` with a position when it is full. */
  signup(
    { id, ...body }: { id: string } & ActivitySignupRequest,
    options?: RequestOptions,
  ): Promise<WithRequestId<Signup>> {
    return this.requester.call(signUpForActivityRoute, { params: { id }, body }, options);
  }
}

/** Staff (secret key): hours volunteers served, rounded to half hours into the time bank. */
export class ServiceRecordsResource {
  constructor(private readonly requester: Requester) {}

  create(
    params: CreateServiceRecordRequest,
    options?: RequestOptions,
  ): Promise<WithRequestId<ServiceRecord>> {
    return this.requester.call(createServiceRecordRoute, { body: params }, options);
  }
}
