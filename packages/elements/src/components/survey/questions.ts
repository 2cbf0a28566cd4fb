import { html, nothing, type TemplateResult } from 'lit';
import type { Question } from '@wushe/schema';
import { fill } from '../../internal/locale.js';
import type { SurveyStrings } from './strings/zh-CN.js';
import { RATING_ORDER } from './survey-element.js';
import type { Answer } from './values.js';

type Of<T extends Question['type']> = Extract<Question, { type: T }>;

const NPS_SCORES = Array.from({ length: 11 }, (_, score) => score);

/**
 * How close to a text's limit the count is announced to screen readers and turns bold: the last
 * tenth, and never fewer than the last 10 characters.
 */
export const nearLimit = (maxLength: number) => Math.max(10, Math.ceil(maxLength * 0.1));

/** What the question templates read from and write to the widget. */
export interface QuestionView {
  readonly text: SurveyStrings;
  answer(questionId: string): Answer | undefined;
  error(questionId: string): string | undefined;
  choose(questionId: string, value: Answer): void;
  typed(question: Of<'text'>, value: string): void;
  /** The polite announcement of a text's remaining length, once typing pauses near the limit. */
  announcement(questionId: string): string;
  optional(): TemplateResult;
  number(value: number): string;
}

/** The element ids of a question: its control (or group), its error, its hint. */
const idOf = (question: Question) => `q-${question.id}`;

/** One question of any type, with its prompt, whether it is optional, and its error. */
export function renderQuestion(view: QuestionView, question: Question): TemplateResult {
  const levels = view.text.levels;
  switch (question.type) {
    case 'rating':
      return choiceGroup(
        view,
        question,
        'rating',
        RATING_ORDER.map((level) => ({ value: level, label: levels[level], face: face(level) })),
      );
    case 'nps':
      return choiceGroup(
        view,
        question,
        'scale',
        NPS_SCORES.map((score) => ({ value: score, label: view.number(score) })),
        npsEnds(view, question),
      );
    case 'single':
      return choiceGroup(
        view,
        question,
        'single',
        question.options.map((option) => ({ value: option.id, label: option.label })),
      );
    case 'multi':
      return checkGroup(view, question);
    case 'text':
      return textQuestion(view, question);
  }
}

interface Choice {
  readonly value: number | string;
  readonly label: string;
  /** Decoration only (a face): hidden from screen readers, never the only cue. */
  readonly face?: TemplateResult;
}

function fieldError(id: string, error: string | undefined): TemplateResult | typeof nothing {
  return error
    ? html`<p id="${id}-error" class="field-error" part="field-error">${error}</p>`
    : nothing;
}

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || nothing;

/** A radio group: native radios, so arrow keys move between the choices and choose. */
function choiceGroup(
  view: QuestionView,
  question: Question,
  kind: 'rating' | 'scale' | 'single',
  choices: readonly Choice[],
  below?: { id: string; content: TemplateResult },
): TemplateResult {
  const id = idOf(question);
  const error = view.error(question.id);
  const answer = view.answer(question.id);
  return html`<fieldset
    id=${id}
    class="question ${kind}"
    part="question"
    aria-describedby=${describedBy(below?.id, error && `${id}-error`)}
  >
    <legend part="prompt">
      ${question.prompt}${question.required ? nothing : view.optional()}
    </legend>
    <div class="choices">
      ${choices.map(
        (choice) =>
          html`<label class="choice" part="choice"
            ><input
              type="radio"
              name=${id}
              .value=${String(choice.value)}
              .checked=${answer === choice.value}
              ?required=${question.required}
              aria-invalid=${error ? 'true' : 'false'}
              @change=${() => {
                view.choose(question.id, choice.value);
              }}
            />${choice.face ?? nothing}<span>${choice.label}</span></label
          >`,
      )}
    </div>
    ${below?.content ?? nothing} ${fieldError(id, error)}
  </fieldset>`;
}

/** The NPS scale's end labels, shown under its ends and read with the group. */
function npsEnds(view: QuestionView, question: Of<'nps'>) {
  const { lowLabel, highLabel } = question;
  if (!lowLabel || !highLabel) return undefined;
  const id = `${idOf(question)}-ends`;
  return {
    id,
    content: html`<p id=${id} class="ends" part="ends">
      <span class="visually-hidden"
        >${fill(view.text.npsEnds, { low: lowLabel, high: highLabel })}</span
      >
      <span aria-hidden="true">${view.number(0)} ${lowLabel}</span>
      <span aria-hidden="true">${view.number(10)} ${highLabel}</span>
    </p>`,
  };
}

/** Check boxes; at the most a question allows, the others are disabled until one is unchecked. */
function checkGroup(view: QuestionView, question: Of<'multi'>): TemplateResult {
  const id = idOf(question);
  const error = view.error(question.id);
  const answer = view.answer(question.id);
  const chosen = Array.isArray(answer) ? answer : [];
  const most = question.maxChoices;
  const full = most !== null && chosen.length >= most;
  const toggle = (option: string) => (event: Event) => {
    const checked = (event.target as HTMLInputElement).checked;
    const next = checked ? [...chosen, option] : chosen.filter((each) => each !== option);
    view.choose(question.id, next);
  };
  return html`<fieldset
    id=${id}
    class="question multi"
    part="question"
    aria-describedby=${describedBy(most !== null && `${id}-hint`, error && `${id}-error`)}
  >
    <legend part="prompt">
      ${question.prompt}${question.required ? nothing : view.optional()}
    </legend>
    ${
      most !== null
        ? html`<p id="${id}-hint" class="hint">
            ${fill(view.text.chooseAtMost, { count: view.number(most) })}
          </p>`
        : nothing
    }
    <div class="choices">
      ${question.options.map(
        (option) =>
          html`<label class="choice" part="choice"
            ><input
              type="checkbox"
              name=${id}
              .value=${option.id}
              .checked=${chosen.includes(option.id)}
              ?disabled=${full && !chosen.includes(option.id)}
              aria-invalid=${error ? 'true' : 'false'}
              @change=${toggle(option.id)}
            /><span>${option.label}</span></label
          >`,
      )}
    </div>
    ${fieldError(id, error)}
  </fieldset>`;
}

/**
 * A text box with its limit, a visible count, and a polite announcement of what is left once
 * typing pauses near the limit (a count read on every key would drown the reader's speech).
 */
function textQuestion(view: QuestionView, question: Of<'text'>): TemplateResult {
  const id = idOf(question);
  const error = view.error(question.id);
  const answer = view.answer(question.id);
  const value = typeof answer === 'string' ? answer : '';
  const max = question.maxLength;
  const near = max - value.length <= nearLimit(max);
  return html`<div class="question field" part="question">
    <label for=${id} part="prompt"
      >${question.prompt}${question.required ? nothing : view.optional()}</label
    >
    <p id="${id}-hint" class="hint">${fill(view.text.maxLength, { count: view.number(max) })}</p>
    <textarea
      id=${id}
      rows="4"
      maxlength=${max}
      .value=${value}
      ?required=${question.required}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(`${id}-hint`, error && `${id}-error`)}
      @input=${(event: Event) => {
        view.typed(question, (event.target as HTMLTextAreaElement).value);
      }}
    ></textarea>
    <p class="counter${near ? ' near' : ''}" part="counter" aria-hidden="true">
      ${view.number(value.length)} / ${view.number(max)}
    </p>
    <p class="visually-hidden" aria-live="polite">${view.announcement(question.id)}</p>
    ${fieldError(id, error)}
  </div>`;
}

/** A face for a rating level, smiling at 5 and frowning at 1: decoration beside the words. */
function face(level: number): TemplateResult {
  const bend = (level - 3) * 2.5;
  const y = level < 3 ? 16.5 : 15;
  return html`<svg class="face" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <circle cx="12" cy="12" r="10"></circle>
    <circle class="eye" cx="8.5" cy="9.5" r="1.3"></circle>
    <circle class="eye" cx="15.5" cy="9.5" r="1.3"></circle>
    <path d="M7.5 ${y} Q12 ${y + bend} 16.5 ${y}"></path>
  </svg>`;
}
