import { html, nothing, type TemplateResult } from 'lit';
import type { Estimate, Question, QuestionResult, Survey, SurveyResults } from '@wushe/schema';
import { renderLoadState } from '../../internal/load-state.js';
import { RemoteController } from '../../internal/remote.js';
import { fill, LocaleController, LocaleStrings } from '../../internal/locale.js';
import { RATING_ORDER, SurveyElement } from '../survey/survey-element.js';
import { renderDistribution, renderInterval, type Bar } from './chart.js';
import { surveyResultsStyles } from './survey-results.styles.js';
import { zhCN, type SurveyResultsStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<SurveyResultsStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

interface Loaded {
  readonly survey: Survey;
  readonly results: SurveyResults;
}

/** NPS groups by score: 0–6 detractors, 7–8 passives, 9–10 promoters (as the server counts). */
const npsGroup = (score: number) =>
  score <= 6 ? 'detractor' : score <= 8 ? 'passive' : ('promoter' as const);

/**
 * @tagname wushe-survey-results
 * @summary The public results of a satisfaction survey (满意度评价结果), honest about uncertainty and small numbers.
 *
 * Shows how many responded; CSAT (the share rating 满意 or 非常满意) with its 95% Wilson interval;
 * NPS with its 95% adjusted-Wald interval; and for each question its distribution, drawn in SVG
 * with a table of the same figures for screen readers, and the mean of ratings and scores. The
 * figures are the server's own; any computed from fewer than 10 answers is withheld by the
 * server, and the widget says why. Set `subject` for one project's, activity's or community's
 * results; leave it out for the whole survey.
 *
 * @event wushe-error - Loading failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart count - How many responded.
 * @csspart summary - The CSAT and NPS figures.
 * @csspart figure - One headline figure (CSAT or NPS) with its interval.
 * @csspart interval-graphic - The drawing of an interval.
 * @csspart question - Each question's results.
 * @csspart chart - A distribution's bars (hidden from screen readers, which read the table).
 * @csspart table - The distribution as a table (visually hidden).
 * @csspart withheld - Why figures are not shown (fewer than 10 answers).
 * @csspart notice - No responses yet.
 * @csspart alert - The widget is misconfigured (no `survey`).
 * @csspart state - The load-state panel: loading, offline, or an error.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the results could not be loaded (not public, or no such survey).
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the results again.
 *
 * @cssproperty --wushe-color-primary - Bars and marks.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheSurveyResults extends SurveyElement {
  static override styles = surveyResultsStyles;

  static override properties = {
    ...SurveyElement.properties,
    survey: { type: String, reflect: true },
    subject: { type: String, reflect: true },
  };

  /** The survey's id (`svy_…`). */
  declare survey: string | undefined;
  /**
   * One subject's results (a project's, an activity's, an organization's id, or a community's
   * code); left out, the results of every subject of the survey together.
   */
  declare subject: string | undefined;

  private readonly words = new LocaleController(this, ownStrings);
  /** This widget's own wording, in its locale. */
  protected get text(): SurveyResultsStrings {
    return this.words.value;
  }

  /** The survey and its results, loaded again when the survey, subject or configuration change. */
  readonly remote = new RemoteController(this, {
    task: ([survey, subject]: readonly [string, string | undefined, ...unknown[]], { signal }) =>
      this.load(survey, subject, signal),
    args: () =>
      this.survey ? ([this.survey, this.subject, ...this.configArgs()] as const) : undefined,
  });

  private async load(
    id: string,
    subject: string | undefined,
    signal: AbortSignal,
  ): Promise<Loaded> {
    const { fetchSurvey, fetchResults } = await import('../survey/api.js');
    const [survey, results] = await Promise.all([
      fetchSurvey(this.requester, id, signal),
      fetchResults(this.requester, id, subject, signal),
    ]);
    return { survey, results };
  }

  private percent(value: number): string {
    return this.number(value / 100, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
  }

  private score(value: number): string {
    return this.number(value, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
  }

  override render() {
    const loaded = this.remote.status === 'ready' ? this.remote.value : undefined;
    const t = this.text;
    return html`<div
      part="base"
      class="base"
      aria-busy=${this.remote.status === 'loading' ? 'true' : 'false'}
    >
      <h2 part="title">${loaded ? fill(t.title, { title: loaded.survey.title }) : t.heading}</h2>
      ${
        !this.survey
          ? html`<p class="alert" part="alert" role="alert">${t.misconfigured}</p>`
          : loaded
            ? this.renderResults(loaded)
            : renderLoadState(this.remote, this.strings, {
                not_found: t.notFound,
                // A malformed id or subject: trying again cannot mend it.
                validation_failed: t.notFound,
                results_not_public: t.notPublic,
              })
      }
    </div>`;
  }

  private renderResults({ survey, results }: Loaded): TemplateResult {
    const t = this.text;
    const count = html`<p class="count" part="count">
      ${fill(t.responses, { count: this.number(results.n) })}
    </p>`;
    if (results.n === 0)
      return html`${count}
        <p class="notice" part="notice">${t.none}</p>`;
    if (results.suppressed && results.n < results.minimumN) {
      return html`${count}${this.withheld(t.withheldAll, results.minimumN)}`;
    }
    const has = (type: Question['type']) => survey.questions.some((q) => q.type === type);
    return html`${count}
      <div class="summary" part="summary">
        ${
          has('rating')
            ? this.renderFigure('csat', t.csat, t.csatExplained, results, results.csat, [0, 100])
            : nothing
        }
        ${
          has('nps')
            ? this.renderFigure('nps', t.nps, t.npsExplained, results, results.nps, [-100, 100])
            : nothing
        }
      </div>
      ${results.csat || results.nps ? html`<p class="hint">${t.intervalExplained}</p>` : nothing}
      ${survey.questions.map((question) => {
        const result = results.questions.find((each) => each.questionId === question.id);
        return result ? this.renderQuestion(question, result, results.minimumN) : nothing;
      })}`;
  }

  private withheld(template: string, minimum: number): TemplateResult {
    return html`<p class="notice withheld" part="withheld">
      ${fill(template, { minimum: this.number(minimum) })}
    </p>`;
  }

  private renderFigure(
    kind: 'csat' | 'nps',
    label: string,
    explained: string,
    results: SurveyResults,
    estimate: Estimate | null,
    scale: readonly [number, number],
  ): TemplateResult {
    const format = kind === 'csat' ? (v: number) => this.percent(v) : (v: number) => this.score(v);
    return html`<section class="figure ${kind}" part="figure">
      <h3>${label}</h3>
      ${
        estimate
          ? html`<p class="value">${format(estimate.value)}</p>
              <p class="interval">
                ${fill(this.text.interval, { low: format(estimate.low), high: format(estimate.high) })}
              </p>
              ${renderInterval(estimate, scale)}`
          : this.withheld(this.text.withheldQuestion, results.minimumN)
      }
      <p class="hint">${explained}</p>
    </section>`;
  }

  private renderQuestion(
    question: Question,
    result: QuestionResult,
    minimum: number,
  ): TemplateResult {
    const t = this.text;
    const meta = [fill(t.answered, { count: this.number(result.n) })];
    if (result.mean !== null) {
      const mean = this.number(result.mean, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      meta.push(fill(t.mean, { mean }));
    }
    return html`<section class="question" part="question">
      <h3>${question.prompt}</h3>
      <p class="meta">${meta.join(' · ')}</p>
      ${
        question.type === 'text'
          ? html`<p class="hint">${t.textNotShown}</p>`
          : result.distribution
            ? html`${renderDistribution(this.bars(question, result), {
                caption: fill(t.tableCaption, { prompt: question.prompt }),
                choice: t.choice,
                count: t.count,
                share: t.share,
                formatCount: (count) => this.number(count),
                formatShare: (share) =>
                  this.number(share, { style: 'percent', maximumFractionDigits: 1 }),
              })}
              ${
                question.type === 'multi' || question.type === 'nps'
                  ? html`<p class="hint">${question.type === 'nps' ? t.npsGroups : t.multiNote}</p>`
                  : nothing
              }`
            : this.withheld(t.withheldQuestion, minimum)
      }
    </section>`;
  }

  /** The bars of a question, labelled as the survey offered the answers (best rating first). */
  private bars(question: Question, result: QuestionResult): Bar[] {
    const counts = new Map((result.distribution ?? []).map((entry) => [entry.value, entry.count]));
    const share = (count: number) => (result.n > 0 ? count / result.n : 0);
    const bar = (value: number | string, label: string, group?: Bar['group']): Bar => {
      const count = counts.get(value) ?? 0;
      return { label, count, share: share(count), group };
    };
    switch (question.type) {
      case 'rating':
        return RATING_ORDER.map((level) => bar(level, this.text.levels[level]));
      case 'nps':
        return [...counts.keys()].map((score) =>
          bar(score, this.number(Number(score)), npsGroup(Number(score))),
        );
      case 'single':
      case 'multi':
        return question.options.map((option) => bar(option.id, option.label));
      case 'text':
        return [];
    }
  }
}
