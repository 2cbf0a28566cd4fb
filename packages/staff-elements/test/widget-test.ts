import { expect, fixture, html } from '@open-wc/testing';
import { findIn, waitForText } from '../../elements/test/dom.js';
import { refusingClient } from './editor-test.js';
import { DEMO, realServer } from './real-server.js';

/** What a staff widget's test sets on the widget it mounts. */
export interface WidgetAttrs {
  division?: string;
  token?: string | undefined;
  lang?: string;
  elder?: boolean;
  apiBase?: string;
}

/**
 * Mounts the staff widget `tag` on the real server: 锦绣香江社区 in zh-CN unless `attrs` say otherwise,
 * with the widget's own attributes (`extra`, e.g. the review queue's `kind`) as given.
 */
export async function mountWidget<T extends HTMLElement>(
  tag: string,
  attrs: WidgetAttrs = {},
  extra: Record<string, string> = {},
): Promise<T> {
  const { apiBase } = await realServer();
  const widget = document.createElement(tag) as T & { token?: string | undefined };
  widget.setAttribute('api-base', attrs.apiBase ?? apiBase);
  widget.setAttribute('division', attrs.division ?? DEMO.jinxiu);
  for (const [name, value] of Object.entries(extra)) widget.setAttribute(name, value);
  widget.setAttribute('lang', attrs.lang ?? 'zh-CN');
  if (attrs.elder) widget.setAttribute('elder', '');
  widget.token = attrs.token;
  return fixture<T>(html`${widget}`);
}

/** The card of the list's item `id`. */
export const item = (id: string) => `[part="item"][data-id="${id}"]`;

/** The widget `tag` says, in zh-CN, `text` when the server refuses it (403), accessibly. */
export async function showsForbidden(tag: string, text: string, division?: string) {
  const widget = document.createElement(tag) as HTMLElement & { client?: unknown };
  if (division) widget.setAttribute('division', division);
  widget.client = refusingClient();
  const forbidden = await fixture<HTMLElement>(html`${widget}`);
  await waitForText(forbidden, '[part="state-forbidden"]', text);
  await expect(forbidden).to.be.accessible();
}

/** The widget `mount` mounts asks to sign in again for an ended session, and is offline when unreachable. */
export async function showsSignedOutAndOffline(
  mount: (attrs: WidgetAttrs) => Promise<HTMLElement>,
) {
  const ended = await mount({ token: 'st_ended-or-never-was' });
  await waitForText(ended, '[part="state-signed-out"]', '重新登录');
  const offline = await mount({ apiBase: 'http://127.0.0.1:9', token: 'st_x' });
  await findIn(offline, '[part="state-offline"]', 20_000);
  await expect(offline).to.be.accessible();
}
