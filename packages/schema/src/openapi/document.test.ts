import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { routes } from '../api/routes.js';
import { buildOpenApiDocument } from './document.js';

const document = buildOpenApiDocument() as {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        responses: Record<string, unknown>;
        parameters: { name: string; in: string; required: boolean }[];
      }
    >
  >;
  components: { schemas: Record<string, Record<string, unknown>> };
};

describe('the generated OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('would be refused if it were broken (the validator is not a no-op)', async () => {
    const broken = structuredClone(document) as Record<string, unknown>;
    delete broken.info;
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it('has one operation per route of the table', () => {
    for (const [name, route] of Object.entries(routes)) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation?.operationId, name).toBe(name);
      expect(operation?.responses).toHaveProperty(String(route.status));
    }
  });

  it('resolves every $ref to a component', () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(20);
    for (const [, name] of refs) expect(document.components.schemas, name).toHaveProperty(name!);
  });

  it('names no component that is only a reference to itself', () => {
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      expect(schema.$ref, name).not.toBe(`#/components/schemas/${name}`);
    }
  });

  it('documents the Idempotency-Key header on every write, required only for donations', () => {
    const header = (path: string, method: string) =>
      document.paths[path]![method]!.parameters.find((p) => p.name === 'Idempotency-Key');
    // The staff credential exchanges take no key: a replay record would keep the session token
    // they answer with in plain text (`idempotency: 'none'`, see RouteDefinition), and issuing an
    // API key answers with the key itself. Exactly these.
    const credentialExchanges = [
      '/v1/keys',
      '/v1/staff/sign-in',
      '/v1/staff/password',
      '/v1/staff/sessions',
      '/v1/staff/sign-out',
      // TOTP enrolment answers a secret; confirming and turning it off spend a one-time code.
      '/v1/staff/totp',
      '/v1/staff/totp',
      '/v1/staff/totp/confirm',
      // A resident's code request (a replay would answer "sent" and send nothing), sign-in and
      // sign-out, and erasure (it ends the very token a retry would carry).
      '/v1/residents/codes',
      '/v1/residents/sessions',
      '/v1/residents/sessions/current',
      '/v1/residents/me',
    ];
    const unkeyedWrites = Object.values(routes)
      .filter((route) => route.method !== 'GET' && route.idempotency === 'none')
      .map((route) => route.path);
    expect(unkeyedWrites.sort()).toEqual([...credentialExchanges].sort());
    for (const route of Object.values(routes)) {
      const method = route.method.toLowerCase();
      if (route.method === 'GET' || credentialExchanges.includes(route.path))
        expect(header(route.path, method), route.id).toBeUndefined();
      else
        expect(header(route.path, method)?.required, route.id).toBe(route.path === '/v1/donations');
    }
    expect(header('/v1/needs/{id}', 'patch')?.required).toBe(false);
    expect(header('/v1/donations/{id}/confirm', 'post')?.required).toBe(false);
  });

  it('keeps the requester contact out of the public need', () => {
    const need = document.components.schemas.Need as { properties: Record<string, unknown> };
    expect(need.properties).not.toHaveProperty('contact');
    expect(document.components.schemas.StaffNeed).toHaveProperty('properties.contact');
  });

  it('describes money as integer fen', () => {
    const donation = document.components.schemas.CreateDonationRequest as {
      properties: { amountFen: { type: string; minimum: number } };
    };
    expect(donation.properties.amountFen).toMatchObject({ type: 'integer', minimum: 100 });
  });

  it('lists each error status with the error body', () => {
    const responses = document.paths['/v1/needs/{id}/claims']!.post!.responses;
    expect(Object.keys(responses)).toEqual(
      expect.arrayContaining([
        '201',
        '400',
        '401',
        '403',
        '404',
        '409',
        '413',
        '415',
        '422',
        '429',
        '500',
      ]),
    );
  });
});
