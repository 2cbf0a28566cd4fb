import { html, type TemplateResult } from 'lit';
import type { IndicatorBreakdown } from '@wushe/schema';
import type { LinkageIndexStrings } from './strings/zh-CN.js';

/** The projects of `projects_by_kind_status` as a table: kind, status and how many. */
export function renderBreakdown(
  rows: readonly IndicatorBreakdown[],
  caption: string,
  t: LinkageIndexStrings,
  formatCount: (count: number) => string,
): TemplateResult {
  return html`<table class="breakdown" part="breakdown">
    <caption class="visually-hidden">
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.kind}</th>
        <th scope="col">${t.status}</th>
        <th scope="col">${t.count}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            <td>${t.projectKinds[row.kind] ?? row.kind}</td>
            <td>${t.projectStatuses[row.status] ?? row.status}</td>
            <td class="count">${formatCount(row.count)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
