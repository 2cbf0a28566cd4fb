import { html, nothing, type TemplateResult } from 'lit';
import type { ProjectDetail } from '@wushe/schema';
import { period, renderBadges, renderMoneyFacts } from './list-view.js';
import type { Formats } from './format.js';
import type { ProjectsStrings } from './strings/zh-CN.js';

/** What a project's page reads and calls. */
export interface DetailView {
  readonly text: ProjectsStrings;
  readonly formats: Formats;
  /** Back to the list. */
  back(): void;
  /** The satisfaction results of a completed project (`<wushe-survey-results>`, loaded then). */
  results(surveyId: string, projectId: string): TemplateResult;
  /** The form residents rate a completed project with (`<wushe-survey>`, loaded then). */
  rating(surveyId: string, projectId: string): TemplateResult;
}

/** The back button above a project's page, or its load state. */
export function renderBack(view: DetailView): TemplateResult {
  return html`<button
    part="back-button"
    class="secondary"
    @click=${() => {
      view.back();
    }}
  >
    ${view.text.back}
  </button>`;
}

/**
 * A project's page: its facts, money raised and used, public progress, and once completed its
 * satisfaction results with the form to rate it (一事一评).
 */
export function renderDetail(view: DetailView, project: ProjectDetail): TemplateResult {
  const { text, formats } = view;
  return html`<article part="detail" class="detail" aria-labelledby="project-title">
    <h3 id="project-title" tabindex="-1">${project.title}</h3>
    ${renderBadges(text, project)}
    <dl class="facts">
      <div>
        <dt>${text.organization}</dt>
        <dd>${project.organizationName}</dd>
      </div>
      <div>
        <dt>${text.period}</dt>
        <dd>${period(view, project)}</dd>
      </div>
      <div>
        <dt>${text.budget}</dt>
        <dd>${formats.money(project.budgetFen)}</dd>
      </div>
    </dl>
    <section part="money" aria-labelledby="money-title">
      <h4 id="money-title">${text.money}</h4>
      <dl class="facts">${renderMoneyFacts(view, project.money)}</dl>
    </section>
    <section part="updates" aria-labelledby="updates-title">
      <h4 id="updates-title">${text.updates}</h4>
      ${
        project.updates.length === 0
          ? html`<p class="note">${text.noUpdates}</p>`
          : html`<ol class="updates">
              ${project.updates.map(
                (update) =>
                  html`<li part="update">
                    <p class="note">
                      <time datetime=${update.createdAt}>${formats.date(update.createdAt)}</time>
                      · ${text.reportedBy[update.reportedBy]}
                    </p>
                    <p>${update.body}</p>
                  </li>`,
              )}
            </ol>`
      }
    </section>
    ${
      project.satisfaction
        ? html`<section part="satisfaction" aria-labelledby="satisfaction-title">
            <h4 id="satisfaction-title">${text.satisfaction}</h4>
            ${view.results(project.satisfaction.surveyId, project.id)}
            <div part="rating">${view.rating(project.satisfaction.surveyId, project.id)}</div>
          </section>`
        : nothing
    }
  </article>`;
}
