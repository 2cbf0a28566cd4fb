import type { ClientOptions } from './options.js';
import { Requester } from './requester.js';
import { EventsResource } from './resources/events.js';
import { DonationsResource, FundsResource } from './resources/funds.js';
import { NeedsResource } from './resources/needs.js';
import { DivisionsResource, OrganizationsResource, SurveysResource } from './resources/surveys.js';
import {
  ActivitiesResource,
  ServiceRecordsResource,
  VolunteersResource,
} from './resources/volunteers.js';

/**
 * A client with every resource. Each method is `method(params, options?)`, validates its input
 * with the contract before sending, and resolves to the typed result with its `requestId`.
 *
 * A bundle that uses only some resources can build just those on a `Requester`:
 * `new NeedsResource(new Requester(options))` carries only the needs schemas.
 */
export class WusheClient {
  readonly requester: Requester;
  readonly divisions: DivisionsResource;
  readonly organizations: OrganizationsResource;
  readonly needs: NeedsResource;
  readonly activities: ActivitiesResource;
  readonly volunteers: VolunteersResource;
  readonly serviceRecords: ServiceRecordsResource;
  readonly funds: FundsResource;
  readonly donations: DonationsResource;
  readonly surveys: SurveysResource;
  readonly events: EventsResource;

  constructor(options: ClientOptions) {
    const requester = new Requester(options);
    this.requester = requester;
    this.divisions = new DivisionsResource(requester);
    this.organizations = new OrganizationsResource(requester);
    this.needs = new NeedsResource(requester);
    this.activities = new ActivitiesResource(requester);
    this.volunteers = new VolunteersResource(requester);
    this.serviceRecords = new ServiceRecordsResource(requester);
    this.funds = new FundsResource(requester);
    this.donations = new DonationsResource(requester);
    this.surveys = new SurveysResource(requester);
    this.events = new EventsResource(requester);
  }
}

export function createClient(options: ClientOptions): WusheClient {
  return new WusheClient(options);
}
