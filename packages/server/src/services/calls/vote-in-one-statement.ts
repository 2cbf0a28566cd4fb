import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { routes } from '@wushe/schema';
import { wholeRowInsert } from '../../db/insert-select.js';
import { callVotes, calls, proposals } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { FactCache, type OneStatementWrite } from '../one-statement.js';
import { newVoteRow, toVote } from './participate.js';
import { ensureCallOpen, type CallRow } from './present.js';

type VoteContext = ServiceContext<typeof routes.voteInCall>;

/** A call as read, with the row version it was read from (PostgreSQL's `xmin`). */
interface CallFacts {
  readonly call: CallRow;
  /** While the call's row is this version, its status and dates are the ones read. */
  readonly version: string;
}

const callFacts = new FactCache<CallFacts>();

const factsKey = (ctx: VoteContext) => `${ctx.auth.districtCode}\n${ctx.params.id}`;

/**
 * True while the call's row is the version the facts were read from (so the call is still of the
 * district, open, and opened when it said) and the proposal is one of the call's.
 */
const callStillHolds = (): SQL => sql`exists (select 1 from ${calls}
  where ${calls.id} = ${sql.placeholder('call.id')}::text
    and ${calls.districtCode} = ${sql.placeholder('call.district')}::text
    and ${calls}.xmin::text = ${sql.placeholder('call.version')}::text)
  and exists (select 1 from ${proposals}
  where ${proposals.id} = ${sql.placeholder('proposal.id')}::text
    and ${proposals.callId} = ${sql.placeholder('call.id')}::text)`;

/**
 * `POST /v1/calls/{id}/votes` (一户一票) as one statement with its idempotency record (the binder's
 * `oneStatement`): the call is read once and kept, `ensureCallOpen` — the rule the transaction path
 * applies — judges it at this request's time, and the statement's guard checks the call's row is
 * unchanged since and the proposal is the call's. A second vote of one respondent breaks the unique
 * index, so nothing is written and the transaction path answers `409 already_voted`; a call that
 * is not open, or not the district's, is answered there too.
 */
export async function voteInOneStatement(ctx: VoteContext): Promise<OneStatementWrite | undefined> {
  const facts = await callFacts.get(ctx.tx, factsKey(ctx), async () => {
    const [row] = await ctx.tx
      .select({ call: calls, version: sql<string>`${calls}.xmin::text` })
      .from(calls)
      .where(and(eq(calls.id, ctx.params.id), eq(calls.districtCode, ctx.auth.districtCode)));
    return row;
  });
  if (!facts) return undefined;
  try {
    ensureCallOpen(facts.call, ctx.deps.now(), undefined);
  } catch {
    return undefined;
  }
  const row = newVoteRow(ctx, facts.call.id, ctx.body.proposalId, ctx.body);
  return {
    body: toVote(row),
    shape: 'vote',
    guard: callStillHolds,
    ...wholeRowInsert(callVotes, row, {
      'call.id': facts.call.id,
      'call.district': ctx.auth.districtCode,
      'call.version': facts.version,
      'proposal.id': ctx.body.proposalId,
    }),
    onMiss: () => {
      callFacts.forget(ctx.tx, factsKey(ctx));
    },
  };
}
