import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../src/testing/database.js';
import { base32Decode, totpCode } from '../src/services/staff/totp.js';

/*
 * SPEC §9's "done when", as one story and with nothing but the command line and the HTTP API of
 * the BUILT server (bin/wushe-server.js, as a district runs it; `npm test` builds first): 长宁区
 * starts from an empty data directory (or an empty PostgreSQL database in the PostgreSQL lane),
 * imports real 街道 and one 镇, issues its portal's key, signs its admin in, invites a community
 * worker who approves a need in her community and not in the next one, opens a fund that becomes
 * donatable once its disclosure is complete, and a resident donates from the portal's origin.
 */

const BIN = fileURLToPath(new URL('../bin/wushe-server.js', import.meta.url));
const PORTAL = 'https://www.shcn.gov.cn';
const DISTRICT = '310105';
const HER_COMMUNITY = '310105001001';
const NEXT_COMMUNITY = '310105001002';
const ADMIN_PASSWORD = 'Changning-Admin-2026';
const WORKER_PASSWORD = 'Huayang-Juwei-2026';

// Real 街道 and 镇 of 长宁区 (统计用区划代码); 居委会 of 华阳路街道 and 新泾镇.
const DIVISIONS = `code,name,parentCode,kind,population
310105001,华阳路街道,310105,street,71000
310105001001,华阳居委会,310105001,urban_community,3200
310105001002,秀水居委会,310105001,urban_community,2800
310105002,江苏路街道,310105,street,43000
310105002001,曹家堰居委会,310105002,urban_community,2500
310105004,新华路街道,310105,street,68000
310105102,新泾镇,310105,town,108000
310105102001,新泾居委会,310105102,urban_community,4100
`;

const engine = process.env.WUSHE_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
const root = mkdtempSync(join(tmpdir(), 'wushe-changning-'));
let postgres: TestDatabase | undefined;
let env: NodeJS.ProcessEnv = {};
let server: ChildProcess | undefined;
let api = '';

/** One command of the built CLI; its exit code and what it printed. */
function cli(...argv: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...argv, '--data', join(root, 'data')], {
    env,
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads bodies freely
  body: any;
}

/** One HTTP call: a bearer, a JSON body, an Idempotency-Key on writes, and a page's Origin. */
async function call(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; origin?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.origin) headers.Origin = options.origin;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const credential = path.startsWith('/v1/staff/') && method !== 'GET';
  if (method !== 'GET' && !credential) headers['Idempotency-Key'] = randomUUID();
  const response = await fetch(`${api}${path}`, {
    method,
    headers,
    body: options.body === undefined ? null : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The server as a district starts it, with the log notifier so the test reads the invite. */
async function startServer(): Promise<void> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [BIN, '--data', join(root, 'data'), '--port', String(port), '--notifier', 'log'],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server = child;
  // Decoded as streams: a Chinese character split between two chunks stays whole.
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  let said = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      said += chunk;
      if (said.includes('listening on')) resolve();
    });
    child.stderr.on('data', (chunk: string) => (said += chunk));
    child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${said}`)));
  });
  api = `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  env = { PATH: process.env.PATH, WUSHE_SECRET: 'changning-e2e-secret' };
  if (engine === 'postgres') {
    postgres = await openTestDatabase({ engine: 'postgres' });
    env.DATABASE_URL = postgres.url;
  }
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server!.once('exit', done));
    server.kill('SIGTERM');
    await exited;
  }
  await postgres?.close();
  rmSync(root, { recursive: true, force: true });
});

describe(`长宁区 sets itself up with the CLI and the API (${engine})`, { timeout: 120_000 }, () => {
  let setupToken = '';
  let publishableKey = '';
  let secretKey = '';

  it('initialises the district, imports its divisions and issues its keys', () => {
    const init = cli('init', '--district', DISTRICT, '--name', '长宁区', '--admin', 'cn.admin');
    expect(init.err).toBe('');
    expect(init.code).toBe(0);
    setupToken = /^\s+(\S+)$/m.exec(init.out.split('setup token')[1] ?? '')?.[1] ?? '';
    expect(setupToken).not.toBe('');

    const file = join(root, 'changning.csv');
    writeFileSync(file, DIVISIONS);
    const imported = cli('divisions', 'import', '--district', DISTRICT, file);
    expect(imported).toMatchObject({ code: 0, out: 'imported 4 streets and 4 communities\n' });

    const pk = cli(
      'keys',
      'create',
      '--district',
      DISTRICT,
      '--kind',
      'publishable',
      '--origin',
      PORTAL,
    );
    expect(pk.code).toBe(0);
    publishableKey = /(pk_live_\w+)/.exec(pk.out)?.[1] ?? '';
    const sk = cli('keys', 'create', '--district', DISTRICT, '--kind', 'secret');
    expect(sk.code).toBe(0);
    secretKey = /(sk_live_\w+)/.exec(sk.out)?.[1] ?? '';
    expect(publishableKey).not.toBe('');
    expect(secretKey).not.toBe('');
  });

  let admin = '';
  it('signs its admin in: first password with the setup token, then password and TOTP', async () => {
    await startServer();
    const first = await call('POST', '/v1/staff/password', {
      body: { setupToken, password: ADMIN_PASSWORD },
    });
    expect(first.status).toBe(200);
    const secret = base32Decode(first.body.totp.secret as string);
    const again = await call('POST', '/v1/staff/password', {
      body: { setupToken, password: ADMIN_PASSWORD },
    });
    expect(again.body.error.code).toBe('setup_token_invalid');

    const withoutCode = await call('POST', '/v1/staff/sign-in', {
      body: { login: 'cn.admin', password: ADMIN_PASSWORD },
    });
    expect(withoutCode.body.error.code).toBe('totp_required');
    const signedIn = await call('POST', '/v1/staff/sign-in', {
      body: { login: 'cn.admin', password: ADMIN_PASSWORD, totp: totpCode(secret, new Date()) },
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.roles).toEqual([{ role: 'district_admin', scope: DISTRICT }]);
    admin = signedIn.body.session.token as string;
  });

  let worker = '';
  it('invites a community worker of 华阳居委会, who sets her password from the invite and signs in', async () => {
    const invited = await call('POST', '/v1/accounts', {
      token: admin,
      body: {
        name: '沈丽华',
        login: 'shen.lihua',
        roles: [{ role: 'community_staff', scope: HER_COMMUNITY }],
        contact: { mobile: '13916880123' },
      },
    });
    expect(invited.status).toBe(201);
    expect(JSON.stringify(invited.body)).not.toMatch(/setup_|scrypt|st_/);

    const outbox = await call('GET', '/v1/dev/outbox?to=13916880123', { token: secretKey });
    const [invite] = outbox.body.data;
    expect(invite).toMatchObject({ to: '13916880123', template: 'staff_invite' });
    const password = await call('POST', '/v1/staff/password', {
      body: { setupToken: invite.params.setupToken, password: WORKER_PASSWORD },
    });
    expect(password.status).toBe(200);
    expect(password.body.totp).toBeUndefined();
    const signedIn = await call('POST', '/v1/staff/sign-in', {
      body: { login: 'shen.lihua', password: WORKER_PASSWORD },
    });
    expect(signedIn.status).toBe(200);
    worker = signedIn.body.session.token as string;
  });

  it('the worker approves a need of her community and not one of the next community', async () => {
    const post = async (communityId: string) => {
      const posted = await call('POST', '/v1/needs', {
        token: publishableKey,
        origin: PORTAL,
        body: {
          communityId,
          kind: 'service',
          category: 'elderly_care',
          title: '独居老人助老陪诊',
          description: '楼里独居的老人需要志愿者每周陪同去医院复诊，协助挂号取药。',
          contact: { name: '顾阿婆', mobile: '13761234567' },
          consent: { policyVersion: '2026-01', agreed: true },
        },
      });
      expect(posted.status).toBe(201);
      expect(posted.body.status).toBe('pending_review');
      return posted.body.id as string;
    };
    const hers = await post(HER_COMMUNITY);
    const next = await post(NEXT_COMMUNITY);

    const approve = (id: string) =>
      call('PATCH', `/v1/needs/${id}`, { token: worker, body: { status: 'open' } });
    expect((await approve(hers)).status).toBe(200);
    const refused = await approve(next);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');

    const wall = await call('GET', `/v1/needs?community=${HER_COMMUNITY}`, {
      token: publishableKey,
      origin: PORTAL,
    });
    expect(wall.body.data.map((need: { id: string }) => need.id)).toEqual([hers]);
    const stillPending = await call('GET', `/v1/needs/${next}`, { token: secretKey });
    expect(stillPending.body.status).toBe('pending_review');
    const audit = await call('GET', '/v1/audit?action=permission.refused', { token: admin });
    expect(audit.body.data[0]).toMatchObject({ subjectId: 'updateNeed' });
  });

  it('opens a fund that takes donations only once its disclosure is complete, and a resident gives from the portal', async () => {
    const disclosure = {
      organizationName: '上海市长宁区社区基金会',
      creditCode: '53310105MJ48912731',
      certificateNumber: '沪民慈募证字〔2024〕031号',
      contact: '021-62400000',
      lookupUrl: 'https://cszg.mca.gov.cn/',
    };
    const fund = {
      divisionId: '310105001',
      name: '华阳路街道社区慈善基金',
      description: '用于华阳路街道独居长者助餐、陪诊和困难家庭帮扶。',
      mode: 'direct',
      targetFen: 20_000_000,
      disclosure,
    };
    const tooEarly = await call('POST', '/v1/funds', {
      token: admin,
      body: { ...fund, donatable: true },
    });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error.code).toBe('fund_disclosure_incomplete');
    expect(tooEarly.body.error.issues.map((issue: { path: string[] }) => issue.path)).toEqual([
      ['disclosure', 'filingNumber'],
    ]);

    const created = await call('POST', '/v1/funds', { token: admin, body: fund });
    expect(created.status).toBe(201);
    expect(created.body.missingDisclosure).toEqual(['filingNumber']);
    const fundId = created.body.id as string;

    const donation = {
      fundId,
      amountFen: 10_000,
      donor: { name: '陈建国', mobile: '13817654321' },
      channel: 'sandbox',
      consent: { policyVersion: '2026-01', agreed: true },
    };
    const give = (origin = PORTAL) =>
      call('POST', '/v1/donations', { token: publishableKey, origin, body: donation });
    expect((await give()).body.error.code).toBe('fund_not_donatable');

    const completed = await call('PATCH', `/v1/funds/${fundId}`, {
      token: admin,
      body: { disclosure: { filingNumber: '53310105MJ48912731-2026-001' }, donatable: true },
    });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({ donatable: true, missingDisclosure: [] });

    const given = await give();
    expect(given.status).toBe(201);
    expect(given.body.donation).toMatchObject({ fundId, amountFen: 10_000, status: 'pending' });
    expect((await give('https://evil.example.com')).status).toBe(403);
  });
});
