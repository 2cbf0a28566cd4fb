import { html, nothing, type TemplateResult } from 'lit';
import type { Activity, Signup } from '@wushe/schema';
import { listActivities } from '@wushe/schema/wire';
import { NotFoundError } from '@wushe/sdk';
import { Attempt } from '../../internal/attempt.js';
import { LiveFollowController } from '../../internal/live-follow.js';
import { followActivity } from './live-activity.js';
import { fill } from '../../internal/locale.js';
import { formatNumber, SignupFields } from './signup-fields.js';
import type { SignupHost, SignupMode, SignupModeFactory, SignupResult } from './signup-mode.js';

/**
 * Signup for one activity (志愿活动报名): its time, place and places left (or the waitlist), then
 * a name, a mobile and consent; `POST /v1/activities/{id}/signups` answers with a confirmed place
 * or a waitlist position.
 */
class ActivitySignup implements SignupMode {
  private activity: Activity | undefined;
  private readonly fields: SignupFields;

  /** One key per signup attempt: a retry after a lost answer signs up once. */
  private readonly attempt = new Attempt();

  constructor(private readonly host: SignupHost) {
    this.fields = new SignupFields(host);
    // The activity's places, live, while this mode is the one in use.
    new LiveFollowController(
      host.element,
      followActivity(
        () => host.requester,
        () => (host.mode === this ? this.activity : undefined),
        (activity) => void this.activityChanged(activity),
      ),
    );
  }

  get title(): string {
    return this.activity?.title ?? this.host.text.signupTitle;
  }

  /**
   * Finds the activity in the list of upcoming ones (the API has no single-activity route), page
   * by page, in the widget's community when it has one. One that has ended is not listed: it is
   * "not found", which the widget explains.
   */
  async load(signal: AbortSignal): Promise<void> {
    const { requester, community, activity: id, text } = this.host;
    let cursor: string | undefined;
    do {
      const query = { ...(community ? { community } : {}), ...(cursor ? { cursor } : {}) };
      const page = await requester.send(listActivities, { query }, { signal });
      const found = page.data.find((activity) => activity.id === id);
      if (found) {
        this.activity = found;
        return;
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    throw new NotFoundError({ code: 'not_found', status: 404, message: text.notFound });
  }

  /** Its places moved live: show them, and a place the person waiting was promoted to. */
  private async activityChanged(activity: Activity): Promise<void> {
    this.activity = activity;
    const { host } = this;
    const shown = host.result;
    if (shown && 'status' in shown && shown.status === 'waitlisted') {
      const { readOwnSignup } = await import('./own-signup.js');
      const promoted = await readOwnSignup(host.requester, shown).catch(() => undefined);
      if (promoted && host.result === shown) host.showResult(promoted);
    }
    host.requestUpdate();
  }

  reset(): void {
    // Nothing of the last person is kept here: the form's reset clears their name and mobile.
  }

  async submit(): Promise<Signup | undefined> {
    const { form, requester, policyVersion } = this.host;
    const activity = this.activity;
    if (!activity) return undefined;
    const signup = await form.submit(async (v) => {
      const body = {
        name: v.name.trim(),
        mobile: v.mobile.trim(),
        consent: { policyVersion, agreed: v.consent },
      };
      const { signUp } = await import('./writes.js');
      return signUp(requester, activity.id, body, this.attempt.keyFor([activity.id, body]));
    });
    // The server's counts after this signup, so the next person sees what is left.
    if (signup) {
      this.attempt.complete();
      this.activity = {
        ...activity,
        signedUp: activity.capacity - signup.placesLeft,
        waitlisted: signup.waitlistPosition ?? activity.waitlisted,
      };
    }
    return signup;
  }

  render(): TemplateResult {
    const { fields } = this;
    const { text: t, locale } = this.host;
    const activity = this.activity!;
    const time = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Shanghai',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).formatRange(new Date(activity.startsAt), new Date(activity.endsAt));
    const body = html`${fields.text('name', t.name, { autocomplete: 'name' })}
    ${fields.mobile('mobile', t.mobile, t.mobileHint)}`;
    return html`<div class="activity" part="activity">
        <p>${activity.description}</p>
        <dl>
          <dt>${t.time}</dt>
          <dd>${time}</dd>
          <dt>${t.location}</dt>
          <dd>${activity.location}</dd>
        </dl>
        <p class="notice places">${this.places(activity)}</p>
      </div>
      ${
        activity.open
          ? fields.form(body, t.signup, {
              already_signed_up: t.alreadySignedUp,
              activity_closed: t.activityClosed,
              activity_cancelled: t.activityCancelled,
            })
          : nothing
      }`;
  }

  /** Places left, or full with how many already wait, or cancelled (and why), or closed. */
  private places(activity: Activity): string {
    const { text: t, locale } = this.host;
    if (activity.status === 'cancelled') {
      return activity.cancelReason
        ? fill(t.cancelledBecause, { reason: activity.cancelReason })
        : t.cancelled;
    }
    if (!activity.open) return t.closed;
    const left = Math.max(0, activity.capacity - activity.signedUp);
    if (left > 0) return fill(t.placesLeft, { count: formatNumber(locale, left) });
    return activity.waitlisted > 0
      ? `${t.full}${fill(t.waiting, { count: formatNumber(locale, activity.waitlisted) })}`
      : t.full;
  }

  renderSuccess(result: SignupResult): TemplateResult {
    const { text: t, locale } = this.host;
    const waitlisted = 'status' in result && result.status === 'waitlisted';
    const position = 'status' in result ? (result.waitlistPosition ?? 1) : 1;
    return this.fields.success(
      waitlisted ? fill(t.waitlisted, { position: formatNumber(locale, position) }) : t.confirmed,
      html`<p>${waitlisted ? t.waitlistedNext : t.confirmedNext}</p>`,
      t.signupAnother,
    );
  }
}

export const createMode: SignupModeFactory = (host) => new ActivitySignup(host);
