import { routes } from '@wushe/schema';
import { DemoIds } from '../../src/fixtures/index.js';
import type { Scenario, ScenarioContext } from './recorder.js';

/*
 * What <wushe-call-desk division="…"> loads, for its stories (@wushe/staff-elements): 南村镇's
 * calls and the division tree; the page of its open call (votes hidden) and of its closed call
 * (the ranking), each with the funds it may be paid from and the needs its proposals answer.
 */

/** The query <wushe-call-desk> sends for a street's calls. */
export const callDeskQuery = (street: string) => ({ limit: 50, division: street });

/** A call's page as the desk loads it: the call, the funds of its division, its needs. */
async function loadPage(context: ScenarioContext, id: string) {
  const staff = context.staff.requester;
  const call = await staff.call(routes.getCall, { params: { id } });
  await staff.call(routes.listStaffFunds, { query: { division: call.divisionId, limit: 100 } });
  for (const needId of new Set(call.proposals.flatMap((proposal) => proposal.needIds))) {
    await staff.call(routes.getNeed, { params: { id: needId } }).catch(() => undefined);
  }
}

export const callDeskScenarios: readonly Scenario[] = [
  {
    name: 'staff-call-desk',
    description:
      '南村镇’s calls with the division tree; the open call’s page and the closed call’s ranking, with the funds and needs each loads.',
    async run(context) {
      const staff = context.staff.requester;
      const page = await staff.call(routes.listCalls, { query: callDeskQuery(DemoIds.street) });
      await staff.call(routes.listDivisions, {});
      for (const call of page.data) await loadPage(context, call.id);
    },
  },
];
