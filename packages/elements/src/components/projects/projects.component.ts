import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type {
  CallDetail,
  ListProjectsQuery,
  ProjectSummary,
  ProjectDetail,
  ProjectKind,
  ProjectStatus,
} from '@wushe/schema';
import { CursorList, renderMore } from '../../internal/cursor-list.js';
import { placeOf } from '../../internal/division.js';
import { renderEmptyState, renderLoadState, type LoadState } from '../../internal/load-state.js';
import { fill, LocaleController, LocaleStrings } from '../../internal/locale.js';
import { RemoteController } from '../../internal/remote.js';
import { WusheElement } from '../../internal/wushe-element.js';
import type {} from '../../events/wushe-error.js';
import type {} from '../../events/wushe-vote-cast.js';
import type * as CallViewModule from './call-view.js';
import type { CallView } from './call-view.js';
import { renderBack, renderDetail, type DetailView } from './detail-view.js';
import { formatsOf } from './format.js';
import {
  renderFilters,
  renderProject,
  type ListView,
  type ProjectFilterValues,
} from './list-view.js';
import { projectsStyles } from './projects.styles.js';
import { renderRating, renderResults, type SurveyHost } from './satisfaction.js';
import { zhCN, type ProjectsStrings } from './strings/zh-CN.js';
import type { VoteHost, Votes } from './vote.js';

/** The calls shown, and their templates (loaded with them: most pages show no call). */
interface LoadedCalls {
  readonly calls: CallDetail[];
  readonly view: typeof CallViewModule;
}

const ownStrings = new LocaleStrings<ProjectsStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** The widget's calls and their schemas (see api.ts), asked for as it connects. */
const loadApi = () => import('./api.js');

/**
 * @tagname wushe-projects
 * @summary The projects of a community or street — 政府购买服务, 公益创投, 微创投, 社区营造 — with
 * their public progress, money raised and used, and residents' satisfaction; during an open call
 * (公益创投 / 微创投征集), its proposals and the residents' vote (一户一票).
 *
 * The list pages as the API does. A project's page (the `project` attribute, set when a resident
 * opens one) shows its progress updates, what its fund raised and what was disbursed to it, and,
 * once completed, its satisfaction results (`<wushe-survey-results>`) and the form to rate it
 * (`<wushe-survey>`, 一事一评), both loaded then. A household
 * votes once per call with a respondent token kept in this browser; the server refuses a second
 * vote (409 `already_voted`) and the widget says so. Counts stay hidden until the call closes;
 * the latest closed call shows its ranking.
 *
 * @event wushe-vote-cast - A vote was recorded (detail: `{callId, proposalId, createdAt}`).
 * @event wushe-error - A request failed (detail: `{code, status, message, requestId}`).
 *
 * @csspart base - The widget's root.
 * @csspart filters - The kind and status filters.
 * @csspart list - The project cards' container.
 * @csspart card - One project.
 * @csspart card-title - A project's title.
 * @csspart badge - A project's status.
 * @csspart quiet - The mark of a project silent for 180 days.
 * @csspart open-button - A project's "view project" button.
 * @csspart load-more - The "load more" button.
 * @csspart back-button - The button back from a project's page to the list.
 * @csspart detail - A project's page.
 * @csspart money - Money raised and used.
 * @csspart raised - What a project's fund raised (in its card and on its page).
 * @csspart used - What funds disbursed to a project (in its card and on its page).
 * @csspart updates - The public progress updates.
 * @csspart update - One progress update.
 * @csspart satisfaction - The satisfaction results of a completed project.
 * @csspart rating - The form residents rate a completed project with (一事一评).
 * @csspart call - A call for proposals (open, or the latest closed).
 * @csspart proposals - A call's proposals.
 * @csspart proposal - One proposal.
 * @csspart result - A proposal's rank, votes and scores once the call has closed.
 * @csspart vote-button - A proposal's vote button.
 * @csspart vote-status - That this household's vote is in.
 * @csspart vote-refused - The server's refusal of a second vote.
 * @csspart vote-error - Why a vote could not be sent (it may be sent again).
 * @csspart live - The polite live region announcing added pages.
 * @csspart state - The load-state panel: loading, offline, an error, or nothing to show.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why something could not be loaded.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads again.
 * @csspart state-empty - The message when no project matches.
 *
 * @cssproperty --wushe-color-primary - Buttons, badges and links.
 * @cssproperty --wushe-radius - Corner radius of cards and controls.
 * @cssproperty --wushe-font-family - The widget's typeface.
 * @cssproperty --wushe-font-size - The base text size (16px; 20px in elder mode).
 */
export class WusheProjects extends WusheElement {
  static override styles = projectsStyles;

  static override properties = {
    ...WusheElement.properties,
    division: { type: String, reflect: true },
    kind: { type: String, reflect: true },
    status: { type: String, reflect: true },
    project: { type: String, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    announcement: { state: true },
  };

  /**
   * A 12-digit community or a 9-digit street: whose projects and calls to show. Without it, the
   * configuration's `community`; without either, the district's projects (and no call).
   */
  declare division: string | undefined;
  /** One kind (`venture`, `micro_venture`, …); all by default. */
  declare kind: ProjectKind | undefined;
  /** One status (`in_progress`, `completed`, …); all by default. */
  declare status: ProjectStatus | undefined;
  /** The project whose page is shown (`prj_…`); the list when empty. */
  declare project: string | undefined;
  /** Projects per page (1–100, default 20). */
  declare pageSize: number;
  declare protected announcement: string;

  private readonly words = new LocaleController(this, ownStrings);
  /** The project whose page was opened from the list: its button gets the focus back. */
  private openedFrom: string | undefined;
  /** Focus the project's heading once its page has loaded. */
  private focusDetail = false;

  /** The projects loaded so far, page by page. */
  readonly list: CursorList<ProjectSummary> = new CursorList<ProjectSummary>(
    this,
    async (cursor, signal) =>
      (await loadApi()).fetchProjects(this.requester, this.query(), cursor, signal),
    (error) => {
      this.report(error);
    },
  );

  /** The first page, loaded again when the configuration, the place or a filter changes. */
  readonly remote = new RemoteController<ProjectSummary[]>(this, {
    task: (_args, { signal }) => this.list.first(signal),
    args: () => [...this.configArgs(), JSON.stringify(this.query())],
  });

  /** The open calls of the street and district, and the latest closed one. */
  readonly calls = new RemoteController<LoadedCalls, readonly unknown[]>(this, {
    task: async ([divisions], { signal }) => {
      const [view, { Votes }, calls] = await Promise.all([
        import('./call-view.js'),
        import('./vote.js'),
        loadApi().then((api) =>
          api.fetchCalls(this.requester, (divisions as string).split(','), signal),
        ),
      ]);
      this.votes ??= new Votes(this.voteHost());
      return { calls, view };
    },
    // Values, not a new array on every update: the calls load again only when they change.
    args: () => {
      const divisions = this.callDivisions();
      return divisions ? [divisions.join(), ...this.configArgs()] : undefined;
    },
  });

  /** The project whose page is shown. */
  readonly detail = new RemoteController<ProjectDetail, readonly unknown[]>(this, {
    task: async ([id], { signal }) =>
      (await loadApi()).fetchProject(this.requester, id as string, signal),
    args: () => (this.project ? [this.project, ...this.configArgs()] : undefined),
  });

  /** This household's votes in the calls shown, once calls have loaded. */
  private votes: Votes | undefined;

  constructor() {
    super();
    this.pageSize = 20;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadApi();
  }

  /** What the votes need of the widget; the requester is the one in force when a vote is sent. */
  private voteHost(): VoteHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const widget = this;
    return {
      requestUpdate: () => {
        this.requestUpdate();
      },
      get requester() {
        return widget.requester;
      },
      voted: (detail) => {
        this.emit('wushe-vote-cast', detail);
      },
      reportError: (error) => {
        this.report(error);
      },
    };
  }

  /** The list request for the place and filters in force. */
  private query(): ListProjectsQuery {
    const query: ListProjectsQuery = {
      limit: this.pageSize,
      ...placeOf(this.division, this.config.community),
    };
    if (this.kind) query.kind = this.kind;
    if (this.status) query.status = this.status;
    return query;
  }

  /** Whose calls a resident here may vote in: the street's and the district's. */
  private callDivisions(): string[] | undefined {
    const place = placeOf(this.division, this.config.community);
    if (!place) return undefined;
    const street = 'street' in place ? place.street : place.community.slice(0, 9);
    return [street, street.slice(0, 6)];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('project') && this.project) this.focusDetail = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusDetail && this.detail.status !== 'loading' && this.detail.status !== 'idle') {
      this.focusDetail = false;
      // The title once loaded; the back button when it could not be.
      const root = this.renderRoot;
      (
        root.querySelector<HTMLElement>('#project-title') ??
        root.querySelector<HTMLElement>('[part=back-button]')
      )?.focus();
    }
  }

  /** Formats and wording in the widget's locale. */
  private get shared() {
    return { text: this.words.value, formats: formatsOf(this.locale) };
  }

  private listView(): ListView {
    return {
      ...this.shared,
      filters: { kind: this.kind, status: this.status },
      filter: <K extends keyof ProjectFilterValues>(name: K, value: ProjectFilterValues[K]) => {
        (this as ProjectFilterValues)[name] = value;
      },
      open: (id) => {
        this.openedFrom = id;
        this.project = id;
      },
    };
  }

  private detailView(): DetailView {
    return {
      ...this.shared,
      back: () => void this.back(),
      results: (surveyId, projectId) => renderResults(this.surveyHost(), surveyId, projectId),
      rating: (surveyId, projectId) => renderRating(this.surveyHost(), surveyId, projectId),
    };
  }

  /** What the satisfaction widgets on a project's page take from this one. */
  private surveyHost(): SurveyHost {
    return { config: this.config, locale: this.locale, theme: this.theme, elder: this.elder };
  }

  private callView(votes: Votes): CallView {
    return {
      ...this.shared,
      ballot: (callId) => votes.of(callId),
      vote: (callId, proposalId) => void votes.cast(callId, proposalId),
    };
  }

  /** Back to the list; focus returns to the project's button. */
  private async back(): Promise<void> {
    const from = this.openedFrom;
    this.project = undefined;
    this.openedFrom = undefined;
    await this.updateComplete;
    const button = from
      ? this.renderRoot.querySelector<HTMLElement>(`article[data-id="${from}"] [part=open-button]`)
      : undefined;
    (button ?? this.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
  }

  /** The next page; focus moves to its first card, and the live region says how many came. */
  private async more(): Promise<void> {
    const first = this.list.items.length;
    const added = await this.list.more();
    if (added === 0) return;
    const count = new Intl.NumberFormat(this.locale).format(added);
    this.announcement = fill(this.words.value.loaded, { count });
    await this.updateComplete;
    const id = this.list.items[first]?.id;
    this.renderRoot
      .querySelector<HTMLElement>(`article[data-id="${id}"] [part=open-button]`)
      ?.focus();
  }

  override render() {
    const text = this.words.value;
    return html`<div part="base" class="base" lang=${this.locale}>
      <h2 tabindex="-1">${text.title}</h2>
      ${this.project ? this.renderProjectPage() : this.renderList()}
      <p part="live" class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </div>`;
  }

  private renderProjectPage(): TemplateResult {
    const view = this.detailView();
    const { detail } = this;
    return html`${renderBack(view)}
    ${
      detail.status === 'ready' && detail.value
        ? renderDetail(view, detail.value)
        : renderLoadState(detail, this.strings, {
            not_found: view.text.notFound,
            validation_failed: view.text.notFound,
          })
    }`;
  }

  /** The list's load state; when the calls failed too, its retry loads them again as well. */
  private listLoad(callsFailed: boolean): LoadState {
    const { remote, calls } = this;
    return {
      status: remote.status,
      error: remote.error,
      run: () => {
        if (callsFailed) void calls.run();
        return remote.run();
      },
    };
  }

  private renderList(): TemplateResult {
    const view = this.listView();
    const loaded = this.calls.status === 'ready' ? this.calls.value : undefined;
    const callView = loaded && this.votes ? this.callView(this.votes) : undefined;
    const callsFailed = this.calls.status === 'error' || this.calls.status === 'offline';
    return html`${
      loaded && callView
        ? loaded.calls.map((call) => loaded.view.renderCall(callView, call))
        : nothing
    }
    ${
      callsFailed && this.remote.status === 'ready'
        ? renderLoadState(this.calls, this.strings)
        : nothing
    }
    ${renderFilters(view)}
    ${
      this.remote.status !== 'ready'
        ? renderLoadState(this.listLoad(callsFailed), this.strings)
        : this.list.items.length === 0
          ? renderEmptyState(this.strings)
          : html`<div part="list" class="cards">
                ${this.list.items.map((project) => renderProject(view, project))}
              </div>
              ${renderMore(this.list, view.text, () => void this.more())}`
    }`;
  }
}
