import { html, nothing, type TemplateResult } from 'lit';
import type {
  Project,
  ProjectKind,
  ProjectMoney,
  ProjectStatus,
  ProjectSummary,
} from '@wushe/schema';
import { fill } from '../../internal/locale.js';
import type { Formats } from './format.js';
import type { ProjectsStrings } from './strings/zh-CN.js';

/** The filters the list is asked for, as its attributes hold them. */
export interface ProjectFilterValues {
  kind: ProjectKind | undefined;
  status: ProjectStatus | undefined;
}

/** What the list's templates read and call. */
export interface ListView {
  readonly text: ProjectsStrings;
  readonly formats: Formats;
  readonly filters: ProjectFilterValues;
  /** A filter changed: the list reflects it to its attribute and loads again. */
  filter<K extends keyof ProjectFilterValues>(name: K, value: ProjectFilterValues[K]): void;
  /** Shows a project's page. */
  open(id: string): void;
}

/** The kind and status filters; each change loads the list again. */
export function renderFilters(view: ListView): TemplateResult {
  const { text, filters } = view;
  const select = (name: 'kind' | 'status', label: string, labels: Record<string, string>) =>
    html`<label
      >${label}
      <select
        name=${name}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          view.filter(name, (value || undefined) as ProjectFilterValues[typeof name]);
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
    aria-label=${text.filters}
    @submit=${(e: Event) => {
      e.preventDefault();
    }}
  >
    ${select('kind', text.kind, text.kinds)} ${select('status', text.status, text.statuses)}
  </form>`;
}

/** When a project runs: from its start, to its end when it has one. */
export function period(view: { text: ProjectsStrings; formats: Formats }, project: Project) {
  const start = view.formats.date(project.startsOn);
  return project.endsOn
    ? fill(view.text.periodRange, { start, end: view.formats.date(project.endsOn) })
    : fill(view.text.periodFrom, { start });
}

/** The status badge, and the quiet mark of a project silent for 180 days. */
export function renderBadges(text: ProjectsStrings, project: Project): TemplateResult {
  return html`<p class="tags">
    <span part="badge" class=${`badge ${project.status}`}>${text.statuses[project.status]}</span>
    <span class="badge kind">${text.kinds[project.kind]}</span>
    ${project.quiet ? html`<span part="quiet" class="badge quiet">${text.quiet}</span>` : nothing}
  </p>`;
}

/** A project's money as facts of a `<dl>`: what its fund raised, and what funds disbursed to it. */
export function renderMoneyFacts(
  view: { text: ProjectsStrings; formats: Formats },
  money: ProjectMoney,
): TemplateResult {
  const { text, formats } = view;
  return html`<div part="raised">
      <dt>${text.raised}</dt>
      <dd>${money.raisedFen === null ? text.noFund : formats.money(money.raisedFen)}</dd>
    </div>
    <div part="used">
      <dt>${text.used}</dt>
      <dd>${formats.money(money.usedFen)}</dd>
    </div>`;
}

/**
 * One project: its kind, status, who runs it, budget, money raised and used, period and its
 * latest progress.
 */
export function renderProject(view: ListView, project: ProjectSummary): TemplateResult {
  const { text, formats } = view;
  return html`<article part="card" class="card" data-id=${project.id}>
    <h3 part="card-title">${project.title}</h3>
    ${renderBadges(text, project)}
    <dl class="facts">
      <div>
        <dt>${text.organization}</dt>
        <dd>${project.organizationName}</dd>
      </div>
      <div>
        <dt>${text.budget}</dt>
        <dd>${formats.money(project.budgetFen)}</dd>
      </div>
      ${renderMoneyFacts(view, project.money)}
      <div>
        <dt>${text.period}</dt>
        <dd>${period(view, project)}</dd>
      </div>
      <div>
        <dt>${text.lastUpdate}</dt>
        <dd>${project.lastUpdateAt ? formats.date(project.lastUpdateAt) : text.noUpdate}</dd>
      </div>
    </dl>
    <p>
      <button
        part="open-button"
        class="secondary"
        aria-label=${`${text.details}：${project.title}`}
        @click=${() => {
          view.open(project.id);
        }}
      >
        ${text.details}
      </button>
    </p>
  </article>`;
}
