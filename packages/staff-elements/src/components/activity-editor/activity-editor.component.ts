import { html, nothing, type TemplateResult } from 'lit';
import {
  NeedCategory,
  valuesOf,
  type Activity,
  type NeedCategory as Category,
} from '@wushe/schema';
import {
  domainStrings,
  fill,
  LocaleController,
  LocaleStrings,
} from '@wushe/elements/foundation.js';
import { fieldValue } from '../../internal/field-value.js';
import { StaffEditor } from '../../internal/staff-editor.js';
import { divisionsOf } from '../../internal/divisions.js';
import {
  cancelActivity,
  createActivity,
  loadActivities,
  updateActivity,
  type ActivitiesData,
} from './api.js';
import { formatSpan, fromLocalInput, toLocalInput } from '../../internal/beijing-time.js';
import { activityEditorStyles } from './activity-editor.styles.js';
import { zhCN, type ActivityEditorStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<ActivityEditorStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

const CATEGORIES = valuesOf(NeedCategory);

/** A number field's value: `undefined` when empty, for the request schema to judge. */
const numberValue = (form: HTMLFormElement, name: string) => {
  const typed = fieldValue(form, name).trim();
  return typed === '' ? undefined : Number(typed);
};

/**
 * @tagname wushe-activity-editor
 * @summary The volunteer activities (志愿活动) of a division: publish, edit, cancel.
 *
 * Lists the activities of `division` that are not over yet, with their places taken and the
 * people waiting. The form asks for the title, the kind of service, the community (when the
 * division has several), who runs it (the community or one of its organizations), the place, the
 * start and end in Beijing time, the places and the points multiplier. Every rule is the
 * contract's (`CreateActivityRequest`, `UpdateActivityRequest`) and the server's (a capacity
 * below the confirmed signups, a multiplier outside the district's range), shown on its field or
 * on the form, with what was typed kept. Cancelling asks to be confirmed: the signups are told.
 * Takes the console's session, or a delegated one in `token`.
 *
 * @event wushe-editor-saved - An activity was created, updated or cancelled; `detail` has `editor`, `id`, `action`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart new - The button that opens the form for a new activity.
 * @csspart form - The form.
 * @csspart field-error - A field's issue, from the request schema or the server.
 * @csspart form-error - Why the form did not go through.
 * @csspart action-error - Why a cancellation did not go through.
 * @csspart save - The form's submit button.
 * @csspart cancel - The form's cancel button.
 * @csspart list - The list of activities.
 * @csspart item - One activity.
 * @csspart item-title - An activity's title.
 * @csspart edit - The button that opens an activity's form.
 * @csspart cancel-activity - The button that asks to cancel an activity.
 * @csspart confirm - The button that confirms the cancellation.
 * @csspart cancel-confirm - The button that keeps the activity.
 * @csspart announcer - The live region that announces each change.
 * @csspart state - The load-state panel.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the activities could not be loaded.
 * @csspart state-forbidden - The person may not edit here (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - No activity is coming up here.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the activities again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheActivityEditor extends StaffEditor<ActivitiesData, Activity> {
  static override styles = activityEditorStyles;

  protected readonly editorName = 'activities';
  private readonly activityWords = new LocaleController(this, ownStrings);
  private readonly domain = new LocaleController(this, domainStrings);

  protected get own() {
    return this.activityWords.value;
  }

  protected load(signal: AbortSignal) {
    return loadActivities(this.requester, this.division ?? '', signal);
  }

  protected itemsOf(data: ActivitiesData) {
    return data.activities;
  }

  protected itemId(activity: Activity) {
    return activity.id;
  }

  protected itemTitle(activity: Activity) {
    return activity.title;
  }

  protected withItem(data: ActivitiesData, activity: Activity, isNew: boolean) {
    return {
      ...data,
      activities: isNew
        ? [activity, ...data.activities]
        : data.activities.map((each) => (each.id === activity.id ? activity : each)),
    };
  }

  /** The fields both a new activity and an edit send. */
  private editable(form: HTMLFormElement) {
    const multiplier = numberValue(form, 'pointsMultiplier');
    return {
      title: fieldValue(form, 'title').trim(),
      category: (form.elements.namedItem('category') as HTMLSelectElement).value as Category,
      location: fieldValue(form, 'location').trim(),
      startsAt: fromLocalInput(fieldValue(form, 'startsAt')),
      endsAt: fromLocalInput(fieldValue(form, 'endsAt')),
      capacity: numberValue(form, 'capacity') as number,
      ...(multiplier === undefined ? {} : { pointsMultiplier: multiplier }),
      description: fieldValue(form, 'description').trim(),
    };
  }

  protected save(form: HTMLFormElement, activity: Activity | undefined) {
    if (activity) return updateActivity(this.requester, activity.id, this.editable(form));
    const picked = (name: string) =>
      (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
    const organizationId = picked('organizationId');
    return createActivity(this.requester, {
      communityId: this.fixedCommunity ?? picked('communityId'),
      ...(organizationId === '' ? {} : { organizationId }),
      ...this.editable(form),
    });
  }

  /** The editor's community when it edits one; otherwise the form asks which. */
  private get fixedCommunity(): string | undefined {
    return this.division?.length === 12 ? this.division : undefined;
  }

  /** The fields only a new activity has: where it is and who runs it (neither moves later). */
  private renderOwnership(data: ActivitiesData): TemplateResult {
    const words = this.activityWords.value;
    const within = this.division ?? '';
    const communities = divisionsOf(data.tree)
      .filter((division) => division.code.length === 12 && division.code.startsWith(within))
      .map((division) => ({ value: division.code, label: division.name }));
    const organizations = data.organizations
      .filter((org) => org.active)
      .map((org) => ({ value: org.id, label: org.name }));
    return html`${
      this.fixedCommunity
        ? nothing
        : this.form.select('communityId', words.community, communities, '')
    }
    ${this.form.select(
      'organizationId',
      words.organization,
      [{ value: '', label: words.byCommunity }, ...organizations],
      '',
    )}`;
  }

  protected renderFields(activity: Activity | undefined): TemplateResult {
    const words = this.activityWords.value;
    const form = this.form;
    const data = this.data.value;
    if (!data) return html``;
    const time = (at: string | undefined) => (at ? toLocalInput(at) : '');
    return html`${form.text('title', words.name, { value: activity?.title ?? '' })}
      ${activity ? nothing : this.renderOwnership(data)}
      ${form.select(
        'category',
        words.category,
        CATEGORIES.map((category) => ({
          value: category,
          label: this.domain.value.categories[category],
        })),
        activity?.category ?? 'elderly_care',
      )}
      ${form.text('location', words.location, { value: activity?.location ?? '' })}
      ${form.text('startsAt', words.startsAt, {
        type: 'datetime-local',
        hint: words.timeHint,
        value: time(activity?.startsAt),
      })}
      ${form.text('endsAt', words.endsAt, {
        type: 'datetime-local',
        hint: words.timeHint,
        value: time(activity?.endsAt),
      })}
      ${form.text('capacity', words.capacity, {
        type: 'number',
        value: activity ? String(activity.capacity) : '',
      })}
      ${form.text('pointsMultiplier', words.pointsMultiplier, {
        type: 'number',
        hint: words.pointsMultiplierHint,
        value: activity?.pointsMultiplier === undefined ? '' : String(activity.pointsMultiplier),
      })}
      <div class="field">
        <label for="description">${words.description}</label>
        <textarea
          id="description"
          name="description"
          rows="3"
          .value=${activity?.description ?? ''}
          aria-invalid=${form.invalid('description')}
          aria-describedby=${form.describedBy('description')}
        ></textarea>
        ${form.renderIssues('description')}
      </div>`;
  }

  protected renderItem(activity: Activity): TemplateResult {
    const words = this.activityWords.value;
    const cancelled = activity.status === 'cancelled';
    const runBy = this.data.value?.organizations.find((org) => org.id === activity.organizationId);
    return html`<h3 part="item-title" tabindex="-1">${activity.title}</h3>
      <p>
        ${this.domain.value.categories[activity.category]} · ${activity.location}
        ${runBy ? ` · ${runBy.name}` : ''}
      </p>
      <p class="meta">
        ${formatSpan(this.strings.locale, activity.startsAt, activity.endsAt)} ·
        ${fill(words.places, {
          signedUp: String(activity.signedUp),
          capacity: String(activity.capacity),
          waitlisted: String(activity.waitlisted),
        })}
        ${cancelled ? html` · <strong>${words.cancelled}</strong>` : nothing}
      </p>
      ${
        cancelled
          ? nothing
          : this.confirming === activity.id
            ? this.renderConfirm(
                activity,
                fill(words.cancelQuestion, { title: activity.title }),
                () => void this.act('cancelled', () => cancelActivity(this.requester, activity.id)),
              )
            : html`<div class="actions">
                <button
                  type="button"
                  part="edit"
                  class="secondary"
                  aria-label="${words.edit}：${activity.title}"
                  @click=${() => {
                    this.open(activity);
                  }}
                >
                  ${words.edit}
                </button>
                <button
                  type="button"
                  part="cancel-activity"
                  class="secondary"
                  aria-label="${words.cancelActivity}：${activity.title}"
                  @click=${() => {
                    this.confirming = activity.id;
                    this.focusNext = `[data-id="${activity.id}"] [part="confirm"]`;
                  }}
                >
                  ${words.cancelActivity}
                </button>
              </div>`
      }`;
  }
}
