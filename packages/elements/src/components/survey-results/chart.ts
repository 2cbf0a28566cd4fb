import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Estimate } from '@wushe/schema';

/** One bar of a distribution: what was answered, by how many, as a share of those who answered. */
export interface Bar {
  readonly label: string;
  readonly count: number;
  /** 0 to 1. */
  readonly share: number;
  /** An NPS score's group, for its colour; the table and the labels carry the same facts. */
  readonly group?: 'detractor' | 'passive' | 'promoter' | undefined;
}

export interface ChartWording {
  readonly caption: string;
  readonly choice: string;
  readonly count: string;
  readonly share: string;
  formatCount(count: number): string;
  formatShare(share: number): string;
}

/**
 * A distribution as horizontal bars in SVG, and the same figures as a table for screen readers.
 * Bar lengths are SVG attributes (`width`), not inline styles, so a page's strict CSP
 * (`style-src 'self'`) allows them; the drawing is hidden from assistive technology, which reads
 * the table instead.
 */
export function renderDistribution(bars: readonly Bar[], wording: ChartWording): TemplateResult {
  return html`<div class="chart" part="chart" aria-hidden="true">
      ${bars.map(
        (bar) =>
          html`<span class="label">${bar.label}</span>
            <svg
              class="bar ${bar.group ?? ''}"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              focusable="false"
            >
              <rect class="track" width="100" height="10"></rect>
              <rect class="fill" width=${(bar.share * 100).toFixed(2)} height="10"></rect>
            </svg>
            <span class="amount"
              >${wording.formatCount(bar.count)}
              <span class="share">${wording.formatShare(bar.share)}</span></span
            >`,
      )}
    </div>
    <table class="visually-hidden" part="table">
      <caption>
        ${wording.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${wording.choice}</th>
          <th scope="col">${wording.count}</th>
          <th scope="col">${wording.share}</th>
        </tr>
      </thead>
      <tbody>
        ${bars.map(
          (bar) =>
            html`<tr>
              <th scope="row">${bar.label}</th>
              <td>${wording.formatCount(bar.count)}</td>
              <td>${wording.formatShare(bar.share)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

/**
 * An estimate on its scale: the 95% interval as a band and the observed value as a mark, with 0
 * marked on a scale that crosses it (NPS). Decoration: the numbers are written out beside it.
 */
export function renderInterval(
  estimate: Estimate,
  [minimum, maximum]: readonly [number, number],
): TemplateResult {
  const at = (value: number) =>
    (((Math.min(maximum, Math.max(minimum, value)) - minimum) / (maximum - minimum)) * 100).toFixed(
      2,
    );
  const low = Number(at(estimate.low));
  const high = Number(at(estimate.high));
  return html`<svg
    class="interval-graphic"
    part="interval-graphic"
    viewBox="0 0 100 12"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    <rect class="track" y="5" width="100" height="2"></rect>
    ${
      minimum < 0 && maximum > 0
        ? svg`<rect class="zero" x=${Number(at(0)) - 0.25} width="0.5" height="12"></rect>`
        : nothing
    }
    <rect class="band" x=${low} y="2" width=${Math.max(0.5, high - low)} height="8"></rect>
    <rect class="point" x=${Number(at(estimate.value)) - 0.75} width="1.5" height="12"></rect>
  </svg>`;
}
