import { districtOf } from '@wushe/schema';
import { claims, needs } from '../../db/tables/index.js';
// The needs module's own indexing, so seeded needs are found by the same search as posted ones.
import { needSearchTerms } from '../../services/needs/search.js';
import { streetOf } from './divisions.js';
import { CARE_NEEDS, type NeedSeed } from './need-data-care.js';
import { COMMUNITY_NEEDS } from './need-data-community.js';
import { beijingTime, DEMO_POLICY_VERSION, demoMobile, type SeedContext } from './support.js';

/** Every need of the demo, in the order it is written. */
const NEEDS: readonly NeedSeed[] = [...CARE_NEEDS, ...COMMUNITY_NEEDS];

const HOUR_MS = 3_600_000;
/** A claimed need is marked fulfilled this long after its claim. */
const FULFILMENT_HOURS = 72;

/** The id of a need's claim: the need's own suffix, so the pair reads together in the data. */
const claimIdOf = (need: NeedSeed) => need.id.replace(/^need_/, 'clm_');

function timelineOf(need: NeedSeed, now: Date) {
  // Posted in the morning or the evening, as residents do, spread over the past weeks.
  const createdAt = beijingTime(now, -need.daysAgo, need.daysAgo % 2 === 0 ? 9 : 20, 15);
  const claimedAt = need.claim
    ? new Date(createdAt.getTime() + need.claim.afterHours * HOUR_MS)
    : null;
  const fulfilledAt =
    need.status === 'fulfilled' && claimedAt
      ? new Date(claimedAt.getTime() + FULFILMENT_HOURS * HOUR_MS)
      : null;
  // A review (open, rejected, closed) touches the need a few hours after it is posted.
  const reviewedAt =
    need.status === 'pending_review' ? createdAt : new Date(createdAt.getTime() + 4 * HOUR_MS);
  return { createdAt, claimedAt, fulfilledAt, updatedAt: fulfilledAt ?? claimedAt ?? reviewedAt };
}

/** The needs of both districts, with an active claim on each claimed one and a completed one on each fulfilled one. */
export async function seedNeeds({ tx, now }: SeedContext): Promise<void> {
  for (const need of NEEDS) {
    if ((need.status === 'claimed' || need.status === 'fulfilled') !== Boolean(need.claim)) {
      throw new Error(`demo need ${need.id}: only claimed and fulfilled needs carry a claim`);
    }
  }
  const planned = NEEDS.map((need) => ({ need, ...timelineOf(need, now) }));
  await tx.insert(needs).values(
    planned.map(({ need, createdAt, claimedAt, fulfilledAt, updatedAt }) => ({
      id: need.id,
      districtCode: districtOf(need.communityCode)!,
      streetCode: streetOf(need.communityCode),
      communityCode: need.communityCode,
      kind: need.kind,
      category: need.category,
      title: need.title,
      description: need.description,
      valueFen: need.valueFen ?? null,
      anonymous: need.anonymous,
      contactName: need.requester[0],
      contactMobile: demoMobile(need.requester[1]),
      consentVersion: DEMO_POLICY_VERSION,
      status: need.status,
      reason: need.reason ?? null,
      searchTerms: needSearchTerms({
        title: need.title,
        description: need.description,
        community: need.communityCode,
        street: streetOf(need.communityCode),
      }),
      createdAt,
      updatedAt,
      claimedAt,
      fulfilledAt,
    })),
  );
  await tx.insert(claims).values(
    planned.flatMap(({ need, claimedAt }) =>
      need.claim && claimedAt
        ? [
            {
              id: claimIdOf(need),
              needId: need.id,
              claimantType: need.claim.type,
              claimantName: need.claim.name,
              claimantMobile: demoMobile(need.claim.mobileSerial),
              note: need.claim.note ?? null,
              consentVersion: DEMO_POLICY_VERSION,
              status: need.status === 'fulfilled' ? 'completed' : 'active',
              createdAt: claimedAt,
            },
          ]
        : [],
    ),
  );
}
