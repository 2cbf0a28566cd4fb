import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type {
  DivisionIndicators,
  Indicator,
  IndicatorId,
  IndicatorsReport,
  Society,
} from '@wushe/schema';
import { renderLoadState } from '../../internal/load-state.js';
import { fill, LocaleController, LocaleStrings } from '../../internal/locale.js';
import { RemoteController } from '../../internal/remote.js';
import { WusheElement } from '../../internal/wushe-element.js';
import type {} from '../../events/wushe-error.js';
import { renderBreakdown } from './breakdown.js';
import { formatFigure, formatInstant, formatMonth } from './format.js';
import { linkageIndexStyles } from './linkage-index.styles.js';
import { zhCN, type LinkageIndexStrings } from './strings/zh-CN.js';
import { renderTrend } from './trend.js';

const ownStrings = new LocaleStrings<LinkageIndexStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** The five panels, in the order of SPEC §12's table. */
const SOCIETIES: readonly Society[] = [
  'community',
  'social_workers',
  'social_organizations',
  'volunteers',
  'charity',
];

/** The figures that count activity in the period: all zero, the period has no data yet. */
const ACTIVITY: readonly IndicatorId[] = [
  'needs_posted',
  'csat',
  'volunteer_hours',
  'funds_raised',
];

/** A division the reader drilled down from, to go back to. */
interface Step {
  readonly code: string;
  readonly name: string;
}

/**
 * @tagname wushe-linkage-index
 * @summary The linkage index (五社联动评价指标) of a district, street or community, with a drill-down.
 *
 * Five panels — 社区, 社会工作者, 社区社会组织, 社区志愿者, 社区公益慈善资源 — show each indicator
 * of SPEC §12 with its value, numerator and denominator, its published target and who set it, and
 * the 1–5 score the server gives; each indicator's months are drawn in SVG with a table of the
 * same figures. Below the panels the streets (or communities) of the division with their scores:
 * choosing one shows its index, and the trail above leads back. Satisfaction figures from fewer
 * than 10 responses are withheld by the server, and the widget says why; where the district has
 * not entered a year's holidays the widget says the 15 working days skip weekends only. Prints
 * for meetings. Staff read any index with their `client`; a publishable key reads it where the
 * district made it public.
 *
 * @event wushe-error - Loading failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart period - The period the figures cover.
 * @csspart computed-at - When the figures were computed (the server keeps them a few minutes).
 * @csspart breadcrumb - The trail of divisions drilled down from.
 * @csspart calendar-notice - The holiday calendar is not entered for a year of the period.
 * @csspart empty - No data for the period.
 * @csspart panel - One society's panel.
 * @csspart indicator - One indicator with its value, target and score.
 * @csspart score - An indicator's 1–5 score.
 * @csspart breakdown - The projects by kind and status, as a table.
 * @csspart withheld - Why a satisfaction figure is not shown (fewer than 10 responses).
 * @csspart trend - An indicator's months.
 * @csspart trend-graphic - The drawing of the months (hidden from screen readers).
 * @csspart trend-table - The months as a table, behind a disclosure.
 * @csspart below - The divisions below with their scores.
 * @csspart drill - The button that shows a division below.
 * @csspart alert - The widget is misconfigured (no `division`).
 * @csspart state - The load-state panel: loading, offline, or an error.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the index could not be loaded (not public, no such division).
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the index again.
 *
 * @cssproperty --wushe-color-primary - Lines and scores.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheLinkageIndex extends WusheElement {
  static override styles = linkageIndexStyles;

  static override properties = {
    ...WusheElement.properties,
    division: { type: String, reflect: true },
    from: { type: String, reflect: true },
    to: { type: String, reflect: true },
    trail: { state: true },
    shown: { state: true },
  };

  /** The division code (6 digits a district, 9 a street, 12 a community) the index starts at. */
  declare division: string | undefined;
  /** The first day of the period (`YYYY-MM-DD`); a year before `to` when left out. */
  declare from: string | undefined;
  /** The last day of the period (`YYYY-MM-DD`); today when left out. */
  declare to: string | undefined;
  /** The divisions drilled down from, the first the `division` itself. */
  declare private trail: readonly Step[];
  /** The division drilled down to; `undefined`: the `division` itself. */
  declare private shown: string | undefined;
  /** Whether the heading takes the focus once the division drilled to has loaded. */
  private focusOnLoad = false;

  constructor() {
    super();
    this.trail = [];
  }

  private readonly words = new LocaleController(this, ownStrings);
  protected get text(): LinkageIndexStrings {
    return this.words.value;
  }

  /** The index of the division shown, loaded again when it, the period or the configuration change. */
  readonly remote = new RemoteController(this, {
    task: (
      [division, from, to]: readonly [string, string | undefined, string | undefined, ...unknown[]],
      { signal },
    ) =>
      import('./api.js').then(({ fetchIndicators }) =>
        fetchIndicators(this.requester, { division, from, to }, signal),
      ),
    args: () => {
      const division = this.shown ?? this.division;
      return division ? ([division, this.from, this.to, ...this.configArgs()] as const) : undefined;
    },
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A new starting division forgets the drill-down.
    if (changed.has('division')) {
      this.trail = [];
      this.shown = undefined;
    }
  }

  protected override updated(): void {
    if (this.focusOnLoad && this.remote.status === 'ready') {
      this.focusOnLoad = false;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  /** Shows a division below the one shown. */
  private drillDown(from: DivisionIndicators, to: DivisionIndicators): void {
    this.trail = [...this.trail, { code: from.code, name: from.name }];
    this.shown = to.code;
    this.focusOnLoad = true;
  }

  /** Goes back to a division of the trail. */
  private drillUp(index: number): void {
    const step = this.trail[index]!;
    this.trail = this.trail.slice(0, index);
    this.shown = index === 0 ? undefined : step.code;
    this.focusOnLoad = true;
  }

  override render() {
    const report = this.remote.status === 'ready' ? this.remote.value : undefined;
    const shown = report?.divisions[0];
    const t = this.text;
    return html`<div
      part="base"
      class="base"
      aria-busy=${this.remote.status === 'loading' ? 'true' : 'false'}
    >
      <h2 part="title" tabindex="-1">${shown ? fill(t.title, { name: shown.name }) : t.heading}</h2>
      ${
        !this.division
          ? html`<p class="alert" part="alert" role="alert">${t.misconfigured}</p>`
          : report && shown
            ? this.renderReport(report, shown)
            : renderLoadState(this.remote, this.strings, {
                not_found: t.notFound,
                validation_failed: t.notFound,
                indicators_not_public: t.notPublic,
                forbidden: t.notPublic,
              })
      }
    </div>`;
  }

  private renderReport(report: IndicatorsReport, shown: DivisionIndicators): TemplateResult {
    const t = this.text;
    const below = report.divisions.filter((division) => division.parentCode === shown.code);
    // No activity in the period (nothing posted, served, rated or given): the panels still show
    // what stands (social workers, organizations, registered volunteers), under a notice.
    const empty = ACTIVITY.every(
      (id) =>
        !shown.indicators.find((indicator) => indicator.id === id)?.denominator &&
        !shown.indicators.find((indicator) => indicator.id === id)?.value,
    );
    return html`<p class="period" part="period">
        ${fill(t.period, { from: report.from, to: report.to })}
      </p>
      <p class="hint" part="computed-at">
        ${fill(t.computedAt, { time: formatInstant(report.computedAt, this.locale) })}
      </p>
      ${this.renderTrail(shown)}
      ${
        report.calendarKnown
          ? nothing
          : html`<p class="notice calendar" part="calendar-notice" role="note">
              ${t.calendarUnknown}
            </p>`
      }
      ${empty ? html`<p class="notice" part="empty">${t.empty}</p>` : nothing}
      <div class="panels">${SOCIETIES.map((society) => this.renderPanel(society, shown))}</div>
      ${below.length > 0 ? this.renderBelow(shown, below) : nothing}`;
  }

  private renderTrail(shown: DivisionIndicators): TemplateResult | typeof nothing {
    if (this.trail.length === 0) return nothing;
    return html`<nav class="trail" part="breadcrumb" aria-label=${this.text.breadcrumb}>
      <ol>
        ${this.trail.map(
          (step, i) =>
            html`<li>
              <button
                type="button"
                class="link"
                @click=${() => {
                  this.drillUp(i);
                }}
              >
                ${step.name}
              </button>
            </li>`,
        )}
        <li aria-current="page">${shown.name}</li>
      </ol>
    </nav>`;
  }

  private renderPanel(society: Society, shown: DivisionIndicators): TemplateResult {
    const id = `panel-${society}`;
    return html`<section class="panel" part="panel" aria-labelledby=${id}>
      <h3 id=${id}>${this.text.societies[society]}</h3>
      <ul>
        ${shown.indicators
          .filter((indicator) => indicator.society === society)
          .map((indicator) => this.renderIndicator(indicator))}
      </ul>
    </section>`;
  }

  private format(indicator: Indicator, value: number): string {
    return formatFigure(value, indicator.unit, this.locale, this.text);
  }

  private renderIndicator(indicator: Indicator): TemplateResult {
    const t = this.text;
    const name = t.indicators[indicator.id];
    const withheld = (n: number | null) => fill(t.withheld, { count: this.number(n ?? 0) });
    const shownValue = !indicator.available
      ? t.notYet
      : indicator.value === null
        ? t.noValue
        : this.format(indicator, indicator.value);
    const parts =
      indicator.available &&
      indicator.unit !== 'count' &&
      indicator.numerator !== null &&
      indicator.denominator !== null
        ? fill(t.ofTotal, {
            numerator: this.number(indicator.numerator),
            denominator: this.number(indicator.denominator),
          })
        : '';
    return html`<li class="indicator" part="indicator">
      <p class="name">${name}</p>
      <p class="value">
        ${shownValue} ${parts ? html`<span class="parts">(${parts})</span>` : nothing}
      </p>
      ${
        indicator.breakdown?.length
          ? renderBreakdown(indicator.breakdown, name, t, (count) => this.number(count))
          : nothing
      }
      ${
        indicator.withheld
          ? html`<p class="hint" part="withheld">${withheld(indicator.denominator)}</p>`
          : nothing
      }
      <p class="hint target">
        ${
          indicator.target
            ? fill(t.target, {
                comparison: indicator.target.comparison === 'at_least' ? t.atLeast : t.atMost,
                value: this.format(indicator, indicator.target.value),
                source: indicator.target.source,
              })
            : t.noTarget
        }
        ${
          indicator.score !== null
            ? html`<span class="score score-${indicator.score}" part="score"
                >${fill(t.score, { score: indicator.score })}</span
              >`
            : nothing
        }
      </p>
      ${
        indicator.calendarKnown === false
          ? html`<p class="hint calendar-figure">${t.calendarFigure}</p>`
          : nothing
      }
      ${
        indicator.series?.some((month) => month.value !== null)
          ? renderTrend(indicator.series, {
              summary: t.trendTable,
              caption: `${name}: ${t.trend}`,
              month: t.month,
              value: t.value,
              noValue: t.noValue,
              withheld: (month) => withheld(month.denominator),
              target: indicator.target?.value ?? null,
              format: (value) => this.format(indicator, value),
              formatMonth: (month) => formatMonth(month, this.locale),
            })
          : nothing
      }
    </li>`;
  }

  private renderBelow(shown: DivisionIndicators, below: readonly DivisionIndicators[]) {
    const t = this.text;
    const level = t.levels[below[0]!.level];
    const scored = shown.indicators.filter((indicator) => indicator.target !== null);
    return html`<section class="below" part="below" aria-labelledby="below-heading">
      <h3 id="below-heading">${fill(t.below, { level })}</h3>
      <div class="scroll">
        <table>
          <caption class="visually-hidden">
            ${fill(t.belowCaption, { level })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.division}</th>
              ${scored.map((indicator) => html`<th scope="col">${t.indicators[indicator.id]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${below.map(
              (division) =>
                html`<tr>
                  <th scope="row">
                    <button
                      type="button"
                      class="link"
                      part="drill"
                      aria-label=${fill(t.open, { name: division.name })}
                      @click=${() => {
                        this.drillDown(shown, division);
                      }}
                    >
                      ${division.name}
                    </button>
                  </th>
                  ${scored.map((indicator) => {
                    const score = division.indicators.find(
                      (each) => each.id === indicator.id,
                    )?.score;
                    return html`<td class=${score ? `score-${score}` : ''}>
                      ${score ?? t.noValue}
                    </td>`;
                  })}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }
}
