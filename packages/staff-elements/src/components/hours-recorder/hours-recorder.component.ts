import { html, nothing, type PropertyValues } from 'lit';
import {
  chinaDate,
  MAX_SERVICE_MINUTES,
  roundToHalfHours,
  ServiceRecordSource,
  type Activity,
  type CheckInEntry,
  type CheckInList,
  type CreateServiceRecordRequest,
} from '@wushe/schema';
import type { WusheError } from '@wushe/sdk';
import {
  fill,
  LocaleController,
  LocaleStrings,
  RemoteController,
  renderEmptyState,
  renderLoadState,
} from '@wushe/elements/foundation.js';
import { fieldValue } from '../../internal/field-value.js';
import { isForbidden, isSignedOut } from '../../internal/staff-element.js';
import { StaffWorkList } from '../../internal/staff-work-list.js';
import { withEntry } from '../../internal/with-entry.js';
import {
  renderForbiddenState,
  renderSignedOutState,
  renderStaffList,
} from '../../internal/staff-states.js';
import {
  activityDay,
  activityMinutes,
  loadActivities,
  loadCheckIns,
  recordService,
} from './api.js';
import { hoursRecorderStyles } from './hours-recorder.styles.js';
import { zhCN, type HoursRecorderStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<HoursRecorderStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** The key of the manual entry's failure (rows use their signup id). */
const MANUAL = 'manual';

/**
 * @tagname wushe-hours-recorder
 * @summary Records volunteer hours (志愿服务时长): an activity's check-in list, and manual entries.
 *
 * Offers the activities of the last 30 days within the person's scopes and the `division` worked
 * on. Picking one shows its check-in list (the people with a confirmed place), each with the
 * minutes already recorded and a minutes field proposing the activity's length; recording a row
 * credits the time bank (`source: check_in`). A manual entry records any registered volunteer by
 * id (`source: manual`). Beside every minutes field the hours credited after rounding show as
 * SPEC §2 states it (the rule is `roundToHalfHours` from `@wushe/schema`, the one the server
 * applies). Takes the console's session, or a delegated one in `token`.
 *
 * @event wushe-hours-recorded - Service was recorded; `detail` has `serviceRecordId`, `volunteerId`, `activityId`, `minutes`, `halfHours`, `source`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart activity - The activity picker.
 * @csspart rounding - The rounding rule.
 * @csspart list - The check-in list.
 * @csspart item - One person of the check-in list.
 * @csspart item-title - A person's name.
 * @csspart minutes - A minutes field.
 * @csspart credited - The hours a minutes field credits after rounding.
 * @csspart record - The button that records a check-in row.
 * @csspart manual - The manual entry form.
 * @csspart volunteer-id - The manual entry's volunteer id field.
 * @csspart record-manual - The button that records the manual entry.
 * @csspart action-error - Why recording did not go through.
 * @csspart announcer - The live region that announces each record.
 * @csspart state - The load-state panel: loading, offline, an error, forbidden or signed out.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the activities or the list could not be loaded.
 * @csspart state-forbidden - The person may not record hours here (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - No activity to record, or nobody on the list.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheHoursRecorder extends StaffWorkList {
  static override styles = hoursRecorderStyles;

  static override properties = {
    ...StaffWorkList.properties,
    division: { type: String, reflect: true },
    activityId: { type: String, attribute: 'activity-id', reflect: true },
    minutes: { state: true },
  };

  /** The division worked on: a community (12 digits), a street (9) or the district (6). */
  declare division: string | undefined;
  /** The activity whose check-in list shows (`act_…`); the picker sets it. */
  declare activityId: string | undefined;
  /** Minutes typed per signup, or in the manual entry. */
  declare private minutes: ReadonlyMap<string, number>;

  private readonly words = new LocaleController(this, ownStrings);
  private readonly activities = new RemoteController<Activity[], readonly unknown[]>(this, {
    task: ([division], { signal }) =>
      loadActivities(this.requester, division as string | undefined, signal),
    args: () => [this.division, ...this.configArgs()],
  });
  private readonly checkIns = new RemoteController<CheckInList, readonly unknown[]>(this, {
    task: ([id], { signal }) => loadCheckIns(this.requester, id as string, signal),
    args: () => (this.activityId ? [this.activityId, ...this.configArgs()] : undefined),
  });

  constructor() {
    super();
    this.minutes = new Map();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('activityId')) this.minutes = new Map();
  }

  private get activity(): Activity | undefined {
    return this.activities.value?.find((each) => each.id === this.activityId);
  }

  private creditedText(minutes: number | undefined): string {
    const valid = minutes !== undefined && minutes >= 1 && minutes <= MAX_SERVICE_MINUTES;
    const hours = valid ? roundToHalfHours(Math.floor(minutes)) / 2 : 0;
    return fill(this.words.value.credited, { hours: hours.toLocaleString(this.locale) });
  }

  private async record(key: string, name: string, record: CreateServiceRecordRequest) {
    if (this.busy) return;
    this.busy = key;
    this.setFailure(key, undefined);
    try {
      const saved = await recordService(this.requester, record);
      this.announcement = fill(this.words.value.recorded, {
        name,
        hours: (saved.halfHours / 2).toLocaleString(this.locale),
      });
      const list = this.checkIns.value;
      if (list && key !== MANUAL) {
        const data = list.data.map((entry) =>
          entry.signupId === key
            ? { ...entry, recordedMinutes: entry.recordedMinutes + saved.minutes }
            : entry,
        );
        this.checkIns.value = { ...list, data };
      }
      this.emit('wushe-hours-recorded', {
        serviceRecordId: saved.id,
        volunteerId: saved.volunteerId,
        activityId: saved.activityId,
        minutes: saved.minutes,
        halfHours: saved.halfHours,
        source: saved.source,
      });
      return true;
    } catch (error) {
      this.setFailure(key, error as WusheError);
      this.report(error as WusheError);
      return false;
    } finally {
      this.busy = undefined;
    }
  }

  private submitRow(event: SubmitEvent, entry: CheckInEntry, activity: Activity) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!form.reportValidity() || !entry.volunteerId) return;
    void this.record(entry.signupId, entry.name, {
      volunteerId: entry.volunteerId,
      activityId: activity.id,
      servedOn: activityDay(activity),
      minutes: Number(fieldValue(form, 'minutes')),
      content: activity.title,
      source: ServiceRecordSource.checkIn,
    });
  }

  private async submitManual(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!form.reportValidity()) return;
    const volunteerId = fieldValue(form, 'volunteerId').trim();
    const done = await this.record(MANUAL, volunteerId, {
      volunteerId,
      ...(this.activityId ? { activityId: this.activityId } : {}),
      servedOn: fieldValue(form, 'servedOn'),
      minutes: Number(fieldValue(form, 'minutes')),
      content: fieldValue(form, 'content').trim(),
      source: ServiceRecordSource.manual,
    });
    if (done) {
      form.reset();
      this.minutes = withEntry(this.minutes, MANUAL, undefined);
    }
  }

  private minutesField(key: string, label: string, proposed: number | undefined) {
    const typed = this.minutes.get(key) ?? proposed;
    return html`<div class="field">
        <label for="minutes-${key}">${label}</label>
        <input
          id="minutes-${key}"
          name="minutes"
          part="minutes"
          type="number"
          inputmode="numeric"
          min="1"
          max=${MAX_SERVICE_MINUTES}
          step="1"
          required
          .value=${typed === undefined ? '' : String(typed)}
          aria-describedby="credited-${key}"
          @input=${(e: InputEvent) => {
            const value = (e.currentTarget as HTMLInputElement).valueAsNumber;
            this.minutes = withEntry(this.minutes, key, Number.isNaN(value) ? undefined : value);
          }}
        />
      </div>
      <p class="credited" part="credited" id="credited-${key}">${this.creditedText(typed)}</p>`;
  }

  private renderEntry(entry: CheckInEntry, activity: Activity) {
    const words = this.words.value;
    const recorded = entry.recordedMinutes
      ? fill(words.alreadyRecorded, { minutes: entry.recordedMinutes })
      : '';
    return html`<li>
      <article part="item" data-id=${entry.signupId} aria-labelledby="name-${entry.signupId}">
        <h4 id="name-${entry.signupId}" part="item-title">${entry.name}</h4>
        ${recorded ? html`<p class="meta">${recorded}</p>` : nothing}
        ${
          entry.volunteerId
            ? html`<form
                class="row"
                @submit=${(e: SubmitEvent) => {
                  this.submitRow(e, entry, activity);
                }}
              >
                ${this.minutesField(
                  entry.signupId,
                  fill(words.minutes, { name: entry.name }),
                  activityMinutes(activity),
                )}
                <button type="submit" part="record" ?disabled=${this.busy === entry.signupId}>
                  ${words.record}
                </button>
              </form>`
            : html`<p class="meta">${words.notRegistered}</p>`
        }
        ${this.renderFailure(entry.signupId, this.words.value)}
      </article>
    </li>`;
  }

  private renderCheckIns() {
    const activity = this.activity;
    if (!activity) return nothing;
    const words = this.words.value;
    const body = renderStaffList(
      this.checkIns,
      this.strings,
      { ...words, empty: words.nobody },
      (value) => value.data,
      (entries) =>
        html`<ul part="list">
          ${entries.map((entry) => this.renderEntry(entry, activity))}
        </ul>`,
    );
    return html`<section aria-labelledby="check-in-title">
      <h3 id="check-in-title">${words.checkInTitle}</h3>
      ${body}
    </section>`;
  }

  private renderManual() {
    const words = this.words.value;
    const today = chinaDate(new Date());
    return html`<section aria-labelledby="manual-title">
      <h3 id="manual-title">${words.manualTitle}</h3>
      <form class="row" part="manual" @submit=${(e: SubmitEvent) => void this.submitManual(e)}>
        <div class="field">
          <label for="volunteer-id">${words.volunteerId}</label>
          <input
            id="volunteer-id"
            name="volunteerId"
            part="volunteer-id"
            required
            pattern="vol_[A-Za-z0-9]+"
            autocomplete="off"
            aria-describedby="volunteer-id-hint"
          />
          <p class="meta" id="volunteer-id-hint">${words.volunteerIdHint}</p>
        </div>
        <div class="field">
          <label for="served-on">${words.servedOn}</label>
          <input
            id="served-on"
            name="servedOn"
            type="date"
            required
            max=${today}
            .value=${this.activity ? activityDay(this.activity) : today}
          />
        </div>
        <div class="field">
          <label for="content">${words.content}</label>
          <input
            id="content"
            name="content"
            required
            minlength="2"
            maxlength="200"
            .value=${this.activity?.title ?? ''}
          />
        </div>
        ${this.minutesField(MANUAL, fill(words.minutes, { name: '' }).trim(), undefined)}
        <button type="submit" part="record-manual" ?disabled=${this.busy === MANUAL}>
          ${words.recordManual}
        </button>
      </form>
      ${this.renderFailure(MANUAL, this.words.value)}
    </section>`;
  }

  private renderPicker(activities: Activity[]) {
    const words = this.words.value;
    const day = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium' });
    return html`<div class="field">
      <label for="activity">${words.activity}</label>
      <select
        id="activity"
        part="activity"
        @change=${(e: Event) => {
          this.activityId = (e.currentTarget as HTMLSelectElement).value || undefined;
        }}
      >
        <option value="" ?selected=${!this.activityId}>${words.pickActivity}</option>
        ${activities.map(
          (activity) =>
            html`<option value=${activity.id} ?selected=${activity.id === this.activityId}>
              ${activity.title} · ${day.format(new Date(activity.startsAt))}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private renderBody() {
    const words = this.words.value;
    const { status, error, value } = this.activities;
    if (status === 'error' && isForbidden(error)) return renderForbiddenState(words.forbidden);
    if (status === 'error' && isSignedOut(error)) return renderSignedOutState(words.signedOut);
    if (status !== 'ready' || !value) return renderLoadState(this.activities, this.strings);
    return html`${
        value.length === 0
          ? renderEmptyState({ ...this.strings, empty: words.noActivities })
          : this.renderPicker(value)
      }
      <p class="meta" part="rounding">${words.rounding}</p>
      ${this.renderCheckIns()} ${this.renderManual()}`;
  }

  override render() {
    return this.renderFrame('recorder-title', this.words.value.title, this.renderBody());
  }
}
