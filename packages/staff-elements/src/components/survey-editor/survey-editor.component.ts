import { html, nothing, type TemplateResult } from 'lit';
import {
  SubjectType,
  valuesOf,
  type StaffSurvey,
  type Survey,
  type SubjectType as Subject,
} from '@wushe/schema';
import { fill, LocaleController, LocaleStrings } from '@wushe/elements/foundation.js';
import { fieldValue } from '../../internal/field-value.js';
import { StaffEditor } from '../../internal/staff-editor.js';
import { divisionsOf } from '../../internal/divisions.js';
import {
  createSurvey,
  loadSurveys,
  publishVersion,
  updateSurvey,
  type SurveysData,
} from './api.js';
import {
  draftsOf,
  newDraft,
  questionsOf,
  sameQuestions,
  type QuestionDraft,
} from './question-drafts.js';
import { renderQuestionFields } from './question-fields.js';
import { surveyEditorStyles } from './survey-editor.styles.js';
import { zhCN, type SurveyEditorStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<SurveyEditorStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

const SUBJECTS = valuesOf(SubjectType);

/**
 * @tagname wushe-survey-editor
 * @summary The satisfaction surveys (满意度调查, 好差评) a person runs in a division: create, edit, new versions.
 *
 * Lists the surveys of `division` the person runs (`GET /v1/staff/surveys`), with their version,
 * what they rate, whether they take answers and how many answered. The form asks for the title,
 * the community (or, for a district admin, the whole district), what it rates, a description,
 * whether the results are public, and the questions (kind, prompt, required, a choice question's
 * options). Until someone answers, a survey is edited in place; once answered its questions are
 * frozen, and changed questions publish a new version (`POST /v1/surveys/{id}/versions`) which
 * replaces it, as the API defines. Every rule is the contract's and the server's, shown on its
 * field, with what was typed kept. Takes the console's session, or a delegated one in `token`.
 *
 * @event wushe-editor-saved - A survey was created or updated, or a new version published (`updated`, with the new version’s id); `detail` has `editor`, `id`, `action`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart new - The button that opens the form for a new survey.
 * @csspart form - The form.
 * @csspart frozen - The note that an answered survey's new questions make a new version.
 * @csspart add-question - The button that adds a question.
 * @csspart remove-question - The button that removes a question.
 * @csspart field-error - A field's issue, from the request schema or the server.
 * @csspart form-error - Why the form did not go through.
 * @csspart save - The form's submit button.
 * @csspart cancel - The form's cancel button.
 * @csspart list - The list of surveys.
 * @csspart item - One survey.
 * @csspart item-title - A survey's title.
 * @csspart edit - The button that opens a survey's form.
 * @csspart announcer - The live region that announces each change.
 * @csspart state - The load-state panel.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the surveys could not be loaded.
 * @csspart state-forbidden - The person may not edit here (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - No survey is run here yet.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the surveys again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheSurveyEditor extends StaffEditor<SurveysData, StaffSurvey> {
  static override styles = surveyEditorStyles;

  static override properties = {
    ...StaffEditor.properties,
    drafts: { state: true },
  };

  /** The open form's questions as typed. */
  declare private drafts: readonly QuestionDraft[];

  protected readonly editorName = 'surveys';
  private readonly surveyWords = new LocaleController(this, ownStrings);

  constructor() {
    super();
    this.drafts = [];
  }

  protected get own() {
    return this.surveyWords.value;
  }

  protected load(signal: AbortSignal) {
    return loadSurveys(this.requester, this.division ?? '', signal);
  }

  protected itemsOf(data: SurveysData) {
    return data.surveys;
  }

  protected itemId(survey: StaffSurvey) {
    return survey.id;
  }

  protected itemTitle(survey: StaffSurvey) {
    return survey.title;
  }

  /** A new survey or version first (the one it replaces closed and pointing to it), or in place. */
  protected withItem(data: SurveysData, survey: StaffSurvey, isNew: boolean) {
    const known = data.surveys.some((each) => each.id === survey.id);
    if (!isNew && known)
      return {
        ...data,
        surveys: data.surveys.map((each) => (each.id === survey.id ? survey : each)),
      };
    return {
      ...data,
      surveys: [
        survey,
        ...data.surveys.map((each) =>
          each.id === survey.previousVersionId
            ? { ...each, open: false, replacedById: survey.id }
            : each,
        ),
      ],
    };
  }

  protected override open(survey?: StaffSurvey): void {
    this.drafts = survey ? draftsOf(survey.questions) : [newDraft([])];
    super.open(survey);
  }

  protected async save(form: HTMLFormElement, survey: StaffSurvey | undefined) {
    const checked = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | null)?.checked ?? false;
    const title = fieldValue(form, 'title').trim();
    const description = fieldValue(form, 'description').trim();
    const questions = questionsOf(this.drafts);
    const counted = (saved: Survey, responses: number): StaffSurvey => ({ ...saved, responses });
    if (!survey) {
      const picked = (form.elements.namedItem('communityId') as HTMLSelectElement | null)?.value;
      const communityId = this.fixedCommunity ?? picked ?? '';
      const created = await createSurvey(this.requester, {
        ...(communityId === '' ? {} : { communityId }),
        title,
        description,
        subjectType: (form.elements.namedItem('subjectType') as HTMLSelectElement).value as Subject,
        questions,
        resultsPublic: checked('resultsPublic'),
      });
      return counted(created, 0);
    }
    const settings = { resultsPublic: checked('resultsPublic'), open: checked('open') };
    if (survey.responses === 0) {
      const updated = await updateSurvey(this.requester, survey.id, {
        title,
        description,
        ...settings,
        questions,
      });
      return counted(updated, 0);
    }
    if (sameQuestions(this.drafts, survey.questions)) {
      const updated = await updateSurvey(this.requester, survey.id, {
        title,
        description,
        ...settings,
      });
      return counted(updated, survey.responses);
    }
    return counted(
      await publishVersion(this.requester, survey.id, { title, description, questions }),
      0,
    );
  }

  /** The editor's community when it edits one; otherwise the form asks which. */
  private get fixedCommunity(): string | undefined {
    return this.division?.length === 12 ? this.division : undefined;
  }

  /** The places a new survey may belong to: the communities within the division, or the district. */
  private places(data: SurveysData) {
    const within = this.division ?? '';
    const communities = divisionsOf(data.tree)
      .filter((division) => division.code.length === 12 && division.code.startsWith(within))
      .map((division) => ({ value: division.code, label: division.name }));
    return within === data.tree.code
      ? [{ value: '', label: this.surveyWords.value.wholeDistrict }, ...communities]
      : communities;
  }

  private renderCheck(name: string, label: string, checked: boolean): TemplateResult {
    return html`<label class="check">
      <input type="checkbox" id=${name} name=${name} .checked=${checked} />
      ${label}
    </label>`;
  }

  protected renderFields(survey: StaffSurvey | undefined): TemplateResult {
    const words = this.surveyWords.value;
    const form = this.form;
    const data = this.data.value;
    if (!data) return html``;
    return html`${form.text('title', words.name, { value: survey?.title ?? '' })}
      ${
        survey || this.fixedCommunity
          ? nothing
          : form.select('communityId', words.community, this.places(data), '')
      }
      ${
        survey
          ? nothing
          : form.select(
              'subjectType',
              words.subjectType,
              SUBJECTS.map((subject) => ({ value: subject, label: words.subjects[subject] })),
              'community_service',
            )
      }
      <div class="field">
        <label for="description">${words.description}</label>
        <textarea
          id="description"
          name="description"
          rows="2"
          .value=${survey?.description ?? ''}
          aria-invalid=${form.invalid('description')}
          aria-describedby=${form.describedBy('description')}
        ></textarea>
        ${form.renderIssues('description')}
      </div>
      ${this.renderCheck('resultsPublic', words.resultsPublic, survey?.resultsPublic ?? true)}
      ${survey ? this.renderCheck('open', words.open, survey.open) : nothing}
      ${
        survey && survey.responses > 0
          ? html`<p class="meta" part="frozen">
              ${fill(words.frozen, {
                n: String(survey.responses),
                next: String(survey.version + 1),
              })}
            </p>`
          : nothing
      }
      ${renderQuestionFields({
        drafts: this.drafts,
        words,
        form,
        change: (drafts, focus) => {
          this.drafts = drafts;
          if (focus) this.focusNext = `[part="form"] ${focus}`;
        },
      })}`;
  }

  protected renderItem(survey: StaffSurvey): TemplateResult {
    const words = this.surveyWords.value;
    const data = this.data.value;
    const names = new Map(data ? divisionsOf(data.tree).map((d) => [d.code, d.name]) : []);
    const place = survey.communityId
      ? (names.get(survey.communityId) ?? survey.communityId)
      : words.wholeDistrict;
    return html`<h3 part="item-title" tabindex="-1">${survey.title}</h3>
      <p>
        ${fill(words.version, { version: String(survey.version) })} ·
        ${words.subjects[survey.subjectType]} · ${place}
      </p>
      <p class="meta">
        ${survey.replacedById ? words.replaced : survey.open ? words.open : words.closed} ·
        ${fill(words.responses, { n: String(survey.responses) })}
      </p>
      ${
        survey.replacedById
          ? nothing
          : html`<div class="actions">
              <button
                type="button"
                part="edit"
                class="secondary"
                aria-label="${words.edit}：${survey.title}"
                @click=${() => {
                  this.open(survey);
                }}
              >
                ${words.edit}
              </button>
            </div>`
      }`;
  }
}
