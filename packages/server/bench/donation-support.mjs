// Helpers for the donation benchmarks: where the database is, which fund to give to.
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../dist/index.js';

/** CLI arguments and environment for a server on PGlite (in `dir`) or on PostgreSQL. */
export async function databaseArgs(postgres, dir) {
  if (!postgres) return { args: ['--data', dir], env: {}, label: 'PGlite' };
  const admin = process.env.WUSHE_BENCH_DATABASE_URL ?? process.env.WUSHE_TEST_DATABASE_URL;
  if (!admin)
    throw new Error('--postgres needs WUSHE_BENCH_DATABASE_URL (or WUSHE_TEST_DATABASE_URL)');
  const name = `wushe_bench_${process.pid}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    args: [],
    env: { DATABASE_URL: url.toString(), WUSHE_SECRET: 'bench-secret' },
    label: 'PostgreSQL',
    url: url.toString(),
  };
}

export const DEMO_SECRET_KEY = 'sk_test_wushe_demo_panyu_0000000000';
export const DEMO_PUBLISHABLE_KEY = 'pk_test_wushe_demo_panyu_0000000000';

export async function findDonatableFund(base) {
  const response = await fetch(`${base}/v1/funds?limit=100`, {
    headers: { Authorization: `Bearer ${DEMO_PUBLISHABLE_KEY}` },
  });
  const { data } = await response.json();
  const fund = data.find((f) => f.donatable && f.mode === 'direct');
  if (!fund) throw new Error('the demo seed has no donatable direct fund');
  return { ...fund, key: DEMO_PUBLISHABLE_KEY };
}

export function demoDonation(fundId, donorName = '压测捐赠人') {
  return {
    fundId,
    amountFen: 5_000,
    donor: { name: donorName, anonymous: false, publishName: false },
    channel: 'offline',
    consent: { policyVersion: '2026-01', agreed: true },
  };
}

/** A resident's 助老 need in 锦绣香江社区, titled `marker` (so the bench can count its rows). */
export function demoNeed(marker) {
  return {
    communityId: '440113104001',
    kind: 'service',
    category: 'elderly_care',
    title: marker,
    description: '社区独居老人需要志愿者每周陪同去医院复诊，协助挂号取药。',
    contact: { name: '王秀英', mobile: '13800138000' },
    anonymous: false,
    consent: { policyVersion: '2026-01', agreed: true },
  };
}

/**
 * The rows `condition` counts, in the database itself (the server must be stopped first when it
 * runs on PGlite, which one process opens at a time).
 */
async function countRows(where, condition) {
  const database = await openDatabase(
    where.url ? { url: where.url } : { dataDir: join(where.dir, 'pgdata') },
  );
  try {
    const rows = await queryRows(database.db, condition);
    return rows[0].n;
  } finally {
    await database.close();
  }
}

/** Donations whose donor name is `marker`. */
export const countDonations = (where, { marker }) =>
  countRows(where, sql`select count(*)::int as n from donations where donor_name = ${marker}`);

/** Needs titled `marker`. */
export const countNeeds = (where, { marker }) =>
  countRows(where, sql`select count(*)::int as n from needs where title = ${marker}`);

/** Votes cast from `from` to `to` (a vote keeps no marker: its token is hashed). */
export const countVotes = (where, { from, to }) =>
  countRows(
    where,
    sql`select count(*)::int as n from call_votes
         where created_at >= ${from.toISOString()}::timestamptz and created_at < ${to.toISOString()}::timestamptz`,
  );

/** The demo's open call of 番禺 and its first proposal, for votes. */
export async function findOpenCall(base) {
  const headers = { Authorization: `Bearer ${DEMO_PUBLISHABLE_KEY}` };
  const { data } = await (await fetch(`${base}/v1/calls?status=open`, { headers })).json();
  for (const call of data) {
    const detail = await (await fetch(`${base}/v1/calls/${call.id}`, { headers })).json();
    if (detail.proposals?.length > 0) return { id: call.id, proposalId: detail.proposals[0].id };
  }
  throw new Error('the demo seed has no open call with a proposal');
}
