import { html, nothing, type TemplateResult } from 'lit';
import { DISCLOSURE_FIELDS, donatableBlockers } from '@wushe/schema';
import type { FundEditorStrings } from './strings/zh-CN.js';

/** What the checklist reads: how the fund raises money, and its disclosure as entered so far. */
export interface ChecklistFacts {
  readonly mode: string;
  readonly disclosure: unknown;
}

/**
 * The Charity-Law checklist of a fund: what keeps it from taking donations, read from the
 * contract's one rule (`donatableBlockers`, which the server enforces too), never re-stated here.
 * `all` lists every item with whether it is there (the form); otherwise only what is missing.
 */
export function renderChecklist(
  facts: ChecklistFacts,
  words: FundEditorStrings,
  { id, all }: { readonly id: string; readonly all: boolean },
): TemplateResult {
  const blockers = donatableBlockers(facts);
  const missing = new Set(blockers.map((path) => path.join('.')));
  const items = [
    ...(missing.has('mode') ? [{ key: 'mode', label: words.notDirect, there: false }] : []),
    ...DISCLOSURE_FIELDS.map((field) => ({
      key: field,
      label: words.fields[field],
      there: !missing.has(`disclosure.${field}`),
    })),
  ].filter((item) => all || !item.there);
  return html`<div class="checklist" part="checklist" role="group" aria-labelledby=${id}>
    <p id=${id} class="checklist-title">${words.checklist}</p>
    ${
      items.length > 0
        ? html`<ul>
            ${items.map(
              (item) =>
                html`<li
                  part=${item.there ? 'check-present' : 'check-missing'}
                  data-item=${item.key}
                >
                  <span class="mark" aria-hidden="true">${item.there ? '✓' : '✗'}</span>
                  ${item.there ? words.present : words.missing}：${item.label}
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      blockers.length === 0
        ? html`<p part="checklist-ready" class="ready">${words.ready}</p>`
        : nothing
    }
  </div>`;
}
