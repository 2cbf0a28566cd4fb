import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Survey } from '@wushe/schema';
import { ConnectionError } from '@wushe/sdk';
import { renderLoadState } from '../../internal/load-state.js';
import { RemoteController } from '../../internal/remote.js';
import { FormController } from '../../internal/form.js';
import { fill, LocaleController, LocaleStrings } from '../../internal/locale.js';
import { SurveyElement } from './survey-element.js';
import {
  answeredBefore,
  markAnswered,
  respondentFor,
  surveyBallot,
} from '../../internal/respondent.js';
import { renderQuestion, nearLimit, type QuestionView } from './questions.js';
import {
  answerKey,
  CONTACT,
  firstRating,
  INITIAL,
  lowRating,
  type Answer,
  type ContactField,
  type Values,
} from './values.js';
import { surveyStyles } from './survey.styles.js';
import { zhCN, type SurveyStrings } from './strings/zh-CN.js';
import type {} from '../../events/wushe-survey-submitted.js';

const ownStrings = new LocaleStrings<SurveyStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** The contract's schemas come with the reads (see api.ts). */
const loadApi = () => import('./api.js');
/** Loaded once the resident starts answering, not with the page (see send.ts). */
const loadSender = () => import('./send.js');
/** Loaded after a low rating, which most residents never give. */
const loadFollowUp = () => import('./follow-up.js');
type FollowUpModule = Awaited<ReturnType<typeof loadFollowUp>>;
type Outcome = Awaited<ReturnType<Awaited<ReturnType<typeof loadSender>>['send']>>;

/** How long typing must pause before the remaining length of a text is announced. */
const ANNOUNCE_AFTER_MS = 700;

type Done = { readonly kind: 'sent'; readonly followUp: boolean } | { readonly kind: 'before' };

/**
 * @tagname wushe-survey
 * @summary A satisfaction survey (满意度评价, 政务服务"好差评"): one response per resident per subject.
 *
 * Renders the survey's questions: `rating` on the five 好差评 levels 非常满意 … 非常不满意 (a
 * radio group with visible words; the faces are decoration), `nps` 0–10 with its end labels,
 * `single` and `multi` choices, and `text` with its length limit and a counter. Answers are
 * anonymous; after a rating of 不满意 or worse the resident may leave a contact, with consent,
 * for a follow-up call (回访). A respondent token kept in this browser per survey and subject
 * makes a second answer show the thank-you state (as does the server's 409 `already_responded`).
 * What was typed survives an error and a reload (a draft in session storage).
 *
 * @event wushe-survey-submitted - The answers were recorded; `detail` has `surveyId`, `subjectId`, `responseId`, `createdAt`, `rating`, `followUp`.
 * @event wushe-error - Loading or sending failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading (the survey's title).
 * @csspart form - The form.
 * @csspart question - Each question (a fieldset, or the text question's box).
 * @csspart prompt - A question's prompt.
 * @csspart choice - Each choice: a rating level, a score, an option.
 * @csspart ends - The NPS scale's end labels.
 * @csspart counter - A text question's character count.
 * @csspart field-error - A question's or a field's error message.
 * @csspart follow-up - The optional contact for a follow-up call, shown after a low rating.
 * @csspart field - Each field of the follow-up contact (label, input, error).
 * @csspart alert - What to fix, or why sending failed.
 * @csspart notice - A closed survey.
 * @csspart submit - The submit button.
 * @csspart state - The load-state panel: loading, offline, or an error.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the survey could not be loaded (or that there is no such survey).
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the survey again.
 * @csspart thanks - The thank-you panel.
 *
 * @cssproperty --wushe-color-primary - Buttons, the chosen answer, check boxes.
 * @cssproperty --wushe-color-danger - Errors.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheSurvey extends SurveyElement {
  static override styles = surveyStyles;

  static override properties = {
    ...SurveyElement.properties,
    survey: { type: String, reflect: true },
    subject: { type: String, reflect: true },
    policyUrl: { type: String, attribute: 'policy-url' },
    policyVersion: { type: String, attribute: 'policy-version' },
    done: { state: true },
    announcements: { state: true },
  };

  /** The survey's id (`svy_…`), as staff set it up. */
  declare survey: string | undefined;
  /**
   * What is rated: a project, an activity, an organization (their ids) or a community (its
   * 12-digit code). Required: one response per resident per subject (一事一评).
   */
  declare subject: string | undefined;
  /** The privacy notice the follow-up consent links to. */
  declare policyUrl: string;
  /** The version of that notice, recorded with the consent. */
  declare policyVersion: string;
  /** The thank-you state: answers `sent` just now, or answered `before` (here or per the server). */
  declare protected done: Done | undefined;
  declare protected announcements: Readonly<Record<string, string>>;

  /** The survey's definition; without a subject there is nothing to rate, and nothing loads. */
  private readonly words = new LocaleController(this, ownStrings);
  /** This widget's own wording, in its locale. */
  protected get text(): SurveyStrings {
    return this.words.value;
  }

  readonly remote = new RemoteController(this, {
    task: async ([survey]: readonly [string, ...unknown[]], { signal }) =>
      (await loadApi()).fetchSurvey(this.requester, survey, signal),
    args: () =>
      this.survey && this.subject
        ? ([this.survey, this.subject, ...this.configArgs()] as const)
        : undefined,
  });

  readonly form = new FormController<Values>(this, {
    initial: INITIAL,
    draftKey: () =>
      this.survey && this.subject ? `wushe.survey-draft.${this.survey}.${this.subject}` : undefined,
    // A contact is given for one call back, with consent given then: it is not kept in a draft.
    sensitive: [CONTACT.name, CONTACT.mobile, CONTACT.consent],
  });

  /** From the click on submit until the answer, while the sender may still be loading. */
  private sending = false;
  private followUp: FollowUpModule | undefined;
  private focusAfterUpdate: string | undefined;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor() {
    super();
    this.policyUrl = '#';
    this.policyVersion = '2026-01';
    this.announcements = {};
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('survey') || changed.has('subject')) {
      const before =
        this.survey && this.subject && answeredBefore(surveyBallot(this.survey, this.subject));
      this.done = before ? { kind: 'before' } : undefined;
    }
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  /** What the question templates read and change. */
  private questionView(): QuestionView {
    return {
      text: this.text,
      answer: (id) => this.form.values[answerKey(id)] as Answer | undefined,
      error: (id) => this.form.errorFor(answerKey(id)),
      choose: (id, value) => {
        this.form.set(answerKey(id), value);
      },
      typed: (question, value) => {
        this.form.set(answerKey(question.id), value);
        this.announceLater(question.id, question.maxLength - value.length, question.maxLength);
      },
      announcement: (id) => this.announcements[id] ?? '',
      optional: () => this.optional(),
      number: (value) => this.number(value),
    };
  }

  /** Once typing pauses near a text's limit, tells screen readers what is left. */
  private announceLater(questionId: string, left: number, maxLength: number): void {
    clearTimeout(this.timers.get(questionId));
    const timer = setTimeout(() => {
      const message =
        left <= nearLimit(maxLength) ? fill(this.text.remaining, { count: this.number(left) }) : '';
      this.announcements = { ...this.announcements, [questionId]: message };
    }, ANNOUNCE_AFTER_MS);
    this.timers.set(questionId, timer);
  }

  /** Sends the answers (loading the sender if it is not yet), then shows what became of them. */
  private async send(survey: Survey, subjectId: string): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    let outcome: Outcome;
    try {
      const { send } = await loadSender();
      outcome = await send(survey, subjectId, {
        form: this.form,
        requester: this.requester,
        text: this.text,
        issues: this.strings.issues,
        policyVersion: this.policyVersion,
        token: respondentFor(surveyBallot(survey.id, subjectId)).token,
      });
    } finally {
      this.sending = false;
    }
    if (outcome.kind === 'failed') {
      if (this.form.error) this.report(this.form.error);
      this.focusAfterUpdate = this.form.issues.length > 0 ? '[aria-invalid="true"]' : '.alert';
      this.requestUpdate();
      return;
    }
    // Recorded now, or refused as a second answer (the reply to an earlier one was lost, or this
    // browser forgot it answered): either way the resident has had their say.
    markAnswered(surveyBallot(survey.id, subjectId));
    this.focusAfterUpdate = '.thanks h3';
    if (outcome.kind === 'repeat') {
      this.form.reset();
      this.done = { kind: 'before' };
      return;
    }
    this.done = { kind: 'sent', followUp: outcome.followUp };
    const { response } = outcome;
    this.emit('wushe-survey-submitted', {
      surveyId: response.surveyId,
      subjectId: response.subjectId,
      responseId: response.id,
      createdAt: response.createdAt,
      rating: firstRating(survey, this.form.values),
      followUp: outcome.followUp,
    });
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    const survey = this.remote.value;
    if (survey && this.subject) void this.send(survey, this.subject);
  };

  /** The first answer starts loading the sender, so submitting does not wait for it. */
  private readonly onChange = (): void => {
    void loadSender();
  };

  private readonly setContact = (field: ContactField, value: string | boolean): void => {
    this.form.set(CONTACT[field], value);
  };

  override render() {
    const survey = this.remote.status === 'ready' ? this.remote.value : undefined;
    const busy = this.remote.status === 'loading' || this.form.status === 'submitting';
    return html`<div part="base" class="base" aria-busy=${busy ? 'true' : 'false'}>
      <h2 part="title">${survey?.title ?? this.text.title}</h2>
      ${this.renderBody(survey)}
    </div>`;
  }

  private renderBody(survey: Survey | undefined): TemplateResult {
    if (!this.survey || !this.subject) {
      return html`<p class="alert" part="alert" role="alert">${this.text.misconfigured}</p>`;
    }
    if (this.done) return this.renderThanks(this.done);
    if (!survey) {
      const notFound = this.text.notFound;
      return renderLoadState(this.remote, this.strings, {
        not_found: notFound,
        validation_failed: notFound,
      });
    }
    if (!survey.open) return html`<p class="notice" part="notice">${this.text.closed}</p>`;
    const submitting = this.form.status === 'submitting';
    const view = this.questionView();
    return html`${
        survey.description ? html`<p class="description">${survey.description}</p>` : nothing
      }
      <p class="hint">${this.text.anonymous}</p>
      <form
        part="form"
        novalidate
        aria-busy=${submitting ? 'true' : 'false'}
        @submit=${this.onSubmit}
        @change=${this.onChange}
        @input=${this.onChange}
      >
        ${this.form.restored ? html`<p class="notice">${this.strings.draftRestored}</p>` : nothing}
        ${survey.questions.map((question) => renderQuestion(view, question))}
        ${lowRating(survey, this.form.values) ? this.renderFollowUp() : nothing}
        <div aria-live="polite">${this.renderFailure(survey)}</div>
        <p class="actions">
          <button type="submit" part="submit" ?disabled=${submitting}>
            ${submitting ? this.strings.submitting : this.text.send}
          </button>
        </p>
      </form>`;
  }

  /** What to fix (and any problem no field shows), or why sending failed; the answers stay. */
  private renderFailure(survey: Survey): TemplateResult | typeof nothing {
    const issues = this.form.issues;
    if (issues.length > 0) {
      const fields = new Set([
        ...survey.questions.map((question) => answerKey(question.id)),
        ...(lowRating(survey, this.form.values) ? Object.values(CONTACT) : []),
      ]);
      const elsewhere = issues.filter((issue) => !fields.has(issue.path.join('.')));
      const count = new Set(issues.map((issue) => issue.path.join('.'))).size;
      return html`<div class="alert" part="alert" role="alert" tabindex="-1">
        <p>${fill(this.strings.fixFields, { count: this.number(count) })}</p>
        ${elsewhere.map((issue) => html`<p>${issue.message}</p>`)}
      </div>`;
    }
    const error = this.form.error;
    if (!error) return nothing;
    const reason = error instanceof ConnectionError ? this.strings.offline : error.message;
    return html`<div class="alert" part="alert" role="alert" tabindex="-1">
      <p>${this.text.sendFailed}</p>
      <p class="hint">${reason}</p>
      ${
        error.requestId
          ? html`<p class="hint">
              ${fill(this.strings.errorReference, { requestId: error.requestId })}
            </p>`
          : nothing
      }
    </div>`;
  }

  /** The optional contact after a low rating; its chunk is fetched the first time it is needed. */
  private renderFollowUp(): TemplateResult | typeof nothing {
    if (!this.followUp) {
      void loadFollowUp().then((module) => {
        this.followUp = module;
        this.requestUpdate();
      });
      return nothing;
    }
    return this.followUp.renderFollowUp({
      text: this.text,
      values: this.form.values,
      error: (field) => this.form.errorFor(CONTACT[field]),
      set: this.setContact,
      optional: this.optional(),
      policyUrl: this.policyUrl,
    });
  }

  private renderThanks(done: Done): TemplateResult {
    const t = this.text;
    return html`<section class="thanks" part="thanks">
      <h3 tabindex="-1">${done.kind === 'sent' ? t.thanks : t.answeredBefore}</h3>
      <p>${done.kind === 'sent' ? t.thanksNext : t.answeredBeforeNext}</p>
      ${done.kind === 'sent' && done.followUp ? html`<p>${t.thanksFollowUp}</p>` : nothing}
    </section>`;
  }
}
