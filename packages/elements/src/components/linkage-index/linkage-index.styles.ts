import { css } from 'lit';
import { loadStateStyles } from '../../styles/load-state.js';
import { tokens } from '../../styles/tokens.js';

/*
 * Comments stay out of the CSS (a css`` template ships as written):
 * - scores 1–2 are marked with the danger colour and 5 with success; the score is written out
 *   too, so colour is never the only sign;
 * - print: no buttons' chrome, panels kept whole on a page, the trend drawings in black.
 */
export const linkageIndexStyles = [
  tokens,
  loadStateStyles,
  css`
    .base {
      padding: 1em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    h2,
    h3 {
      margin: 0 0 0.5em;
      font-size: 1.25em;
      line-height: 1.3;
    }
    h3 {
      font-size: 1.1em;
    }
    p {
      margin: 0 0 var(--_gap);
    }
    h2:focus {
      outline: none;
    }
    h2:focus-visible {
      outline: 3px solid var(--_focus);
    }
    .hint {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .notice,
    .alert {
      padding: 0.5em 0.75em;
      background: var(--_surface-alt);
      border-radius: var(--_radius);
    }
    .alert {
      border-left: 4px solid var(--_danger);
    }
    .period {
      color: var(--_muted);
    }
    .trail ol {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.5em;
      margin: 0 0 var(--_gap);
      padding: 0;
      list-style: none;
    }
    .trail li + li::before {
      content: '›';
      margin-inline-end: 0.5em;
      color: var(--_muted);
    }
    .trail li[aria-current] {
      display: inline-flex;
      align-items: center;
      font-weight: 600;
    }
    .link {
      display: inline-flex;
      visibility: visible;
      align-items: center;
      min-height: var(--_target);
      padding: 0 0.25em;
      border: 0;
      background: none;
      color: var(--_primary);
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }
    .link:focus-visible,
    summary:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .calendar {
      border-left: 4px solid var(--_danger);
    }
    .panels {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18em, 1fr));
      gap: var(--_gap);
      margin-bottom: var(--_gap);
    }
    .panel {
      padding: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .panel ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .indicator + .indicator {
      margin-top: 0.75em;
      padding-top: 0.75em;
      border-top: 1px solid var(--_border);
    }
    .indicator p {
      margin: 0 0 0.25em;
    }
    .name {
      font-weight: 600;
    }
    .value {
      font-size: 1.5em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .parts {
      font-size: 0.6em;
      font-weight: 400;
      color: var(--_muted);
    }
    .score {
      display: inline-block;
      margin-inline-start: 0.5em;
      padding: 0 0.4em;
      border: 1px solid currentColor;
      border-radius: var(--_radius);
      color: var(--_text);
      font-weight: 600;
    }
    .score-1,
    .score-2 {
      color: var(--_danger);
    }
    .score-5 {
      color: var(--_success);
    }
    .calendar-figure {
      color: var(--_danger);
    }
    .trend-graphic {
      display: block;
      width: 100%;
      height: 3em;
      margin: 0.25em 0;
    }
    .trend-graphic .axis {
      stroke: var(--_border);
      stroke-width: 1;
      vector-effect: non-scaling-stroke;
    }
    .trend-graphic .target-line {
      stroke: var(--_muted);
      stroke-width: 1;
      stroke-dasharray: 4 3;
      vector-effect: non-scaling-stroke;
    }
    .trend-graphic .line {
      fill: none;
      stroke: var(--_primary);
      stroke-width: 2;
      vector-effect: non-scaling-stroke;
    }
    .trend-graphic .dot {
      fill: var(--_primary);
    }
    summary {
      min-height: var(--_target);
      display: flex;
      align-items: center;
      color: var(--_primary);
      cursor: pointer;
    }
    table {
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      color: var(--_muted);
    }
    th,
    td {
      padding: 0.25em 0.5em;
      border-bottom: 1px solid var(--_border);
      text-align: start;
    }
    td {
      text-align: end;
    }
    .breakdown {
      margin: 0.25em 0;
      font-size: 0.9em;
    }
    .below h3 {
      margin-top: var(--_gap);
    }
    .scroll {
      overflow-x: auto;
    }
    .below thead th {
      font-size: 0.85em;
      font-weight: 600;
      vertical-align: bottom;
    }
    @media print {
      .base {
        border: 0;
        padding: 0;
        color: #000;
        background: #fff;
      }
      .panel,
      .indicator {
        break-inside: avoid;
      }
      .link {
        min-height: 0;
        padding: 0;
        color: #000;
        text-decoration: none;
      }
      summary,
      .state button {
        display: none;
      }
      .trend-graphic .line {
        stroke: #000;
      }
      .trend-graphic .dot {
        fill: #000;
      }
    }
  `,
];
