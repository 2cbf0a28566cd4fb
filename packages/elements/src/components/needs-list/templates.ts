import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Need, NeedCategory, NeedKind, PublicNeedStatus } from '@wushe/schema';
import { fill } from '../../internal/locale.js';
import type { CommonStrings, DomainStrings } from '../../locales/types.js';
import type { NeedDialogName } from './dialogs/host.js';
import type { NeedsListStrings } from './strings/zh-CN.js';

const KINDS: readonly NeedKind[] = ['service', 'wish'];
const STATUSES: readonly PublicNeedStatus[] = ['open', 'claimed', 'fulfilled'];
const DAY_MS = 86_400_000;

/** The filters the list is asked for, as its attributes hold them. */
export interface NeedFilterValues {
  kind: NeedKind | undefined;
  category: NeedCategory | undefined;
  status: PublicNeedStatus | undefined;
  q: string | undefined;
}

/** What the list's templates read and call. */
export interface ListView {
  readonly ns: NeedsListStrings;
  readonly strings: CommonStrings;
  /** Names of the need categories. */
  readonly domain: DomainStrings;
  readonly locale: Locale;
  readonly filters: NeedFilterValues;
  /** A filter changed: the list reflects it to its attribute and loads again. */
  filter<K extends keyof NeedFilterValues>(name: K, value: NeedFilterValues[K]): void;
  /** Is this dialog's code loading for this need (or for none)? Its button is then busy. */
  isLoading(name: NeedDialogName, needId?: string): boolean;
  /** Opens a dialog for `need` (none when posting) from the button the event came from. */
  open(name: NeedDialogName, need: Need | undefined, event: Event): void;
}

/** Search and the kind, category and status filters; each change loads the list again. */
export function renderFilters(view: ListView): TemplateResult {
  const { ns, filters } = view;
  const select = (
    name: 'kind' | 'category' | 'status',
    label: string,
    options: readonly string[],
    labels: Readonly<Record<string, string>>,
  ) =>
    html`<label
      >${label}
      <select
        name=${name}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          view.filter(name, (value || undefined) as NeedFilterValues[typeof name]);
        }}
      >
        <option value="" ?selected=${!filters[name]}>${ns.all}</option>
        ${options.map(
          (option) =>
            html`<option value=${option} ?selected=${filters[name] === option}>
              ${labels[option]}
            </option>`,
        )}
      </select></label
    >`;
  return html`<form
    part="filters"
    class="filters"
    role="search"
    aria-label=${ns.filters}
    @submit=${(e: Event) => {
      e.preventDefault();
      const input = (e.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
      view.filter('q', input.value.trim() || undefined);
    }}
  >
    <label
      >${ns.search}
      <input type="search" name="q" .value=${filters.q ?? ''} maxlength="50" />
    </label>
    <button type="submit">${ns.searchButton}</button>
    ${select('kind', ns.kind, KINDS, ns.kinds)}
    ${select('category', ns.category, Object.keys(view.domain.categories), view.domain.categories)}
    ${select('status', ns.status, STATUSES, ns.statuses)}
  </form>`;
}

interface Formats {
  readonly money: Intl.NumberFormat;
  readonly date: Intl.DateTimeFormat;
  readonly relative: Intl.RelativeTimeFormat;
}
const formats = new Map<Locale, Formats>();
/**
 * One set of formatters per locale: building them for every card would slow a long scroll. The
 * first build loads the locale's data (several milliseconds), so the list calls it while its first
 * page is on the way, not when the page has arrived.
 */
export function formatsOf(locale: Locale): Formats {
  let found = formats.get(locale);
  if (!found) {
    found = {
      money: new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }),
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
      relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
    };
    formats.set(locale, found);
  }
  return found;
}

/** "3 天前" within a month, the date beyond; the exact date is always in the tooltip. */
function when(locale: Locale, iso: string): TemplateResult {
  const at = Date.parse(iso);
  const days = Math.round((at - Date.now()) / DAY_MS);
  const { date, relative } = formatsOf(locale);
  const absolute = date.format(at);
  const shown = Math.abs(days) < 30 ? relative.format(days, 'day') : absolute;
  return html`<time datetime=${iso} title=${absolute}>${shown}</time>`;
}

/** One need: heading, description, status, details, and its 认领 / 举报 buttons. */
export function renderCard(view: ListView, need: Need): TemplateResult {
  const { ns, locale } = view;
  const headingId = `need-${need.id}`;
  // The list holds public needs only: the API sends no others, and the live stream drops a need
  // that leaves the public statuses.
  const status = need.status as PublicNeedStatus;
  const action = (name: 'claim' | 'report', label: string, className = '') => {
    const busy = view.isLoading(name, need.id);
    return html`<button
      part="${name}-button"
      class="${className}${busy ? ' busy' : ''}"
      aria-describedby=${headingId}
      aria-busy=${busy ? 'true' : nothing}
      @click=${(e: Event) => {
        view.open(name, need, e);
      }}
    >
      ${label}
    </button>`;
  };
  return html`<article part="card" data-id=${need.id} tabindex="-1" aria-labelledby=${headingId}>
    <h3 id=${headingId}>${need.title}</h3>
    <p class="description">${need.description}</p>
    <dl class="meta">
      <dt>${ns.status}</dt>
      <dd><span part="badge" class="badge ${status}">${ns.statuses[status]}</span></dd>
      <dt>${ns.kind}</dt>
      <dd>${ns.kinds[need.kind]}</dd>
      <dt>${ns.category}</dt>
      <dd>${view.domain.categories[need.category]}</dd>
      ${
        need.kind === 'wish' && need.valueFen !== null
          ? html`<dt>${ns.value}</dt>
              <dd>${formatsOf(locale).money.format(need.valueFen / 100)}</dd>`
          : nothing
      }
      <dt>${ns.requester}</dt>
      <dd>${need.requesterName ?? ns.anonymous}</dd>
      <dt>${ns.postedAt}</dt>
      <dd>${when(locale, need.createdAt)}</dd>
      ${
        need.claim
          ? html`<dt>${ns.statuses.claimed}</dt>
              <dd>${fill(ns.claimedBy, { name: need.claim.claimantName })}</dd>`
          : nothing
      }
    </dl>
    <div class="actions">
      ${need.status === 'open' ? action('claim', ns.claim) : nothing}
      ${action('report', ns.report, 'secondary')}
    </div>
  </article>`;
}
