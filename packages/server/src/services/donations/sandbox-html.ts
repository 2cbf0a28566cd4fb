/**
 * HTML for the sandbox checkout. Pages are built with the `html` tag, which escapes every value
 * it interpolates unless it is itself `Html`: a fund name or a return URL can never inject markup.
 * No script and no inline style anywhere, so the pages work under the strict policy below.
 */

export class Html {
  constructor(readonly value: string) {}
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** What a page may interpolate: text and numbers are escaped, `Html` is taken as it is. */
type Interpolation = string | number | Html | false | null | undefined;

function render(value: Interpolation): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Where the stylesheet is served: `style-src 'self'` allows it where an inline style would not be. */
export const SANDBOX_STYLESHEET_PATH = '/sandbox/sandbox.css';

/**
 * Nothing but our own stylesheet and forms posting back to us. `form-action 'self'` still lets
 * the result page link anywhere: following a link is navigation, which the policy leaves alone.
 */
export const SANDBOX_PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
} as const;

export const SANDBOX_STYLESHEET = `
:root { color-scheme: light dark; font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
body { margin: 0; padding: 32px 16px; background: Canvas; color: CanvasText; font-size: 18px; line-height: 1.5; }
main { max-width: 480px; margin: 0 auto; padding: 24px; border: 1px solid GrayText; border-radius: 12px; }
.notice { margin: 0 0 16px; padding: 8px 12px; border-radius: 8px; background: #fff4ce; color: #4d3800; font-size: 16px; }
h1 { margin: 0 0 16px; font-size: 26px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 8px 16px; margin: 0 0 24px; }
dt { color: GrayText; }
dd { margin: 0; overflow-wrap: anywhere; }
.amount { font-size: 28px; font-weight: 700; }
form { display: flex; flex-direction: column; gap: 12px; margin: 0 0 16px; }
button { min-height: 60px; border: 0; border-radius: 8px; font: inherit; cursor: pointer; background: #b3261e; color: #fff; }
button.secondary { background: transparent; color: inherit; border: 1px solid GrayText; }
button:focus-visible, a:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
a { color: LinkText; }
`;

/** A whole page around `content`. */
export function sandboxPage(title: string, content: Html): string {
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title} · wushe 沙箱支付</title>
        <link rel="stylesheet" href="${SANDBOX_STYLESHEET_PATH}" />
      </head>
      <body>
        <main>
          <p class="notice">沙箱支付：仅供演示，不会真实扣款。</p>
          ${content}
        </main>
      </body>
    </html> `.value;
}

const YUAN = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });

/** Fen as the donor reads it: `¥1,234.50`. */
export function formatYuan(fen: number): string {
  return YUAN.format(fen / 100);
}

/**
 * The `return` parameter as a link target: only an absolute http(s) URL, so a crafted link cannot
 * smuggle a `javascript:` URL into the page.
 */
export function safeReturnUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
