import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { backupPglite, restorePglite } from './backup.js';
import { openStorage, pgliteDir, type StorageOptions } from './database.js';
import { importDivisions } from './divisions.js';
import { CliError, type CliOutput } from './errors.js';
import { checkInitOptions, initDistrict } from './init.js';
import { createKey, listKeys, revokeKey } from './keys.js';
import { runServer } from './serve.js';

export const HELP = `wushe-server: the wushe HTTP API v1, and the commands that set a district up

Usage:
  wushe-server [options]                          serve the API
  wushe-server init --district <6 digits> --name <名称> --admin <login> [--volunteer-prefix <AB>]
                                                  create a district and its first district_admin;
                                                  prints a one-time setup token (72 h)
  wushe-server divisions import --district <code> <file.csv>
                                                  upsert streets and communities from CSV:
                                                  code,name,parentCode,kind,population
  wushe-server keys create --district <code> --kind publishable --origin <url> [--origin …]
  wushe-server keys create --district <code> --kind secret
  wushe-server keys list --district <code>
  wushe-server keys revoke <keyId>
  wushe-server backup <file>                      the embedded database (PGlite) to one file
  wushe-server restore <file>                     into an empty --data (PostgreSQL: pg_dump)

Options of the server:
  --port <n>          port to listen on (default 8787, or $PORT)
  --host <addr>       address to bind (default 127.0.0.1)
  --memory            keep the embedded database in memory (nothing is saved)
  --seed demo         create the demo district (番禺区, 长宁区) if it is missing
  --public-url <url>  this server's public URL, for links it hands out
  --rate-limit <b/m>  resident writes per API key and client: a burst of b, then m a minute
                      (default 20/60); "off" for load tests on a trusted network
  --trust-proxy <list>
                      the reverse proxies in front of this server, as IP addresses and CIDR
                      blocks separated by commas (e.g. 10.0.0.0/8,127.0.0.1): their
                      X-Forwarded-For names the client (the right-most address that is not a
                      listed proxy); anybody else's is ignored. Default: none, the socket's
                      address is the client's
  --notifier <name>   where invites and codes go: "log" (the outbox table, read at
                      GET /v1/dev/outbox) or "none" (dropped); default "log" with --seed demo,
                      otherwise "none"
  --console <dir>     serve the console's built files (apps/console/dist) at /console/

Every command:
  --data <dir>        embedded PostgreSQL (PGlite) data directory (default ./.wushe-data)
  -h, --help          this text

Environment:
  DATABASE_URL        use this PostgreSQL server instead of PGlite (postgres://…)
  WUSHE_SECRET        master secret for encrypting personal data and signing; required with
                      DATABASE_URL, otherwise kept in <data>/secret
  WUSHE_TRUST_PROXY   the same as --trust-proxy (the option wins)`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string', default: '127.0.0.1' },
  data: { type: 'string', default: '.wushe-data' },
  memory: { type: 'boolean', default: false },
  seed: { type: 'string' },
  'public-url': { type: 'string' },
  'rate-limit': { type: 'string', default: '20/60' },
  'trust-proxy': { type: 'string' },
  notifier: { type: 'string' },
  console: { type: 'string' },
  district: { type: 'string' },
  name: { type: 'string' },
  admin: { type: 'string' },
  'volunteer-prefix': { type: 'string' },
  kind: { type: 'string' },
  mode: { type: 'string' },
  origin: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export interface CliEnvironment {
  readonly DATABASE_URL?: string | undefined;
  readonly WUSHE_SECRET?: string | undefined;
  readonly PORT?: string | undefined;
  readonly WUSHE_TRUST_PROXY?: string | undefined;
}

/**
 * Runs one command line (without `node` and the script): starts the server (`'serving'`), or runs
 * a command and resolves to its exit code (0 done, 2 a mistake in the input, named on stderr,
 * nothing changed).
 */
export async function runCli(
  argv: readonly string[],
  out: CliOutput,
  env: CliEnvironment = process.env,
  now: () => Date = () => new Date(),
): Promise<number | 'serving'> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
    });
    if (values.help) {
      out.log(HELP);
      return 0;
    }
    const storage: StorageOptions = {
      data: values.data,
      memory: values.memory,
      url: env.DATABASE_URL,
      secret: env.WUSHE_SECRET,
    };
    const [command, ...rest] = positionals;
    if (command === undefined) {
      await runServer(
        {
          ...storage,
          port: values.port ?? env.PORT ?? '8787',
          host: values.host,
          seed: values.seed,
          publicUrl: values['public-url'],
          rateLimit: values['rate-limit'],
          trustProxy: values['trust-proxy'] ?? env.WUSHE_TRUST_PROXY,
          notifier: values.notifier,
          console: values.console,
        },
        out,
      );
      return 'serving';
    }
    if (command === 'backup' || command === 'restore') {
      if (storage.url)
        throw new CliError(`${command} is for the embedded database; for PostgreSQL use pg_dump`);
      const file = one(rest, `${command} <file>`);
      if (command === 'backup') {
        const bytes = await backupPglite(pgliteDir(storage.data), file);
        out.log(`backed up ${pgliteDir(storage.data)} to ${file} (${bytes} bytes)`);
      } else {
        await restorePglite(pgliteDir(storage.data), file);
        out.log(`restored ${file} into ${pgliteDir(storage.data)}`);
      }
      return 0;
    }
    if (!['init', 'divisions', 'keys'].includes(command))
      throw new CliError(`unknown command "${command}": see wushe-server --help`);

    if (command === 'init') {
      checkInitOptions({
        districtCode: required(values.district, '--district'),
        name: required(values.name, '--name'),
        adminLogin: required(values.admin, '--admin'),
        volunteerPrefix: values['volunteer-prefix'],
      });
    }
    const database = await openStorage(storage);
    try {
      const db = database.db;
      const district = () => required(values.district, '--district');
      if (command === 'init') {
        const created = await initDistrict(db, {
          districtCode: district(),
          name: required(values.name, '--name'),
          adminLogin: required(values.admin, '--admin'),
          volunteerPrefix: values['volunteer-prefix'],
          now: now(),
        });
        out.log(`district ${district()} created; its admin is ${created.accountId}`);
        out.log(`setup token (once, until ${created.expiresAt.toISOString()}):`);
        out.log(`  ${created.setupToken}`);
        out.log('set the password with POST /v1/staff/password {setupToken, password}');
      } else if (command === 'divisions') {
        if (rest[0] !== 'import')
          throw new CliError('usage: divisions import --district <code> <file.csv>');
        const file = one(rest.slice(1), 'divisions import <file.csv>');
        const imported = await importDivisions(db, district(), readText(file));
        out.log(`imported ${imported.streets} streets and ${imported.communities} communities`);
      } else {
        const [action, ...args] = rest;
        if (action === 'create') {
          const key = await createKey(db, {
            districtCode: district(),
            kind: required(values.kind, '--kind'),
            origins: values.origin ?? [],
            mode: values.mode,
          });
          out.log(`${key.id} ${key.key}`);
          out.log('the key is shown this once: only its hash is stored');
        } else if (action === 'list') {
          for (const key of await listKeys(db, district())) {
            const state = key.revokedAt ? `revoked ${key.revokedAt}` : 'active';
            out.log(`${key.id}  ${key.kind}  ${key.prefix}…  ${state}  ${key.origins.join(' ')}`);
          }
        } else if (action === 'revoke') {
          const keyId = one(args, 'keys revoke <keyId>');
          await revokeKey(db, keyId, now());
          out.log(`revoked ${keyId}`);
        } else throw new CliError('usage: keys create | list | revoke');
      }
    } finally {
      await database.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      out.error(`wushe-server: ${error.message}`);
      for (const detail of error.details) out.error(`  ${detail}`);
      return 2;
    }
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      out.error(`wushe-server: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

function required(value: string | undefined, option: string): string {
  if (value === undefined || value === '') throw new CliError(`${option} is required`);
  return value;
}

function one(args: readonly string[], usage: string): string {
  if (args.length !== 1) throw new CliError(`usage: wushe-server ${usage}`);
  return args[0]!;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`cannot read ${file}`);
  }
}
