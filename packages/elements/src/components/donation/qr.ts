import { html, svg, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/**
 * A QR code of `text` as inline SVG, built with Lit's `svg` template: no `innerHTML` of a string
 * and no inline style, so it renders under a strict CSP. One `<path>` of horizontal runs keeps
 * the DOM small. Black on white whatever the theme: phone cameras read dark-on-light codes best.
 * Loaded only when a platform fund is shown to a desktop visitor, so `uqr` costs nothing otherwise.
 */
export function qrCode(text: string, label: string): TemplateResult {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  });
  return html`<svg
    part="qr"
    class="qr"
    viewBox=${`0 0 ${size} ${size}`}
    role="img"
    aria-label=${label}
  >
    ${svg`<rect width=${size} height=${size} fill="#ffffff"></rect><path d=${path} fill="#000000"></path>`}
  </svg>`;
}
