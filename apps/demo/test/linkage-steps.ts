// The linkage chain's facts and the one step it takes through the HTTP API (SPEC §11): the
// residents' ratings beyond the one given on the project's page, as their survey widgets send them.
import { expect } from 'vitest';
import { callApi } from '@wushe/server/testing';
import { stack } from './support.js';

/** The demo seed's community, organization and fund the chain runs in. */
export const CHAIN = {
  community: '440113104001',
  /** 锦绣香江长者会, whose member is `jinxiu.elders`; its resource is 长者助餐与上门探访. */
  organization: 'org_jxElders',
  /** 锦绣香江社区's direct fund, which has raised money to disburse. */
  fund: 'fund_Nc4Ps8Yd2M',
} as const;

/** Residents' ratings of `subjectId` in `surveyId` from the public API, as their widgets send them. */
export async function rateFromApi(
  surveyId: string,
  subjectId: string,
  ratings: readonly number[],
  run: string,
) {
  for (const [n, value] of ratings.entries()) {
    const answer = await callApi(
      stack.api,
      stack.publishableKey,
      'POST',
      `/v1/surveys/${surveyId}/responses`,
      {
        respondentToken: `chain-${run}-household-${n}`.padEnd(16, '0'),
        subjectId,
        answers: [
          { questionId: 'overall', value },
          { questionId: 'recommend', value: value * 2 },
        ],
      },
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  }
}
