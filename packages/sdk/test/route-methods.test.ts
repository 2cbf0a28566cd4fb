import { describe, expect, it } from 'vitest';
import { routes, type RouteName } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { createClient, ROUTE_METHODS } from '../src/index.js';

/** A valid id for each resource a path names, by the path's first segment. */
const ID_BY_SEGMENT: Record<string, string> = {
  needs: 'need_0000000000000000',
  activities: 'act_0000000000000000',
  volunteers: 'vol_0000000000000000',
  funds: 'fund_0000000000000000',
  donations: 'don_0000000000000000',
  surveys: 'svy_0000000000000000',
  organizations: 'org_0000000000000000',
  'social-workers': 'sw_0000000000000000',
  accounts: 'acc_0000000000000000',
  keys: 'key_0000000000000000',
  staff: 'rsp_0000000000000000',
  rewards: 'rwd_0000000000000000',
  /** `/v1/residents/me/signups/{id}`: the only resident path with an id. */
  residents: 'sgn_0000000000000000',
  resources: 'res_0000000000000000',
  projects: 'prj_0000000000000000',
  calls: 'call_0000000000000000',
};

/** What the routes whose query has a required field are called with. */
const REQUIRED_QUERY: Partial<Record<RouteName, object>> = {
  listStaffQueue: { kind: 'needs_review' },
  getIndicators: { division: '440113' },
  listStaffFunds: { division: '440113104' },
  listRewards: { community: '440113104001' },
};

/** What each method is called with: the route's example body, and an id when its path has one. */
function argumentsOf(name: RouteName): Record<string, unknown> {
  const route = routes[name];
  const segment = route.path.split('/')[2]!;
  const example = (requestExamples as Partial<Record<RouteName, object>>)[name] ?? {};
  return {
    ...(route.path.includes('{id}') ? { id: ID_BY_SEGMENT[segment] } : {}),
    ...(route.path.includes('{code}') ? { code: '440113104001' } : {}),
    ...REQUIRED_QUERY[name],
    ...example,
  };
}

describe('ROUTE_METHODS', () => {
  it.each(Object.keys(routes) as RouteName[])(
    '%s: its client method sends that route',
    async (name) => {
      const route = routes[name];
      const sent: { method: string; url: string }[] = [];
      const client = createClient({
        baseUrl: 'http://api.test',
        secretKey: 'sk_test_x',
        maxRetries: 0,
        fetch: (url, init) => {
          sent.push({
            method: init?.method ?? 'GET',
            url: url instanceof Request ? url.url : url.toString(),
          });
          return Promise.resolve(new Response('{"data":[],"nextCursor":null}', { status: 200 }));
        },
      });
      const [resource, method] = ROUTE_METHODS[name].split('.') as [string, string];
      const target = (
        client as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>
      )[resource]!;
      const result: unknown = target[method]!.call(target, argumentsOf(name), () => undefined);
      if (typeof result === 'function')
        (result as () => void)(); // a subscription: end it
      else await result;
      const path = new URL(sent[0]!.url).pathname;
      const pattern = new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`);
      expect(sent[0]!.method).toBe(route.method);
      expect(path).toMatch(pattern);
    },
  );
});
