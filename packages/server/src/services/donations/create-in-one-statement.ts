import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { insertSelect } from '../../db/insert-select.js';
import { districts, donations, funds, needs } from '../../db/tables/index.js';
import { newId } from '../ids.js';
import type { OneStatementWrite } from '../one-statement.js';
import { providerFor, type PaymentDistrict } from '../payments.js';
import { createdDonation, newReference, pendingValues, type CreateContext } from './create.js';
import { isDonatable, type FundRow } from './fund-view.js';

/** What a donation's answer and rules rely on, beyond the request: read once, re-checked by every write. */
interface DonationFacts {
  readonly fund: Pick<FundRow, 'id' | 'name' | 'disclosure'>;
  readonly district: PaymentDistrict;
  /** The guard's part for the fund and district (see `fundStillHolds`), built once per facts. */
  readonly fundHolds: SQL;
  readonly until: number;
}

/**
 * How long facts are kept. Staleness cannot break a rule (the write's guard compares them with
 * the database); the limit only bounds memory for funds no longer given to.
 */
const FACTS_MS = 60_000;
const MAX_FACTS = 10_000;
/** Per database, so apps (and tests) on different databases never share facts. */
const factsByDatabase = new WeakMap<Executor, Map<string, DonationFacts>>();

function factsOf(db: Executor): Map<string, DonationFacts> {
  let facts = factsByDatabase.get(db);
  if (!facts) {
    facts = new Map<string, DonationFacts>();
    factsByDatabase.set(db, facts);
  }
  return facts;
}

/** The facts of a donatable fund and its district, or `undefined` for any other fund. */
async function donationFacts(ctx: CreateContext): Promise<DonationFacts | undefined> {
  const cache = factsOf(ctx.tx);
  const key = `${ctx.auth.districtCode}\n${ctx.body.fundId}`;
  const cached = cache.get(key);
  if (cached && cached.until > Date.now()) return cached;
  const [row] = await ctx.tx
    .select({ fund: funds, offlineAccount: districts.offlineAccount })
    .from(funds)
    .innerJoin(districts, eq(districts.code, funds.districtCode))
    .where(and(eq(funds.id, ctx.body.fundId), eq(funds.districtCode, ctx.auth.districtCode)));
  // Anything but a donatable fund takes the transaction path, which answers with the rule's error.
  if (!row || !isDonatable(row.fund)) return undefined;
  const fund = { id: row.fund.id, name: row.fund.name, disclosure: row.fund.disclosure };
  const district = { offlineAccount: row.offlineAccount };
  const facts: DonationFacts = {
    fund,
    district,
    fundHolds: fundStillHolds(ctx, fund, district),
    until: Date.now() + FACTS_MS,
  };
  if (cache.size >= MAX_FACTS) cache.clear();
  cache.set(key, facts);
  return facts;
}

/** True while the fund is donatable and unchanged and its district's payment settings too. */
function fundStillHolds(
  ctx: CreateContext,
  fund: DonationFacts['fund'],
  district: PaymentDistrict,
): SQL {
  return sql`exists (${ctx.tx
    .select({ one: sql`1` })
    .from(funds)
    .innerJoin(districts, eq(districts.code, funds.districtCode))
    .where(
      and(
        eq(funds.id, fund.id),
        eq(funds.districtCode, ctx.auth.districtCode),
        eq(funds.mode, 'direct'),
        eq(funds.open, true),
        eq(funds.name, fund.name),
        eq(funds.disclosure, fund.disclosure!),
        district.offlineAccount === null
          ? isNull(districts.offlineAccount)
          : eq(districts.offlineAccount, district.offlineAccount),
      ),
    )})`;
}

/** True while the fund, its district and the wish given to are as `facts` and the request say. */
function stillHolds(ctx: CreateContext, facts: DonationFacts): SQL {
  if (ctx.body.needId === undefined) return facts.fundHolds;
  const wishStillFundable = sql`exists (${ctx.tx
    .select({ one: sql`1` })
    .from(needs)
    .where(
      and(
        eq(needs.id, ctx.body.needId),
        eq(needs.districtCode, ctx.auth.districtCode),
        eq(needs.kind, 'wish'),
        inArray(needs.status, ['open', 'claimed']),
        eq(needs.hidden, false),
      ),
    )})`;
  return and(facts.fundHolds, wishStillFundable)!;
}

/**
 * `POST /v1/donations` as one statement with its idempotency record (the binder's `oneStatement`):
 * the answer is built from cached facts of the fund and district, and the statement's guard
 * checks in the database that the fund is still donatable and unchanged, the district's payment
 * settings unchanged, and the wish (if any) still fundable. `undefined` whenever the facts do not
 * allow it; the transaction path (`createDonation`) then decides, with the same rules.
 */
export async function createDonationInOneStatement(
  ctx: CreateContext,
): Promise<OneStatementWrite | undefined> {
  const facts = await donationFacts(ctx);
  if (!facts) return undefined;
  const provider = providerFor(ctx.deps.payments, ctx.body.channel, facts.district);
  if (!provider) return undefined;
  const row = {
    ...pendingValues(ctx, facts.fund.id),
    id: newId('don'),
    reference: newReference(ctx.deps.now()),
    providerReference: null,
    confirmedAt: null,
  };
  const body = createdDonation(row, {
    fundName: facts.fund.name,
    district: facts.district,
    provider,
  });
  const cache = factsOf(ctx.tx);
  return {
    body,
    guard: stillHolds(ctx, facts),
    write: (keyed) => insertSelect(donations, row, keyed),
    onMiss: () => cache.delete(`${ctx.auth.districtCode}\n${ctx.body.fundId}`),
  };
}
