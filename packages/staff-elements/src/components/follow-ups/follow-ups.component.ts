import { html, nothing } from 'lit';
import { FollowUpOutcome, valuesOf } from '@wushe/schema';
import type { WusheError } from '@wushe/sdk';
import {
  fill,
  LocaleController,
  LocaleStrings,
  RemoteController,
} from '@wushe/elements/foundation.js';
import { fieldValue } from '../../internal/field-value.js';
import { StaffWorkList } from '../../internal/staff-work-list.js';
import { renderStaffList } from '../../internal/staff-states.js';
import { loadFollowUps, recordFollowUp, type FollowUpItem } from './api.js';
import { followUpsStyles } from './follow-ups.styles.js';
import { zhCN, type FollowUpsStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<FollowUpsStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

const OUTCOMES = valuesOf(FollowUpOutcome);

/**
 * @tagname wushe-follow-ups
 * @summary The low ratings to call back (回访) in a division, overdue first, each with its 15-working-day deadline; record each follow-up done.
 *
 * Lists the 差评 (rated 不满意 or worse) of `division` (a community, a street, or the whole
 * district) that nobody has followed up yet, from the staff work list: the overdue first, then by
 * deadline. Each shows the last day of its 15 working days (政务服务"好差评"), counted on the
 * district's holiday calendar; where no calendar covers it, the widget says the deadline skips
 * weekends only. Recording a follow-up asks, in the list itself, for the outcome and notes; once
 * recorded (with the person, audited) the rating leaves the list. The server checks that the
 * person may follow up the rated subject's community. Takes the console's session, or a
 * delegated one in `token`.
 *
 * @event wushe-follow-up-recorded - A follow-up was recorded; `detail` has `responseId`, `followUpId` and `outcome`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart count - How many wait, and how many of them are overdue.
 * @csspart list - The list of follow-ups.
 * @csspart item - One low rating to follow up (`data-overdue` when late).
 * @csspart item-title - A rating's heading: the score and its level.
 * @csspart due - The deadline of the 15 working days.
 * @csspart overdue - The overdue badge.
 * @csspart weekends-only - The note that no holiday calendar covers the deadline.
 * @csspart record - The button that starts recording a follow-up.
 * @csspart outcome - A choice of outcome.
 * @csspart notes - The notes field.
 * @csspart confirm - The button that records the follow-up.
 * @csspart action-error - Why a record did not go through.
 * @csspart announcer - The live region that announces each record.
 * @csspart state - The load-state panel: loading, offline, an error, forbidden or signed out.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the list could not be loaded.
 * @csspart state-forbidden - The person may not follow up ratings here (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - Nothing is waiting.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the list again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-color-danger - The overdue badge and errors.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheFollowUps extends StaffWorkList {
  static override styles = followUpsStyles;

  static override properties = {
    ...StaffWorkList.properties,
    division: { type: String, reflect: true },
    recording: { state: true },
  };

  /** The division to follow up: a community (12 digits), a street (9) or the district (6). */
  declare division: string | undefined;
  /** The response whose follow-up is being written. */
  declare private recording: string | undefined;

  private readonly words = new LocaleController(this, ownStrings);
  private readonly followUps = new RemoteController<FollowUpItem[], readonly unknown[]>(this, {
    task: ([division], { signal }) => loadFollowUps(this.requester, division as string, signal),
    args: () => (this.division ? [this.division, ...this.configArgs()] : undefined),
  });

  private heading(item: FollowUpItem): string {
    const words = this.words.value;
    return fill(words.rating, {
      rating: item.rating,
      level: words.levels[Math.min(Math.max(item.rating, 1), 5) - 1] ?? '',
    });
  }

  private async submit(event: SubmitEvent, item: FollowUpItem) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!form.reportValidity() || this.busy) return;
    const checked = form.querySelector<HTMLInputElement>('input[name="outcome"]:checked');
    const outcome = OUTCOMES.find((value) => value === checked?.value) ?? 'resolved';
    const notes = fieldValue(form, 'notes').trim();
    this.busy = item.id;
    this.setFailure(item.id, undefined);
    try {
      const record = await recordFollowUp(this.requester, item.id, { outcome, notes });
      const list = this.followUps.value ?? [];
      const index = list.findIndex((each) => each.id === item.id);
      this.followUps.value = list.filter((each) => each.id !== item.id);
      this.recording = undefined;
      this.announcement = fill(this.words.value.recorded, { subject: this.heading(item) });
      const next = this.followUps.value[Math.min(index, this.followUps.value.length - 1)];
      this.focusNext = next ? `[data-id="${next.id}"] h3` : 'h2';
      this.emit('wushe-follow-up-recorded', {
        responseId: item.id,
        followUpId: record.id,
        outcome: record.outcome,
      });
    } catch (error) {
      this.setFailure(item.id, error as WusheError);
      this.report(error as WusheError);
    } finally {
      this.busy = undefined;
    }
  }

  private startRecording(item: FollowUpItem) {
    this.recording = item.id;
    this.focusNext = `#outcome-${item.id}-${OUTCOMES[0]}`;
  }

  private cancelRecording(item: FollowUpItem) {
    this.recording = undefined;
    this.focusNext = `[data-id="${item.id}"] [part="record"]`;
  }

  private renderForm(item: FollowUpItem) {
    const words = this.words.value;
    return html`<form class="inline-form" @submit=${(e: SubmitEvent) => void this.submit(e, item)}>
      <fieldset>
        <legend>${words.outcome}</legend>
        ${OUTCOMES.map(
          (outcome, i) =>
            html`<label class="check">
              <input
                type="radio"
                name="outcome"
                part="outcome"
                id="outcome-${item.id}-${outcome}"
                value=${outcome}
                ?checked=${i === 0}
              />
              ${words.outcomes[outcome]}
            </label>`,
        )}
      </fieldset>
      <div class="field">
        <label for="notes-${item.id}">${words.notes}</label>
        <textarea
          id="notes-${item.id}"
          name="notes"
          part="notes"
          required
          maxlength="500"
          rows="3"
          aria-describedby="notes-hint-${item.id}"
        ></textarea>
        <p class="meta" id="notes-hint-${item.id}">${words.notesHint}</p>
      </div>
      ${this.renderFormActions(
        item.id,
        { part: 'confirm', label: words.confirm },
        {
          label: words.cancel,
          onCancel: () => {
            this.cancelRecording(item);
          },
        },
      )}
    </form>`;
  }

  private renderItem(item: FollowUpItem) {
    const words = this.words.value;
    const dateOnly = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const due = dateOnly.format(new Date(`${item.dueOn}T00:00:00Z`));
    const rated = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium' }).format(
      new Date(item.since),
    );
    return html`<li>
      <article
        part="item"
        data-id=${item.id}
        ?data-overdue=${item.overdue}
        aria-labelledby="title-${item.id}"
      >
        <h3 id="title-${item.id}" part="item-title" tabindex="-1">
          ${this.heading(item)}
          ${
            item.overdue
              ? html`<span class="badge" part="overdue">${words.overdue}</span>`
              : nothing
          }
        </h3>
        <p class="due" part="due">${fill(words.dueOn, { date: due })}</p>
        ${
          item.calendarKnown
            ? nothing
            : html`<p class="meta" part="weekends-only">${words.weekendsOnly}</p>`
        }
        <p class="meta">${words.rated} ${rated} · ${words.subject} ${item.subjectId}</p>
        ${
          this.recording === item.id
            ? this.renderForm(item)
            : html`<div class="actions">
                <button
                  type="button"
                  part="record"
                  @click=${() => {
                    this.startRecording(item);
                  }}
                >
                  ${words.record}
                </button>
              </div>`
        }
        ${this.renderFailure(item.id, words)}
      </article>
    </li>`;
  }

  private renderBody() {
    const words = this.words.value;
    return renderStaffList(
      this.followUps,
      this.strings,
      words,
      (value) => value,
      (items) => {
        const overdue = items.filter((item) => item.overdue).length;
        return html`<p class="count" part="count">
            ${fill(words.count, { count: items.length, overdue })}
          </p>
          <ul part="list">
            ${items.map((item) => this.renderItem(item))}
          </ul>`;
      },
    );
  }

  override render() {
    return this.renderFrame('follow-ups-title', this.words.value.title, this.renderBody());
  }
}
