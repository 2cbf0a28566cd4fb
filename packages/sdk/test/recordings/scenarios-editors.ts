import { routes } from '@wushe/schema';
import { DemoIds } from '../../src/fixtures/index.js';
import type { Scenario } from './recorder.js';

/*
 * What the staff editors' stories replay (@wushe/staff-elements): the district's keys as
 * <wushe-key-editor> loads them, a secret key issued and revoked; the accounts of 锦绣香江社区
 * and of a community with none as <wushe-account-editor> loads them (with what may be granted,
 * the divisions, organizations and calls), one invited and then disabled; 锦绣香江社区's
 * organizations as <wushe-organization-editor> loads them, one registered, and a community with
 * none; 南村镇's social workers as <wushe-social-worker-editor> loads them, one added; 南村镇's
 * funds as <wushe-fund-editor> loads them, one created with half its disclosure.
 */

/** The query <wushe-account-editor division="…"> sends. */
export const accountsQuery = (division: string) => ({ division, limit: 100 });

/** The query <wushe-organization-editor division="…"> sends for a community. */
export const organizationsQuery = (community: string) => ({ community, limit: 100 });

/** The queries <wushe-social-worker-editor division="…"> sends: its workers, and the agencies. */
export const socialWorkersQuery = (place: { community?: string; street?: string }) => ({
  ...place,
  active: 'any' as const,
  limit: 100,
});
export const agenciesQuery = { kind: 'social_work_agency', limit: 100 } as const;

/** The query <wushe-fund-editor division="…"> sends. */
export const staffFundsQuery = (division: string) => ({ division, limit: 100 });

export const editorScenarios: readonly Scenario[] = [
  {
    name: 'staff-keys',
    description: "The district's keys; a secret key issued (shown once) and then revoked.",
    async run(context) {
      await context.staff.requester.call(routes.listKeys, {});
      const issued = await context.staff.requester.call(routes.createKey, {
        body: { kind: 'secret' },
      });
      await context.staff.requester.call(routes.revokeKey, { params: { id: issued.id } });
    },
  },
  {
    name: 'staff-accounts',
    description:
      '锦绣香江社区’s accounts, what the admin may grant and the divisions; a worker invited, then disabled; a community with no account.',
    async run(context) {
      const staff = context.staff.requester;
      await staff.call(routes.listAccounts, { query: accountsQuery(DemoIds.community) });
      await staff.call(routes.listGrantableRoles, {});
      await staff.call(routes.listDivisions, {});
      await staff.call(routes.listOrganizations, { query: { limit: 100 } });
      await staff.call(routes.listCalls, { query: { limit: 100 } });
      const invited = await staff.call(routes.createAccount, {
        body: {
          name: '李晓梅',
          login: 'li.xiaomei',
          contact: { mobile: '13800138123' },
          roles: [{ role: 'community_staff', scope: DemoIds.community }],
        },
      });
      await staff.call(routes.updateAccount, {
        params: { id: invited.id },
        body: { disabled: true },
      });
      await staff.call(routes.listAccounts, { query: accountsQuery(DemoIds.emptyCommunity) });
    },
  },
  {
    name: 'staff-organizations',
    description:
      '锦绣香江社区’s organizations and the divisions; one registered with its credit code; a community with none.',
    async run(context) {
      const staff = context.staff.requester;
      await staff.call(routes.listOrganizations, { query: organizationsQuery(DemoIds.community) });
      await staff.call(routes.listDivisions, {});
      await staff.call(routes.createOrganization, {
        body: {
          name: '锦绣香江书画社',
          kind: 'community_social_org',
          category: 'culture',
          registration: 'registered',
          creditCode: '52440113MJ0000001N',
          communityId: DemoIds.community,
        },
      });
      await staff.call(routes.listOrganizations, {
        query: organizationsQuery(DemoIds.emptyCommunity),
      });
    },
  },
  {
    name: 'staff-social-workers',
    description:
      '南村镇’s social workers, the agencies and the divisions; one added at the street’s 社工站; a community with none.',
    async run(context) {
      const staff = context.staff.requester;
      await staff.call(routes.listSocialWorkers, {
        query: socialWorkersQuery({ street: DemoIds.street }),
      });
      await staff.call(routes.listOrganizations, { query: agenciesQuery });
      await staff.call(routes.listDivisions, {});
      await staff.call(routes.createSocialWorker, {
        body: {
          name: '冯敏仪',
          organizationId: 'org_pyHeyueSocialWork',
          station: '南村镇社工站',
          certificateLevel: 'assistant_social_worker',
          streetId: DemoIds.street,
        },
      });
      await staff.call(routes.listSocialWorkers, {
        query: socialWorkersQuery({ community: DemoIds.emptyCommunity }),
      });
    },
  },
  {
    name: 'staff-funds',
    description:
      '南村镇’s funds as staff edit them and the divisions; one created with half its disclosure; a community with none.',
    async run(context) {
      const staff = context.staff.requester;
      await staff.call(routes.listStaffFunds, { query: staffFundsQuery(DemoIds.street) });
      await staff.call(routes.listDivisions, {});
      await staff.call(routes.createFund, {
        body: {
          divisionId: DemoIds.street,
          name: '南村镇助学基金',
          mode: 'direct',
          targetFen: 8_000_000,
          disclosure: {
            organizationName: '广州市番禺区慈善会',
            creditCode: '53100000500021676K',
          },
        },
      });
      await staff.call(routes.listStaffFunds, { query: staffFundsQuery(DemoIds.emptyCommunity) });
    },
  },
];
