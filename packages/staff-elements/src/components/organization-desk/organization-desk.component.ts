import { html, nothing } from 'lit';
import type { WusheOrganizationActedDetail } from '../../events/wushe-organization-acted.js';
import type { Call, MatchedNeed, Project } from '@wushe/schema';
import type { WusheError } from '@wushe/sdk';
import {
  domainStrings,
  fill,
  formatFen,
  LocaleController,
  LocaleStrings,
  RemoteController,
} from '@wushe/elements/foundation.js';
import { EditorForm } from '../../internal/editor-form.js';
import { fieldValue } from '../../internal/field-value.js';
import { renderProgressUpdateForm } from '../../internal/progress-update-form.js';
import { StaffWorkList } from '../../internal/staff-work-list.js';
import { renderStaffList } from '../../internal/staff-states.js';
import { postUpdate } from '../project-updates/api.js';
import { zhCN as projectWordsZhCN } from '../project-updates/strings/zh-CN.js';
import type { ProjectUpdatesStrings } from '../project-updates/strings/zh-CN.js';
import { claimNeed, loadDesk, propose, type DeskView } from './api.js';
import { withClaim, withProject, withProposal } from './desk-changes.js';
import { dateIn, renderPart, renderPicker, renderProposal } from './desk-parts.js';
import { organizationDeskStyles } from './organization-desk.styles.js';
import { readProposal, renderProposalForm } from './proposal-form.js';
import { zhCN, type OrganizationDeskStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<OrganizationDeskStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});
/** The project updates' wording (kinds, statuses, the progress form), shared rather than copied. */
const projectStrings = new LocaleStrings<ProjectUpdatesStrings>(projectWordsZhCN, {
  'zh-HK': () => import('../project-updates/strings/zh-HK.js'),
  en: () => import('../project-updates/strings/en.js'),
});

/**
 * @tagname wushe-organization-desk
 * @summary 机构工作台: an organization's needs matched to it (to claim), the open calls it may propose to, its proposals and projects.
 *
 * The desk of `organization` (an `org_…` id), or with none given, of the person's own
 * organization (their `org_member` grant; a district admin picks among the organizations of
 * `division`), from `GET /v1/organizations/{id}/desk`: the needs staff matched to one of its
 * resources (供需对接), each with a 认领 button that takes it as the organization
 * (`POST /v1/needs/{id}/organization-claims`); the district's open calls (`GET /v1/calls`), each
 * with a proposal form (title, the claimed need it answers, the budget in yuan sent as fen, the
 * plan; `POST /v1/calls/{id}/proposals`), the contract's and the server's refusals at their
 * fields and what was typed kept; the organization's proposals with how far each came
 * (submitted, ranked, approved) and its projects, each with a progress-update form
 * (`POST /v1/projects/{id}/updates`). The server decides who may do each. Takes the console's
 * session, or a delegated one in `token`.
 *
 * @event wushe-organization-acted - The organization claimed a need, proposed or posted progress; `detail` has `organizationId`, `action` and the ids concerned.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart organization - The organization's name.
 * @csspart picker - The choice of organization (a person who may open several).
 * @csspart needs - The needs matched to the organization.
 * @csspart need - One matched need (`data-id`).
 * @csspart claim - The button that claims a need as the organization.
 * @csspart claimed - Who took a need.
 * @csspart calls - The open calls.
 * @csspart call - One open call (`data-id`).
 * @csspart start-proposal - The button that opens a call's proposal form.
 * @csspart proposal-form - The proposal form.
 * @csspart form-error - A refusal that is no field's (the call closed, its deadline passed).
 * @csspart field-error - A refusal at a field.
 * @csspart submit-proposal - The button that sends the proposal.
 * @csspart proposals - The organization's proposals.
 * @csspart proposal - One proposal (`data-id`, `data-progress`).
 * @csspart progress - How far a proposal has come.
 * @csspart projects - The organization's projects.
 * @csspart project - One project (`data-id`, `data-quiet` when quiet).
 * @csspart post - The button that opens a project's progress-update form.
 * @csspart update - The progress update's text.
 * @csspart confirm - The button that posts the update.
 * @csspart section-empty - A part of the desk with nothing in it.
 * @csspart action-error - Why an action on an item did not go through.
 * @csspart announcer - The live region that announces each action.
 * @csspart state - The load-state panel: loading, offline, an error, forbidden or signed out.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the desk could not be loaded.
 * @csspart state-forbidden - The person may not open this organization's desk (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - The person belongs to no organization.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the desk again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-color-danger - Errors and the quiet mark.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheOrganizationDesk extends StaffWorkList {
  static override styles = organizationDeskStyles;

  static override properties = {
    ...StaffWorkList.properties,
    organization: { type: String, reflect: true },
    division: { type: String, reflect: true },
    picked: { state: true },
    proposing: { state: true },
    writing: { state: true },
  };

  /** The organization (`org_…`) whose desk this is; left out, the person's own. */
  declare organization: string | undefined;
  /** Where a district admin picks an organization: a community, a street or the district. */
  declare division: string | undefined;
  /** The organization picked, when the person may open several. */
  declare private picked: string;
  /** The call whose proposal form is open. */
  declare private proposing: string | undefined;
  /** The project whose progress update is being written. */
  declare private writing: string | undefined;

  private readonly proposalForm = new EditorForm(this);
  private readonly updateForm = new EditorForm(this);
  private readonly words = new LocaleController(this, ownStrings);
  private readonly projectWords = new LocaleController(this, projectStrings);
  private readonly domain = new LocaleController(this, domainStrings);
  private readonly view = new RemoteController<DeskView, readonly unknown[]>(this, {
    task: ([organization, picked, division], { signal }) =>
      loadDesk(
        this.requester,
        {
          organization: organization as string,
          picked: picked as string,
          division: division as string,
        },
        signal,
      ),
    args: () => [this.organization ?? '', this.picked, this.division ?? '', ...this.configArgs()],
  });

  constructor() {
    super();
    this.picked = '';
  }

  private get desk() {
    return this.view.value!.desk!;
  }

  private acted(detail: Omit<WusheOrganizationActedDetail, 'organizationId'>) {
    this.emit('wushe-organization-acted', { organizationId: this.desk.organization.id, ...detail });
  }

  private async claim(entry: MatchedNeed) {
    if (this.busy) return;
    const { need } = entry;
    this.busy = need.id;
    this.setFailure(need.id, undefined);
    try {
      const claim = await claimNeed(this.requester, need.id, this.desk.organization.id);
      this.view.value = { ...this.view.value!, desk: withClaim(this.desk, entry, claim) };
      this.announcement = fill(this.words.value.claimed, { title: need.title });
      this.focusNext = `[part="need"][data-id="${need.id}"] h4`;
      this.acted({ action: 'claim', needId: need.id });
    } catch (error) {
      this.setFailure(need.id, error as WusheError);
      this.report(error as WusheError);
    } finally {
      this.busy = undefined;
    }
  }

  private toggleProposal(call: Call | undefined, from?: Call) {
    this.proposing = call?.id;
    this.proposalForm.reset();
    this.focusNext = call
      ? '#title'
      : `[part="call"][data-id="${from?.id}"] [part="start-proposal"]`;
  }

  private async submitProposal(event: SubmitEvent, call: Call) {
    event.preventDefault();
    if (this.busy) return;
    const body = readProposal(event.currentTarget as HTMLFormElement, this.desk);
    this.busy = call.id;
    const proposal = await this.proposalForm.submit(() => propose(this.requester, call.id, body));
    this.busy = undefined;
    if (!proposal) {
      this.setFailure(call.id, this.proposalForm.failure);
      if (this.proposalForm.failure) this.report(this.proposalForm.failure);
      else this.focusNext = '[part="proposal-form"] [aria-invalid="true"], [part="form-error"]';
      return;
    }
    this.view.value = { ...this.view.value!, desk: withProposal(this.desk, call, proposal) };
    this.proposing = undefined;
    this.announcement = fill(this.words.value.proposed, {
      title: proposal.title,
      call: call.title,
    });
    this.focusNext = `[part="proposal"][data-id="${proposal.id}"] h4`;
    this.acted({ action: 'propose', callId: call.id, proposalId: proposal.id });
  }

  private toggleUpdate(project: Project, open: boolean) {
    this.writing = open ? project.id : undefined;
    this.setFailure(project.id, undefined);
    this.updateForm.reset();
    this.focusNext = open
      ? `#update-${project.id}`
      : `[part="project"][data-id="${project.id}"] [part="post"]`;
  }

  private async submitUpdate(event: SubmitEvent, project: Project) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!form.reportValidity() || this.busy) return;
    this.busy = project.id;
    const posted = await this.updateForm.submit(() =>
      postUpdate(this.requester, project.id, fieldValue(form, 'body').trim()),
    );
    this.busy = undefined;
    if (!posted) {
      this.setFailure(project.id, this.updateForm.failure);
      if (this.updateForm.failure) this.report(this.updateForm.failure);
      return;
    }
    this.view.value = { ...this.view.value!, desk: withProject(this.desk, posted.project) };
    this.writing = undefined;
    this.announcement = fill(this.projectWords.value.posted, { title: project.title });
    this.focusNext = `[part="project"][data-id="${project.id}"] h4`;
    this.acted({ action: 'update', projectId: project.id, updateId: posted.update.id });
  }

  private renderNeed(entry: MatchedNeed) {
    const { need, matches, claimedByUs } = entry;
    const words = this.words.value;
    const notes = matches.flatMap((match) => (match.note ? [match.note] : []));
    let claim: unknown = nothing;
    if (claimedByUs) claim = html`<p part="claimed">${words.claimedByUs}</p>`;
    else if (need.claim)
      claim = html`<p part="claimed">
        ${fill(words.claimedByOther, { claimant: need.claim.claimantName })}
      </p>`;
    else if (need.status === 'open')
      claim = this.renderItemAction({
        part: 'claim',
        label: words.claim,
        describedBy: `need-${need.id}`,
        disabled: this.busy === need.id,
        onClick: () => void this.claim(entry),
      });
    return html`<li>
      <article part="need" data-id=${need.id} aria-labelledby="need-${need.id}">
        <h4 id="need-${need.id}" tabindex="-1">${need.title}</h4>
        <p class="meta">
          ${fill(words.needMeta, {
            category: this.domain.value.categories[need.category],
            date: dateIn(this.locale, need.createdAt),
          })}
        </p>
        <p>${need.description}</p>
        ${notes.map((note) => html`<p class="meta">${fill(words.matchNote, { note })}</p>`)}
        ${claim} ${this.renderFailure(need.id, words)}
      </article>
    </li>`;
  }

  private renderCall(call: Call) {
    const words = this.words.value;
    const open = this.proposing === call.id;
    return html`<li>
      <article part="call" data-id=${call.id} aria-labelledby="call-${call.id}">
        <h4 id="call-${call.id}" tabindex="-1">${call.title}</h4>
        <p class="meta">
          ${fill(words.callMeta, {
            budget: formatFen(this.strings.locale, call.budgetFen),
            deadline: dateIn(this.locale, call.proposalsCloseAt, true),
          })}
        </p>
        ${
          open
            ? renderProposalForm(
                this.proposalForm,
                call,
                this.desk,
                words,
                (e: SubmitEvent) => void this.submitProposal(e, call),
                this.renderFormActions(
                  call.id,
                  { part: 'submit-proposal', label: words.submitProposal },
                  {
                    label: words.cancel,
                    onCancel: () => {
                      this.toggleProposal(undefined, call);
                    },
                  },
                ),
              )
            : this.renderItemAction({
                part: 'start-proposal',
                label: words.startProposal,
                describedBy: `call-${call.id}`,
                disabled: this.proposing !== undefined,
                onClick: () => {
                  this.toggleProposal(call);
                },
              })
        }
        ${this.renderFailure(call.id, words)}
      </article>
    </li>`;
  }

  private renderProject(project: Project) {
    const words = this.projectWords.value;
    const last = project.lastUpdateAt;
    return html`<li>
      <article
        part="project"
        data-id=${project.id}
        ?data-quiet=${project.quiet}
        aria-labelledby="project-${project.id}"
      >
        <h4 id="project-${project.id}" tabindex="-1">
          ${project.title}
          ${project.quiet ? html`<span class="badge">${words.quiet}</span>` : nothing}
        </h4>
        <p class="meta">${words.kinds[project.kind]} · ${words.statuses[project.status]}</p>
        <p class="meta">
          ${last ? fill(words.lastUpdate, { date: dateIn(this.locale, last) }) : words.noUpdate}
        </p>
        ${
          this.writing === project.id
            ? renderProgressUpdateForm(
                this.updateForm,
                project.id,
                words,
                (e: SubmitEvent) => void this.submitUpdate(e, project),
                this.renderFormActions(
                  project.id,
                  { part: 'confirm', label: words.confirm },
                  {
                    label: words.cancel,
                    onCancel: () => {
                      this.toggleUpdate(project, false);
                    },
                  },
                ),
              )
            : this.renderItemAction({
                part: 'post',
                label: words.post,
                describedBy: `project-${project.id}`,
                onClick: () => {
                  this.toggleUpdate(project, true);
                },
              })
        }
        ${this.renderFailure(project.id, this.words.value)}
      </article>
    </li>`;
  }

  private renderBody() {
    const words = this.words.value;
    return renderStaffList(
      this.view,
      this.strings,
      words,
      (value) => (value.desk ? [value.desk] : []),
      (_items, value) => {
        const desk = value.desk!;
        return html`${renderPicker(value, words.pickOrganization, (id) => {
            this.picked = id;
          })}
          <p class="count" part="organization">${desk.organization.name}</p>
          ${renderPart(
            'needs',
            words.needsTitle,
            words.needsEmpty,
            desk.matchedNeeds.map((entry) => this.renderNeed(entry)),
          )}
          ${renderPart(
            'calls',
            words.callsTitle,
            words.callsEmpty,
            value.calls.map((call) => this.renderCall(call)),
          )}
          ${renderPart(
            'proposals',
            words.proposalsTitle,
            words.proposalsEmpty,
            desk.proposals.map((entry) => renderProposal(entry, words, this.strings.locale)),
          )}
          ${renderPart(
            'projects',
            this.words.value.projectsTitle,
            words.projectsEmpty,
            desk.projects.map((project) => this.renderProject(project)),
          )}`;
      },
    );
  }

  override render() {
    return this.renderFrame('organization-desk-title', this.words.value.title, this.renderBody());
  }
}
