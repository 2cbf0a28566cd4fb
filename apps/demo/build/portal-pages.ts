import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const LAYOUT = 'layout.html';

/** The frame's comment-only parts: a page may not contain them, or they would repeat. */
const SLOT = (name: string) => `<!-- page:${name} -->`;

/** A page file: its `<title>`, its description `<meta>` and its `<main>`, in that order. */
const PAGE =
  /^<title>([^<]+)<\/title>\s*(<meta\s+name="description"[^>]*\/>)\s*(<main[\s\S]*<\/main>)\s*$/;

/** The path the masthead's menu links a page by: `/` for the home page, else `/<file>`. */
export function pagePath(file: string): string {
  return file === 'index.html' ? '/' : `/${file}`;
}

/**
 * One portal page: the shared frame (`layout.html`) with the page's title, description and
 * `<main>` filled in and its menu entry marked `aria-current="page"`. Their lines are indented
 * to sit inside `<head>` and `<body>`, so the built page reads like a hand-written one.
 */
export function renderPortalPage(layout: string, file: string, page: string): string {
  const parts = PAGE.exec(page);
  if (!parts) {
    throw new Error(
      `portal/${file}: expected <title>, <meta name="description" …/> and <main>…</main>, in order`,
    );
  }
  const [, title, description, main] = parts as unknown as [string, string, string, string];
  const link = `<a href="${pagePath(file)}">`;
  if (!layout.includes(link)) throw new Error(`portal/${file}: the masthead has no ${link}`);
  const indent = (html: string) => html.replace(/\n(?=.)/g, '\n    ');
  return layout
    .replace(/<!--\n[\s\S]*?-->\n/, '')
    .replace(SLOT('title'), title)
    .replace(SLOT('description'), indent(description))
    .replace(SLOT('main'), indent(main))
    .replace(link, `<a href="${pagePath(file)}" aria-current="page">`);
}

/**
 * The portal's plain pages, built from `portal/`: every `portal/<page>.html` holds only what is
 * its own (title, description, `<main>`) and `portal/layout.html` the head, masthead, location
 * and footer they share, so a menu entry or a footer link is changed in one place. The output is
 * still one static HTML file per page with one `<script type="module">`, as a district's web
 * server would hold it.
 */
export function portalPages(dir: string): Plugin {
  return {
    name: 'wushe-portal-pages',
    apply: 'build',
    generateBundle() {
      const layout = readFileSync(join(dir, LAYOUT), 'utf8');
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.html') && f !== LAYOUT)) {
        const source = renderPortalPage(layout, file, readFileSync(join(dir, file), 'utf8'));
        this.emitFile({ type: 'asset', fileName: file, source });
      }
    },
  };
}
