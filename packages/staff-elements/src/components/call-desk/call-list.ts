import { html } from 'lit';
import type { Call, DivisionTree, Locale } from '@wushe/schema';
import { fill, formatFen } from '@wushe/elements/foundation.js';
import { formatDay } from '../../internal/beijing-time.js';
import { divisionNames, divisionsOf } from '../../internal/divisions.js';
import { callScopeOf, type CallsView } from './api.js';
import type { CallDeskStrings } from './strings/zh-CN.js';

/**
 * The divisions a call may be opened in from `division`: its street, or for the district the
 * district itself (named `wholeDistrict`) and its streets.
 */
export function openingDivisions(tree: DivisionTree, division: string, wholeDistrict: string) {
  const scope = callScopeOf(division);
  return divisionsOf(tree)
    .filter((each) => each.code.length <= 9 && each.code.startsWith(scope))
    .map((each) => ({
      value: each.code,
      label: each.code === tree.code ? wholeDistrict : each.name,
    }));
}

/** What the list of calls is drawn from. */
export interface CallListView {
  readonly words: CallDeskStrings;
  readonly locale: Locale;
  readonly view: CallsView;
  readonly onView: (id: string) => void;
}

function renderCall(list: CallListView, call: Call, names: ReadonlyMap<string, string>) {
  const { words, locale } = list;
  const open = call.status === 'open';
  return html`<li>
    <article part="item" data-id=${call.id} aria-labelledby="title-${call.id}">
      <h3 id="title-${call.id}" part="item-title" tabindex="-1">
        ${call.title}
        <span class="badge" part="status" ?data-open=${open}>
          ${open ? words.statusOpen : words.statusClosed}
        </span>
      </h3>
      <p class="meta">
        ${fill(words.callMeta, {
          division: names.get(call.divisionId) ?? call.divisionId,
          kind: words.kinds[call.kind],
          budget: formatFen(locale, call.budgetFen),
        })}
        · ${fill(words.closesOn, { date: formatDay(locale, call.proposalsCloseAt) })}
      </p>
      <div class="actions">
        <button
          type="button"
          part="view"
          aria-describedby="title-${call.id}"
          @click=${() => {
            list.onView(call.id);
          }}
        >
          ${words.view}
        </button>
      </div>
    </article>
  </li>`;
}

/** The calls, newest first, each with its status, division, kind, budget and closing day. */
export function renderCallList(list: CallListView) {
  const { calls, tree } = list.view;
  if (calls.length === 0) {
    return html`<p class="meta" part="state-empty">${list.words.empty}</p>`;
  }
  const names = divisionNames(tree);
  return html`<ul part="list">
    ${calls.map((call) => renderCall(list, call, names))}
  </ul>`;
}
