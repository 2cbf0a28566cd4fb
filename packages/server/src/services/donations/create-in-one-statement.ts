import { and, eq, sql, type SQL } from 'drizzle-orm';
import { wholeRowInsert } from '../../db/insert-select.js';
import { districts, donations, funds, needs } from '../../db/tables/index.js';
import { newId } from '../ids.js';
import { FactCache, type OneStatementWrite } from '../one-statement.js';
import { providerFor, type PaymentDistrict } from '../payments.js';
import { createdDonation, newReference, pendingValues, type CreateContext } from './create.js';
import { isDonatable, type FundRow } from './fund-view.js';

/** What a donation's answer and rules rely on, beyond the request: read once, re-checked by every write. */
interface DonationFacts {
  readonly fund: Pick<FundRow, 'id' | 'name' | 'disclosure'>;
  readonly district: PaymentDistrict;
  /**
   * The row versions the facts were read from (PostgreSQL's `xmin`, which every update of a row
   * changes): while the fund's and the district's rows are these versions, every fact read from
   * them — donatable, name, disclosure, the district's account — still holds.
   */
  readonly fundVersion: string;
  readonly districtVersion: string;
}

const donationFactCache = new FactCache<DonationFacts>();

/** The facts of a donatable fund and its district, or `undefined` for any other fund. */
async function donationFacts(ctx: CreateContext): Promise<DonationFacts | undefined> {
  return donationFactCache.get(ctx.tx, factsKey(ctx), async () => {
    const [row] = await ctx.tx
      .select({
        fund: funds,
        offlineAccount: districts.offlineAccount,
        fundVersion: sql<string>`${funds}.xmin::text`,
        districtVersion: sql<string>`${districts}.xmin::text`,
      })
      .from(funds)
      .innerJoin(districts, eq(districts.code, funds.districtCode))
      .where(and(eq(funds.id, ctx.body.fundId), eq(funds.districtCode, ctx.auth.districtCode)));
    // Anything but a donatable fund takes the transaction path, which answers with the rule's error.
    if (!row || !isDonatable(row.fund)) return undefined;
    return {
      fund: { id: row.fund.id, name: row.fund.name, disclosure: row.fund.disclosure },
      district: { offlineAccount: row.offlineAccount },
      fundVersion: row.fundVersion,
      districtVersion: row.districtVersion,
    };
  });
}

const factsKey = (ctx: CreateContext) => `${ctx.auth.districtCode}\n${ctx.body.fundId}`;

/** True while the fund's and its district's rows are the versions the facts were read from. */
const fundStillHolds = (): SQL => sql`exists (select 1 from ${funds}
  inner join ${districts} on ${districts.code} = ${funds.districtCode}
  where ${funds.id} = ${sql.placeholder('fund.id')}::text
    and ${funds.districtCode} = ${sql.placeholder('fund.district')}::text
    and ${funds}.xmin::text = ${sql.placeholder('fund.version')}::text
    and ${districts}.xmin::text = ${sql.placeholder('district.version')}::text)`;

/** True while the wish given to is still a public, unfulfilled 微心愿 of the district. */
const wishStillFundable = (): SQL => sql`exists (select 1 from ${needs}
  where ${needs.id} = ${sql.placeholder('wish.id')}::text
    and ${needs.districtCode} = ${sql.placeholder('fund.district')}::text
    and ${needs.kind} = 'wish' and ${needs.status} in ('open', 'claimed')
    and ${needs.hidden} = false)`;

/**
 * `POST /v1/donations` as one statement with its idempotency record (the binder's `oneStatement`):
 * the answer is built from cached facts of the fund and district, and the statement's guard
 * checks in the database that the fund's and district's rows are unchanged since (so the fund is
 * still donatable and the answer's name, disclosure and account still true), and the wish (if
 * any) still fundable. `undefined` whenever the facts do not allow it; the transaction path
 * (`createDonation`) then decides, with the same rules. The statement's text is built once.
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
  const wish = ctx.body.needId;
  return {
    body,
    shape: wish === undefined ? 'donation' : 'donation+wish',
    guard: () =>
      wish === undefined ? fundStillHolds() : sql`${fundStillHolds()} and ${wishStillFundable()}`,
    ...wholeRowInsert(donations, row, {
      'fund.id': facts.fund.id,
      'fund.district': ctx.auth.districtCode,
      'fund.version': facts.fundVersion,
      'district.version': facts.districtVersion,
      ...(wish === undefined ? {} : { 'wish.id': wish }),
    }),
    onMiss: () => {
      donationFactCache.forget(ctx.tx, factsKey(ctx));
    },
  };
}
