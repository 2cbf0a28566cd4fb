import { html, nothing } from 'lit';
import { NeedCategory, valuesOf, type Resource } from '@wushe/schema';
import {
  domainStrings,
  fill,
  LocaleController,
  LocaleStrings,
  RemoteController,
} from '@wushe/elements/foundation.js';
import { EditorForm } from '../../internal/editor-form.js';
import { fieldValue } from '../../internal/field-value.js';
import { StaffWorkList } from '../../internal/staff-work-list.js';
import { renderStaffList } from '../../internal/staff-states.js';
import {
  loadMatcher,
  matchNeed,
  searchResources,
  type MatcherView,
  type NeedToMatch,
} from './api.js';
import { needMatcherStyles } from './need-matcher.styles.js';
import { zhCN, type NeedMatcherStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<NeedMatcherStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

const CATEGORIES = valuesOf(NeedCategory);

/**
 * @tagname wushe-need-matcher
 * @summary 供需对接: the approved needs of a division not yet matched, each matched to a published resource; and the needs organizations took.
 *
 * Lists the open needs of `division` (a community, a street or the district), the unmatched
 * first, each with the organizations it was already matched to (`GET /v1/needs/{id}/matches`).
 * Matching a need searches, in the need's card, the 资源清单 serving its community (by words and
 * category, the same search as the public list), and links the need to the resource picked
 * (`POST /v1/needs/{id}/matches`): the server audits it with the person and tells the
 * organization, which may then take the need as itself. Needs an organization took are listed
 * with its name. A refusal the server gives at a field (a resource paused meanwhile) is shown at
 * the resources; the server checks the person may match needs of the need's community. Takes the
 * console's session, or a delegated one in `token`.
 *
 * @event wushe-need-matched - A need was matched; `detail` has `needId`, `matchId`, `resourceId` and `organizationId`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart count - How many needs are open, and how many of them are not matched.
 * @csspart list - The list of open needs.
 * @csspart item - One open need (`data-matched` once matched).
 * @csspart item-title - A need's title.
 * @csspart unmatched - The badge of a need not matched yet.
 * @csspart matched-to - The organizations a need was matched to.
 * @csspart match - The button that starts matching a need.
 * @csspart search-form - The search of the 资源清单.
 * @csspart search - The button that searches.
 * @csspart resources - The resources found, one to pick.
 * @csspart resource - One resource found.
 * @csspart no-resources - Said when the search found nothing.
 * @csspart note - The note to the organization.
 * @csspart confirm - The button that matches the need to the resource picked.
 * @csspart field-error - The server's refusal at a field.
 * @csspart action-error - Why a search or a match did not go through.
 * @csspart taken-list - The needs organizations took.
 * @csspart taken - One need an organization took, with its name.
 * @csspart announcer - The live region that announces each match.
 * @csspart state - The load-state panel: loading, offline, an error, forbidden or signed out.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the needs could not be loaded.
 * @csspart state-forbidden - The person may not match needs here (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - No need is open here.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the needs again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-color-danger - Errors.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheNeedMatcher extends StaffWorkList {
  static override styles = needMatcherStyles;

  static override properties = {
    ...StaffWorkList.properties,
    division: { type: String, reflect: true },
    matching: { state: true },
    found: { state: true },
  };

  /** The division worked on: a community (12 digits), a street (9) or the district (6). */
  declare division: string | undefined;
  /** The need being matched. */
  declare private matching: string | undefined;
  /** The resources the last search found, once it answered. */
  declare private found: readonly Resource[] | undefined;

  private readonly form = new EditorForm(this);
  private readonly words = new LocaleController(this, ownStrings);
  private readonly domain = new LocaleController(this, domainStrings);
  private readonly view = new RemoteController<MatcherView, readonly unknown[]>(this, {
    task: ([division], { signal }) => loadMatcher(this.requester, division as string, signal),
    args: () => (this.division ? [this.division, ...this.configArgs()] : undefined),
  });

  private start(entry: NeedToMatch) {
    this.matching = entry.need.id;
    this.setFailure(entry.need.id, undefined);
    this.form.reset();
    this.focusNext = '#q';
    void this.search(entry, { category: entry.need.category, q: '' });
  }

  private stop(entry: NeedToMatch) {
    this.matching = undefined;
    this.found = undefined;
    this.form.reset();
    this.focusNext = `[data-id="${entry.need.id}"] [part="match"]`;
  }

  private async search(entry: NeedToMatch, search: Parameters<typeof searchResources>[2]) {
    this.found = undefined;
    const found = await this.form.submit(() => searchResources(this.requester, entry.need, search));
    this.setFailure(entry.need.id, this.form.failure);
    if (this.matching === entry.need.id) this.found = found ?? [];
  }

  private submitSearch(event: SubmitEvent, entry: NeedToMatch) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const category = CATEGORIES.find((value) => value === fieldValue(form, 'category')) ?? '';
    void this.search(entry, { category, q: fieldValue(form, 'q').trim() });
  }

  private async submitMatch(event: SubmitEvent, entry: NeedToMatch) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!form.reportValidity()) return;
    const resourceId = fieldValue(form, 'resourceId');
    const note = fieldValue(form, 'note').trim();
    this.busy = entry.need.id;
    const match = await this.form.submit(() =>
      matchNeed(this.requester, entry.need.id, { resourceId, ...(note ? { note } : {}) }),
    );
    this.busy = undefined;
    if (!match) {
      this.setFailure(entry.need.id, this.form.failure);
      if (this.form.failure) this.report(this.form.failure);
      return;
    }
    const view = this.view.value!;
    this.view.value = {
      ...view,
      open: view.open.map((each) =>
        each.need.id === entry.need.id ? { ...each, matches: [...each.matches, match] } : each,
      ),
    };
    this.matching = undefined;
    this.found = undefined;
    this.announcement = fill(this.words.value.matched, {
      title: entry.need.title,
      organization: match.organizationName,
    });
    this.focusNext = `[data-id="${entry.need.id}"] h3`;
    this.emit('wushe-need-matched', {
      needId: entry.need.id,
      matchId: match.id,
      resourceId: match.resourceId,
      organizationId: match.organizationId,
    });
  }

  private renderResource(resource: Resource) {
    const words = this.words.value;
    return html`<label class="check resource" part="resource">
      <input type="radio" name="resourceId" value=${resource.id} required />
      <span>
        <strong>${resource.title}</strong>
        <span class="meta">
          ${fill(words.resourceMeta, {
            organization: resource.organizationName,
            schedule: resource.schedule,
            contact: `${resource.contact.name} ${resource.contact.phone}`,
          })}
        </span>
      </span>
    </label>`;
  }

  private renderResources(entry: NeedToMatch) {
    const words = this.words.value;
    const found = this.found;
    if (!found) return nothing;
    if (found.length === 0) {
      return html`<p class="meta" part="no-resources" role="status">${words.noResources}</p>`;
    }
    return html`<form
      class="inline-form"
      @submit=${(e: SubmitEvent) => void this.submitMatch(e, entry)}
    >
      <fieldset
        part="resources"
        aria-invalid=${this.form.invalid('resourceId')}
        aria-describedby=${this.form.describedBy('resourceId')}
      >
        <legend>${words.resources}</legend>
        ${found.map((resource) => this.renderResource(resource))}
      </fieldset>
      ${this.form.renderIssues('resourceId')}
      <div class="field">
        <label for="note">${words.note}</label>
        <textarea
          id="note"
          name="note"
          part="note"
          maxlength="200"
          rows="2"
          aria-invalid=${this.form.invalid('note')}
          aria-describedby="note-hint ${this.form.describedBy('note')}"
        ></textarea>
        <p class="meta" id="note-hint">${words.noteHint}</p>
        ${this.form.renderIssues('note')}
      </div>
      <div class="actions">
        <button type="submit" part="confirm" ?disabled=${this.busy === entry.need.id}>
          ${words.confirm}
        </button>
      </div>
    </form>`;
  }

  private renderMatching(entry: NeedToMatch) {
    const words = this.words.value;
    const categories = this.domain.value.categories;
    return html`<form
        class="inline-form search"
        part="search-form"
        role="search"
        @submit=${(e: SubmitEvent) => {
          this.submitSearch(e, entry);
        }}
      >
        ${this.form.text('q', words.searchWords, { hint: words.searchHint })}
        ${this.form.select(
          'category',
          words.category,
          [
            { value: '', label: words.anyCategory },
            ...CATEGORIES.map((value) => ({ value, label: categories[value] })),
          ],
          entry.need.category,
        )}
        <div class="actions">
          <button type="submit" part="search">${words.search}</button>
          <button
            type="button"
            class="secondary"
            @click=${() => {
              this.stop(entry);
            }}
          >
            ${words.cancel}
          </button>
        </div>
      </form>
      ${this.renderResources(entry)}`;
  }

  private renderItem(entry: NeedToMatch) {
    const { need, matches } = entry;
    const words = this.words.value;
    const posted = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium' }).format(
      new Date(need.createdAt),
    );
    const told = [...new Set(matches.map((match) => match.organizationName))].join('、');
    return html`<li>
      <article
        part="item"
        data-id=${need.id}
        ?data-matched=${matches.length > 0}
        aria-labelledby="title-${need.id}"
      >
        <h3 id="title-${need.id}" part="item-title" tabindex="-1">${need.title}</h3>
        <p class="meta">${this.domain.value.categories[need.category]} · ${posted}</p>
        <p>${need.description}</p>
        ${
          matches.length > 0
            ? html`<p part="matched-to">${fill(words.matchedTo, { organizations: told })}</p>`
            : html`<p><span class="badge" part="unmatched">${words.unmatched}</span></p>`
        }
        ${
          this.matching === need.id
            ? this.renderMatching(entry)
            : this.renderItemAction({
                part: 'match',
                label: words.match,
                describedBy: `title-${need.id}`,
                disabled: this.matching !== undefined,
                onClick: () => {
                  this.start(entry);
                },
              })
        }
        ${this.renderFailure(need.id, words)}
      </article>
    </li>`;
  }

  private renderTaken(view: MatcherView) {
    const words = this.words.value;
    if (view.taken.length === 0) return nothing;
    return html`<h3>${words.takenTitle}</h3>
      <ul part="taken-list">
        ${view.taken.map(
          (need) =>
            html`<li part="taken" data-id=${need.id}>
              <strong>${need.title}</strong>
              <span class="meta">
                ${fill(words.takenBy, { organization: need.claim?.claimantName ?? '' })}
              </span>
            </li>`,
        )}
      </ul>`;
  }

  private renderBody() {
    const words = this.words.value;
    return renderStaffList(
      this.view,
      this.strings,
      words,
      (value) => [...value.open.map((entry) => entry.need), ...value.taken],
      (_items, value) => {
        const unmatched = value.open.filter((entry) => entry.matches.length === 0).length;
        return html`<p class="count" part="count">
            ${fill(words.count, { count: value.open.length, unmatched })}
          </p>
          <ul part="list">
            ${value.open.map((entry) => this.renderItem(entry))}
          </ul>
          ${this.renderTaken(value)}`;
      },
    );
  }

  override render() {
    return this.renderFrame('need-matcher-title', this.words.value.title, this.renderBody());
  }
}
