import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { IndicatorMonth } from '@wushe/schema';

/** What a trend needs besides its months: the target line, the wording, the formatting. */
export interface TrendWording {
  readonly summary: string;
  readonly caption: string;
  readonly month: string;
  readonly value: string;
  readonly noValue: string;
  withheld(month: IndicatorMonth): string;
  readonly target: number | null;
  format(value: number): string;
  formatMonth(month: string): string;
}

const WIDTH = 100;
const HEIGHT = 30;

/**
 * An indicator's months as a line in SVG (a gap where a month has no figure or is withheld; the
 * target as a dashed line), and the same months as a table behind a disclosure: the table is the
 * alternative for anyone who cannot read the drawing. Coordinates are SVG attributes, never
 * inline styles, so a strict CSP (`style-src 'self'`) allows them.
 */
export function renderTrend(
  months: readonly IndicatorMonth[],
  wording: TrendWording,
): TemplateResult {
  const values = months.map((month) => month.value);
  const known = values.filter((value): value is number => value !== null);
  const top = Math.max(...known, wording.target ?? 0, 0);
  const bottom = Math.min(...known, 0);
  const span = top - bottom || 1;
  const x = (i: number) => (months.length <= 1 ? WIDTH / 2 : (i / (months.length - 1)) * WIDTH);
  const y = (value: number) => HEIGHT - 2 - ((value - bottom) / span) * (HEIGHT - 4);
  // Runs of consecutive months with a figure, each drawn as one line.
  const runs: string[][] = [];
  values.forEach((value, i) => {
    if (value === null) return;
    const point = `${x(i).toFixed(2)},${y(value).toFixed(2)}`;
    if (i > 0 && values[i - 1] !== null) runs.at(-1)!.push(point);
    else runs.push([point]);
  });
  const lines: SVGTemplateResult[] = runs.map((points) =>
    points.length === 1
      ? svg`<circle class="dot" cx=${points[0]!.split(',')[0]!} cy=${points[0]!.split(',')[1]!} r="1.2"></circle>`
      : svg`<polyline class="line" points=${points.join(' ')}></polyline>`,
  );
  return html`<div class="trend" part="trend">
    <svg
      class="trend-graphic"
      part="trend-graphic"
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <line class="axis" x1="0" x2=${WIDTH} y1=${y(0)} y2=${y(0)}></line>
      ${
        wording.target !== null
          ? svg`<line class="target-line" x1="0" x2=${WIDTH} y1=${y(wording.target)} y2=${y(wording.target)}></line>`
          : nothing
      }
      ${lines}
    </svg>
    <details part="trend-table">
      <summary>${wording.summary}</summary>
      <table>
        <caption>
          ${wording.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${wording.month}</th>
            <th scope="col">${wording.value}</th>
          </tr>
        </thead>
        <tbody>
          ${months.map(
            (month) =>
              html`<tr>
                <th scope="row">${wording.formatMonth(month.month)}</th>
                <td>
                  ${
                    month.withheld
                      ? wording.withheld(month)
                      : month.value === null
                        ? wording.noValue
                        : wording.format(month.value)
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </div>`;
}
