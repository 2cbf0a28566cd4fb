import { routes } from '@wushe/schema';
import type { Scenario } from './recorder.js';

/*
 * What <wushe-follow-ups>' stories replay: the district's follow-up list (the demo seed's 差评 of
 * the last month, some past their 15 working days, none covered by a holiday calendar) and a
 * record of each, so a story may record any of them.
 */

/** The query <wushe-follow-ups> sends. */
export const followUpsQuery = { kind: 'follow_ups' as const, limit: 50 };

export const followUpScenarios: readonly Scenario[] = [
  {
    name: 'staff-follow-ups',
    description:
      'The follow-up list (回访) as <wushe-follow-ups> loads it, overdue and in time, with their deadlines; then each recorded.',
    async run(context) {
      await context.unrecorded(async () => {
        // Two fresh 差评 of 锦绣香江社区's 垃圾分类 shift: in time, beside the overdue ones.
        for (const [i, value] of [1, 2].entries()) {
          await context.resident.requester.call(routes.respondToSurvey, {
            params: { id: 'svy_pyActivityRating' },
            body: {
              respondentToken: `recordedFollowUp${String(i)}xxxxxxxx`,
              subjectId: 'act_jxSortingShift',
              answers: [{ questionId: 'overall', value }],
            },
          });
        }
      });
      const page = await context.staff.requester.call(routes.listStaffQueue, {
        query: followUpsQuery,
      });
      if (!page.data.some((item) => item.kind === 'follow_ups' && item.overdue))
        throw new Error('recording: no overdue follow-up in the demo seed');
      for (const item of page.data) {
        await context.staff.requester.call(routes.recordFollowUp, {
          params: { id: item.id },
          body: { outcome: 'resolved', notes: '已电话回访，居民表示满意。' },
        });
      }
    },
  },
];
