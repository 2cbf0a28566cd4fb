import { describe, expectTypeOf, it } from 'vitest';
import {
  createNeedRoute,
  getActivityRoute,
  getNeedRoute,
  listFundsRoute,
  listNeedsRoute,
  updateNeedRoute,
  type Activity,
  type Fund,
  type Need,
  type Page,
  type StaffNeed,
} from '@wushe/schema';
import { Requester } from '../src/index.js';

/*
 * The types of `Requester.call`, checked by `tsc` (the typecheck task): each `@ts-expect-error`
 * fails the typecheck if the call it marks ever compiles. Nothing is sent.
 */
const requester = new Requester({ baseUrl: 'http://api.test' });
const never = () => false;

describe('Requester.call types', () => {
  it('types the result from the route’s response in the contract', () => {
    if (never()) {
      expectTypeOf(
        requester.call(getActivityRoute, { params: { id: 'act_x' } }),
      ).resolves.toEqualTypeOf<Activity & { readonly requestId: string }>();
      expectTypeOf(requester.call(listFundsRoute, {})).resolves.toExtend<Page<Fund>>();
      expectTypeOf(requester.call(getNeedRoute, { params: { id: 'need_x' } })).resolves.toExtend<
        Need | StaffNeed
      >();
    }
  });

  it('types the input from the route’s schemas', () => {
    if (never()) {
      void requester.call(listNeedsRoute, {}); // every query field is optional
      void requester.call(listNeedsRoute, { query: { status: 'open', limit: 10 } });
      // @ts-expect-error a body the route requires is missing
      void requester.call(createNeedRoute, {});
      // @ts-expect-error a need has no status `done`
      void requester.call(updateNeedRoute, { params: { id: 'need_x' }, body: { status: 'done' } });
      // @ts-expect-error a read takes no body
      void requester.call(getNeedRoute, { params: { id: 'need_x' }, body: {} });
      // @ts-expect-error the path's id is required
      void requester.call(getNeedRoute, {});
    }
  });
});
