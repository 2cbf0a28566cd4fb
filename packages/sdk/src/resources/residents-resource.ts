import {
  cancelMySignupRoute,
  eraseMyDataRoute,
  exportMyDataRoute,
  getMyHoursRoute,
  getMyPointsRoute,
  redeemRewardRoute,
  type RedeemRewardRequest,
  transferMyPointsRoute,
  type FamilyTransferRequest,
  donateMyPointsRoute,
  type DonatePointsRequest,
  getMyVolunteerRoute,
  getResidentMeRoute,
  listMyDonationsRoute,
  listMyNeedsRoute,
  listMySignupsRoute,
  requestResidentCodeRoute,
  residentSignInRoute,
  residentSignOutRoute,
  updateMyVolunteerRoute,
  withdrawVolunteerConsentRoute,
  type RequestResidentCodeRequest,
  type ResidentSignInRequest,
  type UpdateMyVolunteerRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/**
 * A resident's own side (SPEC §13): sign-in by mobile and SMS code, then their volunteering,
 * needs, donations and PIPL rights. `signIn` keeps the resident token on the client (every
 * method after it sends it); `signOut` and `erase` forget it. A page that keeps the token (e.g.
 * in `sessionStorage`) passes it back as `residentToken` when it creates the client.
 */
export class ResidentsResource {
  constructor(private readonly requester: Requester) {}

  /** The resident token the client sends, if signed in. */
  get token(): string | undefined {
    return this.requester.residentToken;
  }

  /** Sends a 6-digit code to the mobile by SMS (5 an hour; `too_many_codes` beyond). */
  requestCode(
    params: RequestResidentCodeRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof requestResidentCodeRoute> {
    return this.requester.call(requestResidentCodeRoute, { body: params }, options);
  }

  /** Exchanges the mobile and its code for a resident token, which the client then sends. */
  async signIn(
    params: ResidentSignInRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof residentSignInRoute> {
    const session = await this.requester.call(residentSignInRoute, { body: params }, options);
    this.requester.residentToken = session.token;
    return session;
  }

  /** Ends the session on the server and forgets the token. */
  async signOut(options?: RequestOptions): RouteAnswer<typeof residentSignOutRoute> {
    const answer = await this.requester.call(residentSignOutRoute, {}, options);
    this.requester.residentToken = undefined;
    return answer;
  }

  /** The signed-in resident. */
  me(options?: RequestOptions): RouteAnswer<typeof getResidentMeRoute> {
    return this.requester.call(getResidentMeRoute, {}, options);
  }

  /** My volunteer registration (`NotFoundError` when the mobile has none). */
  volunteer(options?: RequestOptions): RouteAnswer<typeof getMyVolunteerRoute> {
    return this.requester.call(getMyVolunteerRoute, {}, options);
  }

  /** Corrects my volunteer registration; only the fields given change. */
  updateVolunteer(
    params: UpdateMyVolunteerRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof updateMyVolunteerRoute> {
    return this.requester.call(updateMyVolunteerRoute, { body: params }, options);
  }

  /** Withdraws consent: the registration is erased, coming signups cancelled, hours kept. */
  withdrawConsent(options?: RequestOptions): RouteAnswer<typeof withdrawVolunteerConsentRoute> {
    return this.requester.call(withdrawVolunteerConsentRoute, {}, options);
  }

  /** My activity signups. */
  signups(options?: RequestOptions): RouteAnswer<typeof listMySignupsRoute> {
    return this.requester.call(listMySignupsRoute, {}, options);
  }

  /** Cancels one of my signups; the first person waiting takes the place. */
  cancelSignup(
    params: { id: string },
    options?: RequestOptions,
  ): RouteAnswer<typeof cancelMySignupRoute> {
    return this.requester.call(cancelMySignupRoute, { params }, options);
  }

  /** My hours by activity and record by record. */
  hours(options?: RequestOptions): RouteAnswer<typeof getMyHoursRoute> {
    return this.requester.call(getMyHoursRoute, {}, options);
  }

  /** My points: the balance, what expires next and every movement (only 信用时 earn). */
  points(options?: RequestOptions): RouteAnswer<typeof getMyPointsRoute> {
    return this.requester.call(getMyPointsRoute, {}, options);
  }

  /** Spends my points on a reward of the 爱心超市; the answer's pickup code is shown this once. */
  redeem(
    params: RedeemRewardRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof redeemRewardRoute> {
    return this.requester.call(redeemRewardRoute, { body: params }, options);
  }

  /** Gives my points to family aged 60 or over (spouse, parent, grandparent registered here). */
  transferPoints(
    params: FamilyTransferRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof transferMyPointsRoute> {
    return this.requester.call(transferMyPointsRoute, { body: params }, options);
  }

  /** Gives my points back to my community's pool. */
  donatePoints(
    params: DonatePointsRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof donateMyPointsRoute> {
    return this.requester.call(donateMyPointsRoute, { body: params }, options);
  }

  /** The needs I posted, with their timelines. */
  needs(options?: RequestOptions): RouteAnswer<typeof listMyNeedsRoute> {
    return this.requester.call(listMyNeedsRoute, {}, options);
  }

  /** The donations I made, with the receipts I asked for. */
  donations(options?: RequestOptions): RouteAnswer<typeof listMyDonationsRoute> {
    return this.requester.call(listMyDonationsRoute, {}, options);
  }

  /** Everything held about me, as JSON (PIPL). */
  export(options?: RequestOptions): RouteAnswer<typeof exportMyDataRoute> {
    return this.requester.call(exportMyDataRoute, {}, options);
  }

  /** Erases my personal data (records others rely on stay, anonymised) and forgets the token. */
  async erase(options?: RequestOptions): RouteAnswer<typeof eraseMyDataRoute> {
    const answer = await this.requester.call(eraseMyDataRoute, {}, options);
    this.requester.residentToken = undefined;
    return answer;
  }
}
