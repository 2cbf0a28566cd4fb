import { html, nothing } from 'lit';
import { ProjectTransitions, type Project, type ProjectStatus } from '@wushe/schema';
import type { WusheError } from '@wushe/sdk';
import {
  fill,
  LocaleController,
  LocaleStrings,
  RemoteController,
} from '@wushe/elements/foundation.js';
import { EditorForm } from '../../internal/editor-form.js';
import { fieldValue } from '../../internal/field-value.js';
import { renderProgressUpdateForm } from '../../internal/progress-update-form.js';
import { StaffWorkList } from '../../internal/staff-work-list.js';
import { renderStaffList } from '../../internal/staff-states.js';
import { loadProjects, moveProject, postUpdate } from './api.js';
import { projectUpdatesStyles } from './project-updates.styles.js';
import { zhCN, type ProjectUpdatesStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<ProjectUpdatesStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/**
 * @tagname wushe-project-updates
 * @summary 项目进展: the projects of a division, a public progress update posted for each, and the lifecycle moves the project may make.
 *
 * Lists the projects of `division` (a community, a street or the district), each with its
 * organization, kind, status, last progress update, and the quiet mark the server gives a
 * project in progress silent for 180 days (its fund pays it nothing until it reports). Posting a
 * progress update (`POST /v1/projects/{id}/updates`, public) reads the project again, so the
 * quiet mark is the server's. Its buttons are the moves `ProjectTransitions` allows from its
 * status (`PATCH /v1/projects/{id}`); the server checks who may make them. Takes the console's
 * session, or a delegated one in `token`.
 *
 * @event wushe-project-updated - An update was posted or a project moved on; `detail` has `projectId`, `action` (`update` or `status`), `status` and, for an update, `updateId`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart count - How many projects, and how many are quiet.
 * @csspart list - The list of projects.
 * @csspart item - One project (`data-quiet` when silent for 180 days).
 * @csspart item-title - A project's title.
 * @csspart quiet - The quiet badge.
 * @csspart post - The button that starts a progress update.
 * @csspart update - The progress update's field.
 * @csspart field-error - The server's refusal at the update's field.
 * @csspart confirm - The button that posts the update.
 * @csspart move - A button that moves the project to a status (`data-status`).
 * @csspart action-error - Why an action did not go through.
 * @csspart announcer - The live region that announces each action.
 * @csspart state - The load-state panel: loading, offline, an error, forbidden or signed out.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the projects could not be loaded.
 * @csspart state-forbidden - The person may not manage projects here (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - No project here.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the projects again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-color-danger - The quiet badge and errors.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheProjectUpdates extends StaffWorkList {
  static override styles = projectUpdatesStyles;

  static override properties = {
    ...StaffWorkList.properties,
    division: { type: String, reflect: true },
    writing: { state: true },
  };

  /** The division worked on: a community (12 digits), a street (9) or the district (6). */
  declare division: string | undefined;
  /** The project whose progress update is being written. */
  declare private writing: string | undefined;

  private readonly form = new EditorForm(this);
  private readonly words = new LocaleController(this, ownStrings);
  private readonly projects = new RemoteController<Project[], readonly unknown[]>(this, {
    task: ([division], { signal }) => loadProjects(this.requester, division as string, signal),
    args: () => (this.division ? [this.division, ...this.configArgs()] : undefined),
  });

  private replace(project: Project) {
    this.projects.value = (this.projects.value ?? []).map((each) =>
      each.id === project.id ? project : each,
    );
  }

  private startWriting(project: Project) {
    this.writing = project.id;
    this.setFailure(project.id, undefined);
    this.form.reset();
    this.focusNext = `#update-${project.id}`;
  }

  private stopWriting(project: Project) {
    this.writing = undefined;
    this.form.reset();
    this.focusNext = `[data-id="${project.id}"] [part="post"]`;
  }

  private async submitUpdate(event: SubmitEvent, project: Project) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!form.reportValidity() || this.busy) return;
    this.busy = project.id;
    const posted = await this.form.submit(() =>
      postUpdate(this.requester, project.id, fieldValue(form, 'body').trim()),
    );
    this.busy = undefined;
    if (!posted) {
      this.setFailure(project.id, this.form.failure);
      if (this.form.failure) this.report(this.form.failure);
      return;
    }
    this.replace(posted.project);
    this.writing = undefined;
    this.announcement = fill(this.words.value.posted, { title: project.title });
    this.focusNext = `[data-id="${project.id}"] h3`;
    this.emit('wushe-project-updated', {
      projectId: project.id,
      action: 'update',
      status: posted.project.status,
      updateId: posted.update.id,
    });
  }

  private async move(project: Project, status: ProjectStatus) {
    if (this.busy) return;
    this.busy = project.id;
    this.setFailure(project.id, undefined);
    try {
      const moved = await moveProject(this.requester, project.id, status);
      this.replace(moved);
      const words = this.words.value;
      this.announcement = fill(words.moved, {
        title: project.title,
        status: words.statuses[moved.status],
      });
      this.focusNext = `[data-id="${project.id}"] h3`;
      this.emit('wushe-project-updated', {
        projectId: project.id,
        action: 'status',
        status: moved.status,
      });
    } catch (error) {
      this.setFailure(project.id, error as WusheError);
      this.report(error as WusheError);
    } finally {
      this.busy = undefined;
    }
  }

  private renderForm(project: Project) {
    const words = this.words.value;
    return renderProgressUpdateForm(
      this.form,
      project.id,
      words,
      (e: SubmitEvent) => void this.submitUpdate(e, project),
      this.renderFormActions(
        project.id,
        { part: 'confirm', label: words.confirm },
        {
          label: words.cancel,
          onCancel: () => {
            this.stopWriting(project);
          },
        },
      ),
    );
  }

  private renderActions(project: Project) {
    const words = this.words.value;
    return html`<div class="actions">
      <button
        type="button"
        part="post"
        aria-describedby="title-${project.id}"
        @click=${() => {
          this.startWriting(project);
        }}
      >
        ${words.post}
      </button>
      ${ProjectTransitions[project.status].map(
        (status) =>
          html`<button
            type="button"
            class="secondary"
            part="move"
            data-status=${status}
            aria-describedby="title-${project.id}"
            ?disabled=${this.busy === project.id}
            @click=${() => void this.move(project, status)}
          >
            ${fill(words.moveTo, { status: words.statuses[status] })}
          </button>`,
      )}
    </div>`;
  }

  private renderItem(project: Project) {
    const words = this.words.value;
    const last = project.lastUpdateAt
      ? fill(words.lastUpdate, {
          date: new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium' }).format(
            new Date(project.lastUpdateAt),
          ),
        })
      : words.noUpdate;
    return html`<li>
      <article
        part="item"
        data-id=${project.id}
        ?data-quiet=${project.quiet}
        aria-labelledby="title-${project.id}"
      >
        <h3 id="title-${project.id}" part="item-title" tabindex="-1">
          ${project.title}
          ${project.quiet ? html`<span class="badge" part="quiet">${words.quiet}</span>` : nothing}
        </h3>
        <p class="meta">
          ${fill(words.projectMeta, {
            organization: project.organizationName,
            kind: words.kinds[project.kind],
            status: words.statuses[project.status],
          })}
        </p>
        <p class="meta">${last}</p>
        ${this.writing === project.id ? this.renderForm(project) : this.renderActions(project)}
        ${this.renderFailure(project.id, words)}
      </article>
    </li>`;
  }

  private renderBody() {
    const words = this.words.value;
    return renderStaffList(
      this.projects,
      this.strings,
      words,
      (value) => value,
      (projects) => {
        const quiet = projects.filter((project) => project.quiet).length;
        return html`<p class="count" part="count">
            ${fill(words.count, { count: projects.length, quiet })}
          </p>
          <ul part="list">
            ${projects.map((project) => this.renderItem(project))}
          </ul>`;
      },
    );
  }

  override render() {
    return this.renderFrame('project-updates-title', this.words.value.title, this.renderBody());
  }
}
