import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { runCli } from '../src/cli/main.js';
import { openDatabase } from '../src/db/database.js';
import { communities, streets } from '../src/db/tables/index.js';
import { deriveSecrets } from '../src/services/secrets.js';
import { STAFF_PASSWORD } from './staff-fixtures.js';

const root = mkdtempSync(join(tmpdir(), 'wushe-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const data = join(root, 'data');
const ENV = { WUSHE_SECRET: 'cli-test-secret' };

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    { log: (line) => out.push(line), error: (line) => err.push(line) },
    ENV,
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function csv(name: string, text: string): string {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
}

const CHANGNING_CSV = `code,name,parentCode,kind,population
310105001,华阳路街道,310105,street,71000
310105001001,华阳居委会,310105001,urban_community,3200
310105002,新华路街道,310105,street,
310105002001,番禺路居委会,310105002,urban_community,2900
310105002002,"法华居委会",310105002,urban_community,
310105102,新泾镇,310105,town,108000
310105102001,新泾居委会,310105102,urban_community,4100
`;

describe('wushe-server commands', () => {
  it('--help lists every command', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const command of [
      'init --district',
      'divisions import',
      'keys create',
      'keys list',
      'keys revoke',
      'backup <file>',
      'restore <file>',
      '--data <dir>',
      'DATABASE_URL',
    ])
      expect(help.out).toContain(command);
  });

  it('init refuses a code that is not 6 digits, naming the option', async () => {
    const bad = await cli(
      'init',
      '--data',
      data,
      '--district',
      '31010',
      '--name',
      '长宁区',
      '--admin',
      'cn.admin',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--district "31010" is not a district code');
    expect(existsSync(data)).toBe(false);
    expect((await cli('init', '--data', data, '--name', '长宁区', '--admin', 'x.y')).err).toContain(
      '--district is required',
    );
  });

  it('the server refuses a --notifier other than log or none, naming the option', async () => {
    const bad = await cli('--memory', '--notifier', 'email');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--notifier takes "log" or "none", not "email"');
  });

  let setupToken = '';
  it('init creates the district and its admin, and prints a one-time setup token', async () => {
    const created = await cli(
      'init',
      '--data',
      data,
      '--district',
      '310105',
      '--name',
      '长宁区',
      '--admin',
      'cn.admin',
      '--volunteer-prefix',
      'CN',
    );
    expect(created.code).toBe(0);
    setupToken = /setup_[0-9A-Za-z]{32}/.exec(created.out)?.[0] ?? '';
    expect(setupToken).not.toBe('');
    const again = await cli(
      'init',
      '--data',
      data,
      '--district',
      '310105',
      '--name',
      '长宁区',
      '--admin',
      'cn.admin',
    );
    expect(again.code).toBe(2);
    expect(again.err).toContain('district 310105 exists already');
  });

  it('divisions import reports every bad line by number and imports nothing', async () => {
    const file = csv(
      'bad.csv',
      `code,name,parentCode,kind,population
310105001,华阳路街道,310105,street,71000
440113104,南村镇,310105,street,
310105001001,,310105001,urban_community,
310105009001,虹桥居委会,310105009,urban_community,
310105001002,长宁支路居委会,310105001,village,
310105001001,华阳居委会,310105001,urban_community,many
`,
    );
    const result = await cli('divisions', 'import', '--data', data, '--district', '310105', file);
    expect(result.code).toBe(2);
    expect(result.err).toContain('nothing imported: 5 bad line(s)');
    // The rules of POST /v1/divisions, in their English wording, naming line and field.
    expect(result.err).toContain(
      'line 3: parentCode "310105": This community is not in the chosen street or district',
    );
    expect(result.err).toContain('line 4: name "": Use at least 1 characters');
    expect(result.err).toContain(
      'line 5: parentCode "310105009": This street or town does not exist in the district yet',
    );
    expect(result.err).toContain('line 6: kind "village": Choose one of the options');
    expect(result.err).toContain('line 7: code 310105001001 appears already on line 4');
    expect(result.err).toContain('line 7: population "many": This value has the wrong type');
    const database = await openDatabase({ dataDir: join(data, 'pgdata') });
    expect(await database.db.select().from(streets)).toEqual([]);
    await database.close();
  });

  it('divisions import upserts a good file, and again changes nothing', async () => {
    const file = csv('changning.csv', CHANGNING_CSV);
    const first = await cli('divisions', 'import', '--data', data, '--district', '310105', file);
    expect(first).toMatchObject({ code: 0, out: 'imported 3 streets and 4 communities' });
    const second = await cli('divisions', 'import', '--data', data, '--district', '310105', file);
    expect(second.code).toBe(0);
    const database = await openDatabase({ dataDir: join(data, 'pgdata') });
    const rows = await database.db.select().from(streets).orderBy(asc(streets.code));
    expect(rows.map((row) => [row.code, row.name, row.kind, row.population])).toEqual([
      ['310105001', '华阳路街道', 'street', 71000],
      ['310105002', '新华路街道', 'street', null],
      ['310105102', '新泾镇', 'town', 108000],
    ]);
    const [fahua] = await database.db
      .select()
      .from(communities)
      .where(eq(communities.code, '310105002002'));
    expect(fahua).toMatchObject({
      name: '法华居委会',
      streetCode: '310105002',
      kind: 'urban_community',
    });
    await database.close();
  });

  let keyId = '';
  it('keys create, list and revoke; a secret key takes no origin', async () => {
    const noOrigin = await cli(
      'keys',
      'create',
      '--data',
      data,
      '--district',
      '310105',
      '--kind',
      'publishable',
    );
    expect(noOrigin.err).toContain('a publishable key needs at least one --origin');
    const secretWithOrigin = await cli(
      'keys',
      'create',
      '--data',
      data,
      '--district',
      '310105',
      '--kind',
      'secret',
      '--origin',
      'https://www.shcn.gov.cn',
    );
    expect(secretWithOrigin.code).toBe(2);
    const created = await cli(
      'keys',
      'create',
      '--data',
      data,
      '--district',
      '310105',
      '--kind',
      'publishable',
      '--origin',
      'https://www.shcn.gov.cn',
    );
    expect(created.code).toBe(0);
    const match = /^(key_\w+) (pk_live_\w+)$/m.exec(created.out);
    expect(match).not.toBeNull();
    keyId = match![1]!;
    const listed = await cli('keys', 'list', '--data', data, '--district', '310105');
    expect(listed.out).toContain(`${keyId}  publishable  pk_live_`);
    expect(listed.out).toContain('active  https://www.shcn.gov.cn');
    expect(listed.out).not.toContain(match![2]!);
    expect((await cli('keys', 'revoke', '--data', data, keyId)).code).toBe(0);
    expect((await cli('keys', 'list', '--data', data, '--district', '310105')).out).toContain(
      'revoked',
    );
    expect((await cli('keys', 'revoke', '--data', data, keyId)).err).toContain(
      `no active key ${keyId}`,
    );
  });

  it('the setup token printed by init sets the admin’s password once, through the API', async () => {
    const database = await openDatabase({ dataDir: join(data, 'pgdata') });
    const app = createApp({ database, secrets: deriveSecrets(ENV.WUSHE_SECRET) });
    const post = () =>
      app.request('/v1/staff/password', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ setupToken, password: STAFF_PASSWORD }),
      });
    const first = await post();
    expect(first.status).toBe(200);
    const body = (await first.json()) as { totp: { secret: string } };
    expect(body.totp.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect((await post()).status).toBe(400);
    await app.close();
    await database.close();
  });

  it('backup and restore the embedded database; restore never overwrites one', async () => {
    const file = join(root, 'wushe.tar.gz');
    const backup = await cli('backup', '--data', data, file);
    expect(backup.code).toBe(0);
    expect((await cli('restore', '--data', data, file)).err).toContain('holds a database already');
    const copy = join(root, 'restored');
    expect((await cli('restore', '--data', copy, file)).code).toBe(0);
    const database = await openDatabase({ dataDir: join(copy, 'pgdata') });
    expect(await database.db.select().from(streets)).toHaveLength(3);
    await database.close();
  });
});
