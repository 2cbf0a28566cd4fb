import { describe, expect, it } from 'vitest';
import { createDonationRoute, listNeedsRoute, routes } from './routes.js';
import { staffSignInRoute } from './routes-staff.js';
import { wireModule, wireOf } from './wire.js';

describe('the wire routes', () => {
  it('keep what a client sends by, and none of the schemas', () => {
    expect(wireOf(listNeedsRoute)).toEqual({
      id: 'listNeeds',
      method: 'GET',
      path: '/v1/needs',
      auth: 'publishable',
    });
    expect(wireOf(createDonationRoute)).toEqual({
      id: 'createDonation',
      method: 'POST',
      path: '/v1/donations',
      auth: 'publishable',
      idempotency: createDonationRoute.idempotency,
    });
    expect(wireOf(staffSignInRoute).idempotency).toBe('none');
    expect(wireOf(routes.streamEvents).stream).toBe(true);
  });

  it('are generated for every route of the table, by its name', async () => {
    const { js, dts } = wireModule(routes);
    const url = `data:text/javascript,${encodeURIComponent(js)}`;
    const wire = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
    expect(Object.keys(wire).sort()).toEqual(Object.keys(routes).sort());
    for (const [name, route] of Object.entries(routes)) expect(wire[name]).toEqual(wireOf(route));
    expect(dts).toContain(
      "export declare const listNeeds: WireRoute<(typeof routes)['listNeeds']>;",
    );
  });
});
