import { routes } from '@wushe/schema';
import { DEMO_STAFF_PASSWORD } from '@wushe/server/testing';
import { DemoIds } from '../../src/fixtures/index.js';
import type { Scenario } from './recorder.js';

/*
 * What <wushe-organization-desk>'s stories replay (@wushe/staff-elements): the demo member of
 * 锦绣香江长者会 (jinxiu.elders) opens the desk — two of 锦绣香江社区's needs matched by staff to
 * its 助餐 resource, one of them claimed — with the district's open calls.
 */

/** The demo's 锦绣香江长者会 and its 助餐 resource. */
const ELDERS = 'org_jxElders';
const MEALS = 'res_jxEldersMeals';

/** The query <wushe-organization-desk> sends for the open calls. */
export const openCallsQuery = { status: 'open', limit: 50 } as const;

export const organizationDeskScenarios: readonly Scenario[] = [
  {
    name: 'staff-organization-desk',
    description:
      '锦绣香江长者会’s desk as its member opens it: the session, the needs matched to it (one claimed), its proposals and projects, the open calls.',
    async run(context) {
      const member = await context.unrecorded(async () => {
        const staff = context.staff.requester;
        // As the public lists them: a need hidden by residents' reports is on no desk.
        const open = await context.resident.requester.call(routes.listNeeds, {
          query: { community: DemoIds.community, status: 'open', limit: 20 },
        });
        const [first, second] = open.data;
        for (const need of [first, second]) {
          if (!need) continue;
          await staff
            .call(routes.createMatch, { params: { id: need.id }, body: { resourceId: MEALS } })
            .catch(() => undefined); // matched already by an earlier scenario: as good
        }
        const session = await context.resident.requester.call(routes.staffSignIn, {
          body: { login: 'jinxiu.elders', password: DEMO_STAFF_PASSWORD },
        });
        const elders = context.as(session.session.token).requester;
        if (first) {
          await elders.call(routes.claimNeedAsOrganization, {
            params: { id: first.id },
            body: { organizationId: ELDERS },
          });
        }
        return elders;
      });
      await member.call(routes.getStaffMe, {});
      await member.call(routes.getOrganizationDesk, { params: { id: ELDERS } });
      await member.call(routes.listCalls, { query: openCallsQuery });
    },
  },
];
