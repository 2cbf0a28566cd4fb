import { html, nothing, type TemplateResult } from 'lit';
import type { NeedCategory, Resource, TargetGroup } from '@wushe/schema';
import { fill } from '../../internal/locale.js';
import type { DomainStrings } from '../../locales/types.js';
import type { ResourcesStrings } from './strings/zh-CN.js';

/** The filters the list is asked for, as its attributes hold them. */
export interface ResourceFilterValues {
  category: NeedCategory | undefined;
  group: TargetGroup | undefined;
  q: string | undefined;
}

/** What the templates read and call. */
export interface ResourcesView {
  readonly text: ResourcesStrings;
  readonly domain: DomainStrings;
  readonly filters: ResourceFilterValues;
  /** A filter changed: the list reflects it to its attribute and loads again. */
  filter<K extends keyof ResourceFilterValues>(name: K, value: ResourceFilterValues[K]): void;
}

/** Search, category and target group; each change loads the list again. */
export function renderFilters(view: ResourcesView): TemplateResult {
  const { text, filters } = view;
  const select = (
    name: 'category' | 'group',
    label: string,
    labels: Readonly<Record<string, string>>,
  ) =>
    html`<label
      >${label}
      <select
        name=${name}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          view.filter(name, (value || undefined) as ResourceFilterValues[typeof name]);
        }}
      >
        <option value="" ?selected=${!filters[name]}>${text.all}</option>
        ${Object.entries(labels).map(
          ([option, optionLabel]) =>
            html`<option value=${option} ?selected=${filters[name] === option}>
              ${optionLabel}
            </option>`,
        )}
      </select></label
    >`;
  return html`<form
    part="filters"
    class="filters"
    role="search"
    aria-label=${text.filters}
    @submit=${(e: Event) => {
      e.preventDefault();
      const input = (e.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
      view.filter('q', input.value.trim() || undefined);
    }}
  >
    <label
      >${text.search}
      <input type="search" name="q" .value=${filters.q ?? ''} maxlength="50" />
    </label>
    <button type="submit">${text.searchButton}</button>
    ${select('category', text.category, view.domain.categories)}
    ${select('group', text.group, text.groups)}
  </form>`;
}

/** A phone number as a `tel:` link dials it: digits and a leading `+` only. */
const dialable = (phone: string) => phone.replace(/（.*?）|\(.*?\)/g, '').replace(/[^\d+]/g, '');

/** One resource: what it is, who offers it, for whom, how many, when, and whom to call. */
export function renderResource(view: ResourcesView, resource: Resource): TemplateResult {
  const { text } = view;
  const { contact } = resource;
  const row = (term: string, value: string | TemplateResult) =>
    html`<div>
      <dt>${term}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<article part="card" class="card" data-id=${resource.id} tabindex="-1">
    <h3 part="card-title">${resource.title}</h3>
    <p class="tags">
      <span part="badge" class="badge">${view.domain.categories[resource.category]}</span>
    </p>
    <p class="description">${resource.description}</p>
    <dl class="facts">
      ${row(text.offeredBy, resource.organizationName)}
      ${row(text.forGroups, resource.targetGroups.map((group) => text.groups[group]).join('、'))}
      ${resource.capacity ? row(text.capacity, resource.capacity) : nothing}
      ${row(text.schedule, resource.schedule)}
      ${row(
        text.contact,
        html`${contact.name}
          <a
            part="contact"
            href=${`tel:${dialable(contact.phone)}`}
            aria-label=${fill(text.call, { name: contact.name, phone: contact.phone })}
            >${contact.phone}</a
          >`,
      )}
    </dl>
  </article>`;
}
