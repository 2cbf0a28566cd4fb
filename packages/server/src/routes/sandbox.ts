import type { Context } from 'hono';
import { and, eq } from 'drizzle-orm';
import type { ApiErrorBody, DonationStatus } from '@wushe/schema';
import { donations, funds } from '../db/tables/index.js';
import type { App, AppDeps, AppEnv } from '../http/route.js';
import { SIGNATURE_HEADER, signPayload } from '../http/signature.js';
import { randomString } from '../services/ids.js';
import { SANDBOX_CHECKOUT_PATH } from '../services/payments.js';
import {
  formatYuan,
  html,
  safeReturnUrl,
  SANDBOX_PAGE_HEADERS,
  SANDBOX_STYLESHEET,
  SANDBOX_STYLESHEET_PATH,
  sandboxPage,
  type Html,
} from '../services/donations/sandbox-html.js';

/** References are short; anything longer is not one of ours and is not looked up. */
const MAX_REFERENCE_LENGTH = 64;

interface Checkout {
  readonly id: string;
  readonly reference: string;
  readonly amountFen: number;
  readonly status: string;
  readonly fundName: string;
}

/** What a donor is told about a donation that is no longer waiting for payment. */
const SETTLED: Record<Exclude<DonationStatus, 'pending'>, { title: string; text: string }> = {
  succeeded: { title: '支付成功（模拟）', text: '感谢您的捐赠，款项已计入基金。' },
  failed: { title: '支付未完成（模拟）', text: '这笔捐赠已标记为支付失败，没有扣款。' },
  refunded: { title: '已退款', text: '这笔捐赠已退款。' },
};

/**
 * The sandbox payment provider's checkout (not part of /v1): a plain HTML page where a demo donor
 * "pays", and whose button makes the provider's HMAC-signed callback to our own confirm route:
 * the same path a real provider's notification takes, signature check included.
 */
export function registerSandboxRoutes(app: App, deps: AppDeps): void {
  app.get(SANDBOX_STYLESHEET_PATH, (c) =>
    c.body(SANDBOX_STYLESHEET, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );

  app.get(`${SANDBOX_CHECKOUT_PATH}/:reference`, async (c) => {
    const checkout = await findCheckout(deps, c.req.param('reference'));
    const back = safeReturnUrl(c.req.query('return'));
    if (!checkout) return notFoundPage(c, back);
    if (checkout.status !== 'pending') {
      const settled = SETTLED[checkout.status as keyof typeof SETTLED];
      return page(c, 200, settled.title, summary(checkout), html`<p>${settled.text}</p>`, back);
    }
    const action = `${SANDBOX_CHECKOUT_PATH}/${encodeURIComponent(checkout.reference)}/pay${
      back ? `?return=${encodeURIComponent(back)}` : ''
    }`;
    const form = html`<form method="post" action="${action}">
      <button type="submit" name="outcome" value="succeeded">确认支付（模拟）</button>
      <button type="submit" name="outcome" value="failed" class="secondary">模拟支付失败</button>
    </form>`;
    return page(c, 200, '确认捐赠', summary(checkout), form, back, '取消并返回');
  });

  app.post(`${SANDBOX_CHECKOUT_PATH}/:reference/pay`, async (c) => {
    const back = safeReturnUrl(c.req.query('return'));
    const checkout = await findCheckout(deps, c.req.param('reference'));
    if (!checkout) return notFoundPage(c, back);
    const form = await c.req.parseBody();
    if (form.outcome !== 'succeeded' && form.outcome !== 'failed') {
      return page(c, 400, '无法处理', summary(checkout), html`<p>请从支付页面重新提交。</p>`, back);
    }

    const confirmation = await sendSignedCallback(app, deps, checkout.id, form.outcome);
    if (confirmation.ok) {
      const settled = SETTLED[form.outcome];
      return page(c, 200, settled.title, summary(checkout), html`<p>${settled.text}</p>`, back);
    }
    if (confirmation.code === 'donation_not_pending') {
      const text = html`<p>这笔捐赠已经处理过，不会重复计入。</p>`;
      return page(c, 409, '已处理', summary(checkout), text, back);
    }
    const text = html`<p>支付确认没有成功，请稍后再试。（错误码：${confirmation.code}）</p>`;
    return page(c, 502, '确认失败', summary(checkout), text, back);
  });
}

/** A sandbox donation by its reference, with its fund's name; other channels are not ours. */
async function findCheckout(deps: AppDeps, reference: string): Promise<Checkout | undefined> {
  if (reference.length > MAX_REFERENCE_LENGTH) return undefined;
  const [row] = await deps.db
    .select({
      id: donations.id,
      reference: donations.reference,
      amountFen: donations.amountFen,
      status: donations.status,
      fundName: funds.name,
    })
    .from(donations)
    .innerJoin(funds, eq(funds.id, donations.fundId))
    .where(and(eq(donations.reference, reference), eq(donations.channel, 'sandbox')));
  return row;
}

/**
 * The provider's notification, made in-process through the app's own confirm route: signed with
 * the key the binder verifies, so it is refused exactly as a forged or stale callback would be.
 */
async function sendSignedCallback(
  app: App,
  deps: AppDeps,
  donationId: string,
  outcome: 'succeeded' | 'failed',
): Promise<{ ok: true } | { ok: false; code: string }> {
  const body = JSON.stringify({
    succeeded: outcome === 'succeeded',
    providerReference: `SBX${randomString(16)}`,
  });
  const response = await app.request(`/v1/donations/${encodeURIComponent(donationId)}/confirm`, {
    method: 'POST',
    headers: {
      [SIGNATURE_HEADER]: signPayload(deps.secrets.signingKey, body),
      'Content-Type': 'application/json',
    },
    body,
  });
  if (response.ok) return { ok: true };
  const error = (await response.json().catch(() => null)) as ApiErrorBody | null;
  return { ok: false, code: error?.error.code ?? `HTTP ${response.status}` };
}

function summary(checkout: Checkout): Html {
  return html`<dl>
    <dt>捐赠项目</dt>
    <dd>${checkout.fundName}</dd>
    <dt>金额</dt>
    <dd class="amount">${formatYuan(checkout.amountFen)}</dd>
    <dt>捐赠编号</dt>
    <dd>${checkout.reference}</dd>
  </dl>`;
}

function page(
  c: Context<AppEnv>,
  status: 200 | 400 | 404 | 409 | 502,
  title: string,
  details: Html,
  content: Html,
  back: string | undefined,
  backLabel = '返回捐赠页面',
) {
  const link = back ? html`<p><a href="${back}">${backLabel}</a></p>` : '';
  return c.body(
    sandboxPage(
      title,
      html`<h1>${title}</h1>
        ${details}${content}${link}`,
    ),
    status,
    SANDBOX_PAGE_HEADERS,
  );
}

function notFoundPage(c: Context<AppEnv>, back: string | undefined) {
  return page(
    c,
    404,
    '未找到这笔捐赠',
    html``,
    html`<p>链接可能有误，或这笔捐赠不是通过沙箱支付发起的。</p>`,
    back,
  );
}
