import { html, nothing, type TemplateResult } from 'lit';
import type { DivisionTree } from '@wushe/schema';
import type { SignupFields } from './signup-fields.js';

/** How many communities the district has: none means nobody can register here yet. */
export const communityCount = (tree: DivisionTree): number =>
  tree.streets.reduce((sum, street) => sum + street.communities.length, 0);

/** Whether `code` names one of the district's communities. */
export const hasCommunity = (tree: DivisionTree, code: string): boolean =>
  tree.streets.some((street) => street.communities.some((community) => community.code === code));

/**
 * The community picker: a native `<select>` grouped by street (街道 / 镇), as the district tree
 * has it. Native, so a screen reader, a phone's wheel picker and type-ahead by name all work, and a
 * district of several hundred communities needs no scripted list.
 */
export function divisionPicker(
  fields: SignupFields,
  tree: DivisionTree,
  value: string,
  labels: { readonly label: string; readonly choose: string },
): TemplateResult {
  const error = fields.errorOf('communityId');
  return html`<div class="field" part="field">
    <label for="communityId">${labels.label}</label>
    <select
      id="communityId"
      required
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? 'communityId-error' : nothing}
      @change=${(event: Event) => {
        fields.change('communityId', (event.target as HTMLSelectElement).value);
      }}
    >
      <option value="" ?selected=${!value}>${labels.choose}</option>
      ${tree.streets.map(
        (street) =>
          html`<optgroup label=${street.name}>
            ${street.communities.map(
              (community) =>
                html`<option value=${community.code} ?selected=${community.code === value}>
                  ${community.name}
                </option>`,
            )}
          </optgroup>`,
      )}
    </select>
    ${fields.error('communityId')}
  </div>`;
}
