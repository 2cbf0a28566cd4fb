import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  CallKind,
  DEFAULT_CALL_WEIGHTS,
  NeedCategory,
  valuesOf,
  yuanToFen,
  type CreateCallRequest,
} from '@wushe/schema';
import { fill } from '@wushe/elements/foundation.js';
import { endOfDayInput, startOfDayInput, todayInput } from '../../internal/beijing-time.js';
import type { EditorForm } from '../../internal/editor-form.js';
import { fieldValue } from '../../internal/field-value.js';
import type { CallDeskStrings } from './strings/zh-CN.js';

const KINDS = valuesOf(CallKind);
const CATEGORIES = valuesOf(NeedCategory);

/** One row of the rubric being typed: `key` keeps its fields as rows are added and removed. */
export interface CriterionRow {
  readonly key: number;
  /** The default the row starts from (the call desk's example rubric), if any. */
  readonly preset?: readonly [string, number, number];
}

/** What the open-call form is drawn from: the words, the choices and the host's handlers. */
export interface OpenCallFormView {
  readonly words: CallDeskStrings;
  readonly categoryNames: Readonly<Record<NeedCategory, string>>;
  readonly form: EditorForm;
  /** The divisions the call may be opened in (the person's street, or the district and streets). */
  readonly divisions: readonly { value: string; label: string }[];
  readonly rows: readonly CriterionRow[];
  readonly busy: boolean;
  readonly onAdd: () => void;
  readonly onRemove: (key: number) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onCancel: () => void;
}

/** The criterion id a rubric row is sent with (`c1`, `c2`…), as the contract's ids are spelt. */
const criterionId = (row: CriterionRow) => `c${row.key}`;

/**
 * A call as typed in the form: the budget from yuan to fen, the opening date as the start and
 * the closing date as the end of that day in Beijing time. What does not parse is sent as it stands (`NaN`, the text), for the
 * request schema or the server to refuse at its field.
 */
export function readOpenCallForm(
  form: HTMLFormElement,
  rows: readonly CriterionRow[],
): CreateCallRequest {
  const whole = (name: string) => Number(fieldValue(form, name).trim() || Number.NaN);
  const opensAt = fieldValue(form, 'opensAt');
  const checked = [...form.querySelectorAll<HTMLInputElement>('input[name="category"]:checked')];
  return {
    divisionId: fieldValue(form, 'divisionId'),
    title: fieldValue(form, 'title').trim(),
    kind: fieldValue(form, 'kind') as CallKind,
    budgetFen: yuanToFen(fieldValue(form, 'budgetFen')) ?? Number.NaN,
    ...(opensAt ? { opensAt: startOfDayInput(opensAt) } : {}),
    proposalsCloseAt: endOfDayInput(fieldValue(form, 'proposalsCloseAt')),
    needCategories: checked.map((box) => box.value as NeedCategory),
    rubric: rows.map((row) => ({
      id: criterionId(row),
      name: fieldValue(form, `rubric-${row.key}-name`).trim(),
      weight: whole(`rubric-${row.key}-weight`),
      maxScore: whole(`rubric-${row.key}-maxScore`),
    })),
    weights: { reviewers: whole('weights.reviewers'), votes: whole('weights.votes') },
  };
}

/** A number field of a rubric row, its issues at `rubric.{index}.{field}`. */
function criterionField(
  view: OpenCallFormView,
  row: CriterionRow,
  index: number,
  field: 'name' | 'weight' | 'maxScore',
  label: string,
  value: string | number | undefined,
) {
  const { form, words } = view;
  const id = `rubric-${row.key}-${field}`;
  const path = `rubric.${index}.${field}`;
  return html`<div class="field">
    <label for=${id}>
      <span class="visually-hidden">${fill(words.criterion, { n: index + 1 })}</span>
      ${label}
    </label>
    <input
      id=${id}
      name=${id}
      type=${field === 'name' ? 'text' : 'number'}
      inputmode=${field === 'name' ? 'text' : 'numeric'}
      autocomplete="off"
      required
      value=${value ?? ''}
      aria-invalid=${form.invalid(path)}
      aria-describedby=${form.describedBy(path)}
    />
    ${form.renderIssues(path)}
  </div>`;
}

function renderRubric(view: OpenCallFormView) {
  const { form, words, rows } = view;
  return html`<fieldset
    part="rubric"
    aria-invalid=${form.invalid('rubric')}
    aria-describedby="rubric-hint ${form.describedBy('rubric')}"
  >
    <legend>${words.rubric}</legend>
    <p class="meta" id="rubric-hint">${words.rubricHint}</p>
    ${repeat(
      rows,
      (row) => row.key,
      (row, index) =>
        html`<div class="criterion" part="criterion" data-key=${row.key}>
          ${criterionField(view, row, index, 'name', words.criterionName, row.preset?.[0])}
          ${criterionField(view, row, index, 'weight', words.criterionWeight, row.preset?.[1])}
          ${criterionField(view, row, index, 'maxScore', words.criterionMax, row.preset?.[2])}
          <button
            type="button"
            class="secondary"
            part="remove-criterion"
            ?disabled=${rows.length === 1}
            @click=${() => {
              view.onRemove(row.key);
            }}
          >
            ${fill(words.removeCriterion, { n: index + 1 })}
          </button>
        </div>`,
    )}
    <div class="actions">
      <button type="button" class="secondary" part="add-criterion" @click=${view.onAdd}>
        ${words.addCriterion}
      </button>
    </div>
  </fieldset>`;
}

function renderCategories(view: OpenCallFormView) {
  const { form, words, categoryNames } = view;
  return html`<fieldset
    part="categories"
    aria-invalid=${form.invalid('needCategories')}
    aria-describedby=${form.describedBy('needCategories')}
  >
    <legend>${words.categories}</legend>
    <div class="choices">
      ${CATEGORIES.map(
        (category) =>
          html`<label class="check">
            <input type="checkbox" name="category" value=${category} />
            ${categoryNames[category]}
          </label>`,
      )}
    </div>
  </fieldset>`;
}

/**
 * The form that opens a call: title, kind, the division opening it, the budget in yuan, the
 * opening (default today) and closing dates (Beijing time), the need categories it funds, a weighted rubric whose criteria
 * can be added and removed, and the blend of reviewers and votes (the contract's default first).
 */
export function renderOpenCallForm(view: OpenCallFormView) {
  const { form, words } = view;
  const shown = ['title', 'kind', 'divisionId', 'budgetFen', 'opensAt', 'proposalsCloseAt'];
  const unshown = form.unshown([...shown, 'needCategories', 'rubric', 'weights']);
  return html`<form
    class="open-form"
    part="open-form"
    aria-labelledby="open-form-title"
    novalidate
    @submit=${view.onSubmit}
  >
    <h3 id="open-form-title" tabindex="-1">${words.formTitle}</h3>
    ${form.text('title', words.fieldTitle)}
    ${form.select(
      'kind',
      words.fieldKind,
      KINDS.map((kind) => ({ value: kind, label: words.kinds[kind] })),
      CallKind.microVenture,
    )}
    ${form.select('divisionId', words.fieldDivision, view.divisions, view.divisions[0]?.value ?? '')}
    ${form.text('budgetFen', words.fieldBudget)}
    ${form.text('opensAt', words.fieldOpens, {
      type: 'date',
      hint: words.opensHint,
      value: todayInput(),
    })}
    ${form.text('proposalsCloseAt', words.fieldCloses, { type: 'date', hint: words.closesHint })}
    ${renderCategories(view)} ${form.renderIssues('needCategories')} ${renderRubric(view)}
    ${form.renderIssues('rubric')}
    <fieldset part="blend" aria-describedby="blend-hint">
      <legend>${words.blend}</legend>
      <p class="meta" id="blend-hint">${words.blendHint}</p>
      ${form.text('weights.reviewers', words.reviewersWeight, {
        type: 'number',
        value: String(DEFAULT_CALL_WEIGHTS.reviewers),
      })}
      ${form.text('weights.votes', words.votesWeight, {
        type: 'number',
        value: String(DEFAULT_CALL_WEIGHTS.votes),
      })}
    </fieldset>
    ${unshown.map((message) => html`<p class="error" role="alert">${message}</p>`)}
    <div class="actions">
      <button type="submit" part="open-call" ?disabled=${view.busy}>${words.create}</button>
      <button type="button" class="secondary" @click=${view.onCancel}>${words.cancel}</button>
    </div>
  </form>`;
}
