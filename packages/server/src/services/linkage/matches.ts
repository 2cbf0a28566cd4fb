import { and, eq, isNotNull } from 'drizzle-orm';
import {
  fieldIssue,
  type Claim,
  type CreateMatchRequest,
  type NeedMatch,
  type OrganizationClaimRequest,
} from '@wushe/schema';
import type * as z from 'zod/mini';
import type { Executor } from '../../db/database.js';
import { needMatches, organizations, roleGrants, staffAccounts } from '../../db/tables/index.js';
import type { NotifierMessage } from '../notifier.js';
import type { NeedContext } from '../needs/lifecycle.js';
import { takeNeed } from '../needs/resident.js';
import { needFor, insertRefusingDuplicate } from '../needs/store.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { resourceFor } from './resources.js';
import { presentMatch } from './need-matches.js';

/** What matching uses of a handler's context: the need helpers' part and the notifier. */
export type MatchContext = NeedContext & {
  readonly notify: (message: NotifierMessage) => void;
};

/**
 * Where an organization is told of a match: the invite contact of each of its members' enabled
 * accounts (an organization's public contact is a desk for residents, not for staff messages).
 */
async function memberContacts(tx: Executor, organizationId: string) {
  return tx
    .select({ channel: staffAccounts.inviteChannel, to: staffAccounts.inviteTo })
    .from(staffAccounts)
    .innerJoin(roleGrants, eq(roleGrants.accountId, staffAccounts.id))
    .where(
      and(
        eq(roleGrants.role, 'org_member'),
        eq(roleGrants.scope, organizationId),
        eq(staffAccounts.disabled, false),
        isNotNull(staffAccounts.inviteTo),
      ),
    );
}

/**
 * `POST /v1/needs/{id}/matches` (供需对接): staff link an open need to a published resource. The
 * organization's members are told through the notifier once the link is committed (template
 * `need_matched`); the organization may then take the need as itself.
 */
export async function createMatch(
  ctx: MatchContext,
  needId: string,
  body: z.output<typeof CreateMatchRequest>,
): Promise<NeedMatch> {
  const need = await needFor(ctx.tx, ctx.auth, needId, { lock: true });
  if (need.status !== 'open') throw new DomainError('need_not_open');
  const { resource, organizationName } = await resourceFor(
    ctx.tx,
    ctx.auth.districtCode,
    body.resourceId,
  );
  if (resource.status !== 'published') {
    throw new DomainError('resource_paused', [
      fieldIssue(['resourceId'], 'resource_not_published', undefined, ctx.messages),
    ]);
  }
  const now = ctx.deps.now();
  const [row] = await insertRefusingDuplicate(
    ctx.tx
      .insert(needMatches)
      .values({
        id: newId('mtc'),
        districtCode: ctx.auth.districtCode,
        needId: need.id,
        resourceId: resource.id,
        organizationId: resource.organizationId,
        note: body.note || null,
        accountId: ctx.auth.staff?.account.id ?? null,
        createdAt: now,
      })
      .returning(),
    'need_matches_one_per_resource',
    'already_matched',
  );
  const match = presentMatch(row!, organizationName);
  await ctx.audit('need.match', 'need', need.id, { match });
  for (const contact of await memberContacts(ctx.tx, resource.organizationId)) {
    ctx.notify({
      districtCode: ctx.auth.districtCode,
      channel: contact.channel ?? 'sms',
      to: contact.to!,
      template: 'need_matched',
      params: {
        needId: need.id,
        needTitle: need.title,
        resourceTitle: resource.title,
        organization: organizationName,
      },
    });
  }
  return match;
}

/**
 * `POST /v1/needs/{id}/organization-claims`: an organization takes a need staff matched to one
 * of its resources, as itself: the public need then names the organization as its claimant.
 */
export async function claimNeedAsOrganization(
  ctx: NeedContext,
  needId: string,
  body: z.output<typeof OrganizationClaimRequest>,
): Promise<Claim> {
  const need = await needFor(ctx.tx, ctx.auth, needId, { lock: true });
  const [organization] = await ctx.tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(
      and(
        eq(organizations.id, body.organizationId),
        eq(organizations.districtCode, ctx.auth.districtCode),
      ),
    );
  if (!organization) throw new DomainError('not_found');
  const [matched] = await ctx.tx
    .select({ id: needMatches.id })
    .from(needMatches)
    .where(
      and(eq(needMatches.needId, need.id), eq(needMatches.organizationId, body.organizationId)),
    )
    .limit(1);
  if (!matched) {
    throw new DomainError('need_not_matched', [
      fieldIssue(['organizationId'], 'not_matched_to_organization', undefined, ctx.messages),
    ]);
  }
  const claim = await takeNeed(ctx, need, {
    claimantType: 'organization',
    claimantName: organization.name,
    // The organization acts in public under its name; no person's mobile is stored for it.
    claimantMobile: '',
    note: body.note || null,
    consentVersion: 'organization',
    organizationId: body.organizationId,
  });
  await ctx.audit('need.claim_as_organization', 'need', need.id, {
    claimId: claim.id,
    organizationId: body.organizationId,
    matchId: matched.id,
  });
  return claim;
}
