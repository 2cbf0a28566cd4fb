import { css } from 'lit';
import { loadStateStyles } from '../../styles/load-state.js';
import { tokens } from '../../styles/tokens.js';
import { surveyFrame } from '../survey/survey.styles.js';

export const surveyResultsStyles = [
  tokens,
  surveyFrame,
  loadStateStyles,
  css`
    .count {
      font-weight: 600;
    }
    .summary {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
      gap: var(--_gap);
      margin-bottom: var(--_gap);
    }
    .figure {
      padding: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .figure h3 {
      margin-bottom: 0.25em;
      font-size: 1em;
    }
    .figure .value {
      margin: 0;
      font-size: 2em;
      font-weight: 700;
      line-height: 1.2;
      font-variant-numeric: tabular-nums;
    }
    .figure .interval {
      margin: 0 0 0.25em;
      font-variant-numeric: tabular-nums;
    }
    .figure .hint:last-child,
    .figure .withheld {
      margin-bottom: 0;
    }
    .figure .withheld {
      margin-bottom: 0.5em;
    }
    .interval-graphic {
      display: block;
      width: 100%;
      height: 0.9em;
      margin-bottom: 0.5em;
    }
    .interval-graphic .track {
      fill: var(--_border);
    }
    .interval-graphic .zero {
      fill: var(--_text);
    }
    .interval-graphic .band {
      fill: var(--_primary);
      fill-opacity: 0.35;
    }
    .interval-graphic .point {
      fill: var(--_primary);
    }
    .question {
      padding-top: var(--_gap);
      border-top: 1px solid var(--_border);
      margin-top: var(--_gap);
    }
    .meta {
      color: var(--_muted);
    }
    .chart {
      display: grid;
      grid-template-columns: minmax(4em, max-content) minmax(4em, 1fr) max-content;
      align-items: center;
      gap: 0.4em 0.75em;
      margin-bottom: var(--_gap);
    }
    .chart .label {
      overflow-wrap: anywhere;
    }
    .bar {
      display: block;
      width: 100%;
      height: 1.1em;
    }
    .bar .track {
      fill: var(--_surface-alt);
    }
    .bar .fill {
      fill: var(--_primary);
    }
    .bar.promoter .fill {
      fill: var(--_success);
    }
    .bar.passive .fill {
      fill: var(--_muted);
    }
    .bar.detractor .fill {
      fill: var(--_danger);
    }
    .amount {
      font-variant-numeric: tabular-nums;
      text-align: end;
      white-space: nowrap;
    }
    .share {
      color: var(--_muted);
      margin-inline-start: 0.25em;
    }
  `,
];
