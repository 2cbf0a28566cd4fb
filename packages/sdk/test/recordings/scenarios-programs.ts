import { routes } from '@wushe/schema';
import { DemoIds } from '../../src/fixtures/index.js';
import type { Scenario } from './recorder.js';
import { organizationsQuery } from './scenarios-editors.js';

/*
 * What the programme editors' stories replay (@wushe/staff-elements): 锦绣香江社区's activities
 * as <wushe-activity-editor> loads them (with the organizations and divisions its form offers),
 * one published and one cancelled, and a community with none; the surveys 锦绣香江社区's staff run
 * as <wushe-survey-editor> loads them, one created and answered, its new version, and a community
 * with none.
 */

/** The query <wushe-activity-editor division="…"> sends for a community. */
export const activitiesQuery = (community: string) => ({ community, limit: 100 });

export const programScenarios: readonly Scenario[] = [
  {
    name: 'staff-activities',
    description:
      '锦绣香江社区’s upcoming activities, its organizations and the divisions; one published, one cancelled; a community with none.',
    async run(context) {
      const staff = context.staff.requester;
      const load = (community: string) =>
        Promise.all([
          staff.call(routes.listActivities, { query: activitiesQuery(community) }),
          staff.call(routes.listOrganizations, { query: organizationsQuery(community) }),
        ]);
      await load(DemoIds.community);
      await staff.call(routes.listDivisions, {});
      const published = await staff.call(routes.createActivity, {
        body: {
          communityId: DemoIds.community,
          title: '长者智能手机课堂',
          description: '教社区长者使用健康码、视频通话和防诈骗设置。',
          category: 'elderly_care',
          location: '锦绣香江社区党群服务中心二楼',
          startsAt: '2026-12-05T01:30:00.000Z',
          endsAt: '2026-12-05T03:30:00.000Z',
          capacity: 12,
        },
      });
      await staff.call(routes.updateActivity, {
        params: { id: published.id },
        body: { status: 'cancelled' },
      });
      await load(DemoIds.emptyCommunity);
    },
  },
  {
    name: 'staff-surveys',
    description:
      'A survey of 锦绣香江社区 created, answered, then given a new version; the community’s surveys with their responses and the divisions; a community with none.',
    async run(context) {
      const staff = context.staff.requester;
      const created = await staff.call(routes.createSurvey, {
        body: {
          communityId: DemoIds.community,
          title: '长者饭堂满意度',
          description: '一事一评，匿名填写。',
          subjectType: 'community_service',
          questions: [{ id: 'q1', type: 'rating', prompt: '您对长者饭堂满意吗？', required: true }],
          resultsPublic: true,
        },
      });
      await context.unrecorded(() =>
        context.resident.requester.call(routes.respondToSurvey, {
          params: { id: created.id },
          body: {
            respondentToken: 'rt_recordedSurvey0001',
            subjectId: DemoIds.community,
            answers: [{ questionId: 'q1', value: 4 }],
          },
        }),
      );
      await staff.call(routes.createSurveyVersion, {
        params: { id: created.id },
        body: {
          questions: [
            { id: 'q1', type: 'rating', prompt: '您对长者饭堂满意吗？', required: true },
            { id: 'q2', type: 'text', prompt: '您的建议', required: false, maxLength: 500 },
          ],
        },
      });
      await staff.call(routes.listStaffSurveys, { query: { community: DemoIds.community } });
      await staff.call(routes.listDivisions, {});
      await staff.call(routes.listStaffSurveys, { query: { community: DemoIds.emptyCommunity } });
    },
  },
];
