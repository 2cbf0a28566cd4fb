import { html, nothing, type TemplateResult } from 'lit';
import { QuestionType, valuesOf } from '@wushe/schema';
import { fill } from '@wushe/elements/foundation.js';
import type { EditorForm } from '../../internal/editor-form.js';
import { newDraft, type QuestionDraft } from './question-drafts.js';
import type { SurveyEditorStrings } from './strings/zh-CN.js';

const TYPES = valuesOf(QuestionType);

/** What the questions' fields need from the editor: the drafts, and a way to change them. */
export interface QuestionFieldsHost {
  readonly drafts: readonly QuestionDraft[];
  readonly words: SurveyEditorStrings;
  readonly form: EditorForm;
  change(drafts: readonly QuestionDraft[], focus?: string): void;
}

/** One question's fields: its kind, its prompt, required, and a choice question's options. */
function renderQuestion(host: QuestionFieldsHost, draft: QuestionDraft, index: number) {
  const { words, form } = host;
  const at = `questions.${index}`;
  const set = (patch: Partial<QuestionDraft>) => {
    host.change(host.drafts.map((each, i) => (i === index ? { ...each, ...patch } : each)));
  };
  const value = (event: Event) => (event.target as HTMLInputElement).value;
  const n = String(index + 1);
  const choice = draft.type === 'single' || draft.type === 'multi';
  return html`<fieldset class="question" data-question=${index}>
    <legend>${fill(words.question, { n })}</legend>
    <div class="field">
      <label for="${at}.type">${words.questionType}</label>
      <select
        id="${at}.type"
        @change=${(event: Event) => {
          set({ type: value(event) as QuestionType });
        }}
      >
        ${TYPES.map(
          (type) =>
            html`<option value=${type} ?selected=${type === draft.type}>
              ${words.types[type]}
            </option>`,
        )}
      </select>
    </div>
    <div class="field">
      <label for="${at}.prompt">${words.prompt}</label>
      <input
        id="${at}.prompt"
        autocomplete="off"
        .value=${draft.prompt}
        aria-invalid=${form.invalid(`${at}.prompt`)}
        aria-describedby=${form.describedBy(`${at}.prompt`)}
        @input=${(event: Event) => {
          set({ prompt: value(event) });
        }}
      />
      ${form.renderIssues(`${at}.prompt`)}
    </div>
    ${
      choice
        ? html`<div class="field">
            <label for="${at}.options">${words.options}</label>
            <textarea
              id="${at}.options"
              rows="3"
              .value=${draft.options}
              aria-invalid=${form.invalid(`${at}.options`)}
              aria-describedby="${at}.options-hint ${form.describedBy(`${at}.options`)}"
              @input=${(event: Event) => {
                set({ options: value(event) });
              }}
            ></textarea>
            <p class="meta" id="${at}.options-hint">${words.optionsHint}</p>
            ${form.renderIssues(`${at}.options`)}
          </div>`
        : nothing
    }
    <label class="check">
      <input
        type="checkbox"
        .checked=${draft.required}
        @change=${(event: Event) => {
          set({ required: (event.target as HTMLInputElement).checked });
        }}
      />
      ${words.required}
    </label>
    ${
      host.drafts.length > 1
        ? html`<div class="actions">
            <button
              type="button"
              class="secondary"
              part="remove-question"
              @click=${() => {
                const next = Math.min(index, host.drafts.length - 2);
                host.change(
                  host.drafts.filter((_, i) => i !== index),
                  `[data-question="${next}"] select`,
                );
              }}
            >
              ${fill(words.removeQuestion, { n })}
            </button>
          </div>`
        : nothing
    }
  </fieldset>`;
}

/**
 * The questions of a survey's form, each with its issues from the request schema or the server
 * (`questions.0.prompt`), and the issues no question shows (`questions`: none, or too many).
 */
export function renderQuestionFields(host: QuestionFieldsHost): TemplateResult {
  const { words, form, drafts } = host;
  const listIssues = Object.entries(form.issues)
    .filter(([path]) => path === 'questions')
    .map(([, message]) => message);
  return html`<fieldset class="questions" aria-describedby=${form.describedBy('questions')}>
    <legend>${words.questions}</legend>
    ${drafts.map((draft, index) => renderQuestion(host, draft, index))}
    ${
      listIssues.length > 0
        ? html`<p id="issue-questions" class="field-error" part="field-error">
            ${listIssues.join(' ')}
          </p>`
        : nothing
    }
    <div class="actions">
      <button
        type="button"
        class="secondary"
        part="add-question"
        @click=${() => {
          host.change([...drafts, newDraft(drafts)], `[data-question="${drafts.length}"] select`);
        }}
      >
        ${words.addQuestion}
      </button>
    </div>
  </fieldset>`;
}
