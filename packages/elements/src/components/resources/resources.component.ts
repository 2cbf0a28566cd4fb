import { html } from 'lit';
import type { ListResourcesQuery, NeedCategory, Resource, TargetGroup } from '@wushe/schema';
import { CursorList, renderMore } from '../../internal/cursor-list.js';
import { placeOf } from '../../internal/division.js';
import { domainStrings } from '../../internal/domain-strings.js';
import { renderEmptyState, renderLoadState } from '../../internal/load-state.js';
import { fill, LocaleController, LocaleStrings } from '../../internal/locale.js';
import { RemoteController } from '../../internal/remote.js';
import { WusheElement } from '../../internal/wushe-element.js';
import type {} from '../../events/wushe-error.js';
import { resourcesStyles } from './resources.styles.js';
import { zhCN, type ResourcesStrings } from './strings/zh-CN.js';
import { renderFilters, renderResource, type ResourceFilterValues } from './templates.js';

const ownStrings = new LocaleStrings<ResourcesStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** The list's read and its schemas (see api.ts), asked for as the list connects. */
const loadApi = () => import('./api.js');

/**
 * @tagname wushe-resources
 * @summary The public 资源清单 of a community or street: what organizations and 社工站 offer,
 * for whom, how many, when, and whom to call.
 *
 * Filters by category (the need categories) and target group, and searches titles and
 * descriptions as the needs list does. Pages as the API does: "load more" asks for the next page.
 *
 * @event wushe-error - Loading failed (detail: `{code, status, message, requestId}`).
 *
 * @csspart base - The widget's root.
 * @csspart filters - The search and filter form.
 * @csspart list - The cards' container.
 * @csspart card - One resource.
 * @csspart card-title - A resource's title.
 * @csspart badge - A resource's category.
 * @csspart contact - The organization's public phone, a `tel:` link.
 * @csspart load-more - The "load more" button.
 * @csspart live - The polite live region announcing added pages.
 * @csspart state - The load-state panel: loading, offline, an error, or nothing to show.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the list could not be loaded.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the list again.
 * @csspart state-empty - The message when no resource matches.
 *
 * @cssproperty --wushe-color-primary - Buttons and links.
 * @cssproperty --wushe-radius - Corner radius of cards and controls.
 * @cssproperty --wushe-font-family - The widget's typeface.
 * @cssproperty --wushe-font-size - The base text size (16px; 20px in elder mode).
 */
export class WusheResources extends WusheElement {
  static override styles = resourcesStyles;

  static override properties = {
    ...WusheElement.properties,
    division: { type: String, reflect: true },
    category: { type: String, reflect: true },
    group: { type: String, reflect: true },
    q: { type: String, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    announcement: { state: true },
  };

  /**
   * A 12-digit community or a 9-digit street: whose resources to show. Without it, the
   * configuration's `community`; without either, the district's.
   */
  declare division: string | undefined;
  /** One category (`elderly_care`, …); all by default. */
  declare category: NeedCategory | undefined;
  /** One target group (`elders`, `children`, …); all by default. */
  declare group: TargetGroup | undefined;
  /** Words searched in titles and descriptions. */
  declare q: string | undefined;
  /** Resources per page (1–100, default 20). */
  declare pageSize: number;
  declare protected announcement: string;

  private readonly words = new LocaleController(this, ownStrings);
  private readonly domainWords = new LocaleController(this, domainStrings);

  /** The resources loaded so far, page by page. */
  readonly list: CursorList<Resource> = new CursorList<Resource>(
    this,
    async (cursor, signal) =>
      (await loadApi()).fetchResources(this.requester, this.query(), cursor, signal),
    (error) => {
      this.report(error);
    },
  );

  /** The first page, loaded again when the configuration, the place or a filter changes. */
  readonly remote = new RemoteController<Resource[]>(this, {
    task: (_args, { signal }) => this.list.first(signal),
    args: () => [...this.configArgs(), JSON.stringify(this.query())],
  });

  constructor() {
    super();
    this.pageSize = 20;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadApi();
  }

  /** The list request for the place and filters in force. */
  private query(): ListResourcesQuery {
    const query: ListResourcesQuery = {
      limit: this.pageSize,
      ...placeOf(this.division, this.config.community),
    };
    if (this.category) query.category = this.category;
    if (this.group) query.group = this.group;
    if (this.q?.trim()) query.q = this.q.trim();
    return query;
  }

  private view() {
    return {
      text: this.words.value,
      domain: this.domainWords.value,
      filters: { category: this.category, group: this.group, q: this.q },
      filter: <K extends keyof ResourceFilterValues>(name: K, value: ResourceFilterValues[K]) => {
        (this as ResourceFilterValues)[name] = value;
      },
    };
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
    this.renderRoot.querySelector<HTMLElement>(`article[data-id="${id}"]`)?.focus();
  }

  override render() {
    const view = this.view();
    return html`<div part="base" class="base" lang=${this.locale}>
      <h2>${view.text.title}</h2>
      ${renderFilters(view)}
      ${
        this.remote.status !== 'ready'
          ? renderLoadState(this.remote, this.strings)
          : this.list.items.length === 0
            ? renderEmptyState(this.strings)
            : html`<div part="list" class="cards">
                  ${this.list.items.map((resource) => renderResource(view, resource))}
                </div>
                ${renderMore(this.list, view.text, () => void this.more())}`
      }
      <p part="live" class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </div>`;
  }
}
