import { getSettingsRoute, updateSettingsRoute, type UpdateSettingsRequest } from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/** The district's settings (a district_admin's staff session or the secret key). */
export class SettingsResource {
  constructor(private readonly requester: Requester) {}

  /** Points rules, holidays, public indicators, notifier: every default filled in. */
  get(options?: RequestOptions): RouteAnswer<typeof getSettingsRoute> {
    return this.requester.call(getSettingsRoute, {}, options);
  }

  /** Changes the sections given; each holiday year given replaces that year. */
  update(
    params: UpdateSettingsRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof updateSettingsRoute> {
    return this.requester.call(updateSettingsRoute, { body: params }, options);
  }
}
