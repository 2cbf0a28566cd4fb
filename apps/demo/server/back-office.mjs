// The demo portal's back office (后台): how a district's own portal, which signs its staff in by
// its own means (here a fixed demo login; in real life its SSO, e.g. 粤政易 or 浙政钉), embeds
// wushe's staff widgets. The portal's server keeps the district's secret key, mints a delegated
// staff session (`POST /v1/staff/sessions`, ≤ 15 minutes) for the person signed in, and hands
// the page only that session's token; the secret key never reaches a browser.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The portal's own staff and the wushe accounts they act as (SPEC §9: a portal maps its users to
 * accounts, by id or `externalId`). A demo's fixed login, printed by `npm start`; never for real use.
 */
export const BACK_OFFICE_STAFF = {
  'jinxiu.portal': {
    password: 'portal-demo-2026',
    name: '陈晓红（锦绣香江社区居委会）',
    accountId: 'acc_pyJinxiuStaff',
    division: '440113104001',
  },
};

/** The back office page's policy: its own scripts and styles, and calls to its own origin only. */
export const BACK_OFFICE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'";

const COOKIE = 'demo_back_office';
/** Mint a new delegated session when the current one has less than this left. */
const RENEW_BEFORE_MS = 2 * 60_000;

/**
 * The back office's requests, for the portal server's `handle`: returns true when it answered.
 * `root` is the built demo (its `back-office/index.html`), `apiBase` the wushe API, `secretKey`
 * the district's secret key (server side only), `ownOrigins()` the portal's own origins.
 */
export function backOffice({ root, apiBase, secretKey, ownOrigins }) {
  /** Portal sessions: an opaque cookie value → the person and their current wushe session. */
  const sessions = new Map();
  const page = join(root, 'back-office', 'index.html');

  const signedIn = (request) => {
    const id = cookieOf(request, COOKIE);
    return id ? sessions.get(id) : undefined;
  };
  /** A write, or a read of the token, must come from the portal's own pages. */
  const sameSite = (request) => {
    const origin = request.headers.origin;
    const site = request.headers['sec-fetch-site'];
    return (
      (origin === undefined || ownOrigins().includes(origin)) &&
      (site === undefined || site === 'same-origin' || site === 'none')
    );
  };

  async function mint(person) {
    const answer = await fetch(`${apiBase}/v1/staff/sessions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ accountId: person.accountId }),
    });
    if (!answer.ok) throw new Error(`POST /v1/staff/sessions answered ${answer.status}`);
    const { session } = await answer.json();
    return { token: session.token, expiresAt: session.expiresAt };
  }

  /** Answers a request under /back-office/ (the caller checked the path). */
  async function answer(request, response, path) {
    if (path === '/back-office/sign-in' && request.method === 'GET') {
      html(response, 200, signInPage());
    } else if (path === '/back-office/sign-in' && request.method === 'POST') {
      if (!sameSite(request)) return void refuse(response);
      const form = new URLSearchParams(await body(request));
      const person = check(form.get('login') ?? '', form.get('password') ?? '');
      if (!person) return void html(response, 401, signInPage('登录名或密码不正确'));
      const id = randomBytes(24).toString('base64url');
      sessions.set(id, { person, wushe: undefined });
      response.writeHead(303, {
        Location: '/back-office/',
        'Set-Cookie': `${COOKIE}=${id}; Path=/back-office/; HttpOnly; SameSite=Strict`,
      });
      response.end();
    } else if (path === '/back-office/sign-out' && request.method === 'POST') {
      if (!sameSite(request)) return void refuse(response);
      const id = cookieOf(request, COOKIE);
      if (id) sessions.delete(id);
      response.writeHead(303, {
        Location: '/back-office/sign-in',
        'Set-Cookie': `${COOKIE}=; Path=/back-office/; HttpOnly; SameSite=Strict; Max-Age=0`,
      });
      response.end();
    } else if (path === '/back-office/session' && request.method === 'GET') {
      const current = signedIn(request);
      if (!sameSite(request)) return void refuse(response);
      if (!current)
        return void json(response, 401, { error: { code: 'signed_out', message: '请先登录后台' } });
      try {
        const left = current.wushe ? Date.parse(current.wushe.expiresAt) - Date.now() : 0;
        if (left < RENEW_BEFORE_MS) current.wushe = await mint(current.person);
        const { name, division } = current.person;
        json(response, 200, { ...current.wushe, name, division });
      } catch {
        json(response, 502, { error: { code: 'api_unreachable', message: '暂时无法连接 wushe' } });
      }
    } else if (path === '/back-office/' && request.method === 'GET') {
      if (!signedIn(request)) redirect(response, '/back-office/sign-in');
      else if (!existsSync(page)) html(response, 404, '<p>Build the demo first.</p>');
      else {
        response.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
          'Content-Security-Policy': BACK_OFFICE_CSP,
        });
        createReadStream(page).pipe(response);
      }
    } else {
      json(response, 404, { error: { code: 'not_found', message: 'No such back-office path.' } });
    }
  }

  return function handle(request, response) {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/back-office' || path === '/back-office.html') {
      redirect(response, '/back-office/');
      return true;
    }
    if (!path.startsWith('/back-office/')) return false;
    answer(request, response, path).catch(() => {
      if (response.headersSent) response.destroy();
      else
        json(response, 500, { error: { code: 'internal_error', message: 'Back office failed.' } });
    });
    return true;
  };
}

/** The portal's own check of its own staff (a constant-time compare of the demo password). */
function check(login, password) {
  const person = Object.hasOwn(BACK_OFFICE_STAFF, login) ? BACK_OFFICE_STAFF[login] : undefined;
  if (!person) return undefined;
  const given = Buffer.from(password);
  const known = Buffer.from(person.password);
  return given.length === known.length && timingSafeEqual(given, known) ? person : undefined;
}

function signInPage(message = '') {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>后台登录 · 番禺区五社联动服务平台</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/portal.css" />
  </head>
  <body>
    <main class="page">
      <h1>后台登录（门户自有账号）</h1>
      <p>这是区门户自己的后台登录（演示账号 jinxiu.portal / portal-demo-2026）。登录后，门户服务器为您向 wushe 申请一个 15 分钟的工作人员会话，页面中的工作人员组件使用它；区里的密钥只在门户服务器上。</p>
      ${message ? `<p role="alert">${message}</p>` : ''}
      <form method="post" action="/back-office/sign-in">
        <p><label for="login">登录名</label><br /><input id="login" name="login" autocomplete="username" required /></p>
        <p><label for="password">密码</label><br /><input id="password" name="password" type="password" autocomplete="current-password" required /></p>
        <p><button type="submit">登录后台</button></p>
      </form>
    </main>
  </body>
</html>
`;
}

function cookieOf(request, name) {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function body(request) {
  return new Promise((done, fail) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > 4096) request.destroy();
      else chunks.push(chunk);
    });
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });
}

function redirect(response, location) {
  response.writeHead(303, { Location: location }).end();
}

function refuse(response) {
  json(response, 403, { error: { code: 'forbidden', message: 'The portal’s own pages only.' } });
}

function html(response, status, text) {
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': BACK_OFFICE_CSP,
  });
  response.end(text);
}

function json(response, status, value) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(value));
}
