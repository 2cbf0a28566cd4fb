import { describe, expect, it } from 'vitest';
import { ApiErrorBody, en, validate, zhCN } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { IdempotencyError, ValidationError } from '../src/index.js';
import {
  createFixtureClient,
  createFixtureFetch,
  FIXTURE_SECRET_KEY,
  FixtureContractError,
  FixtureIds,
} from '../src/fixtures/index.js';
import { fixture, raw, rejection } from './fixture-support.js';

describe('the contract, as the server speaks it', () => {
  it('answers a bad request 400 validation_failed, naming each field', async () => {
    const { transport, resident } = fixture();
    const bad = {
      ...requestExamples.createNeed,
      title: '助',
      contact: { name: '陈秀英', mobile: '12345' },
    };
    const answer = await raw(transport, 'POST', '/v1/needs', { body: bad });
    expect(answer.status).toBe(400);
    expect(validate(ApiErrorBody, answer.json).success).toBe(true);
    expect(answer.json.error).toMatchObject({
      code: 'validation_failed',
      message: zhCN.errors.validation_failed,
    });
    expect(answer.json.error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['title'], code: 'too_short' }),
        expect.objectContaining({
          path: ['contact', 'mobile'],
          code: 'mobile_format',
          message: zhCN.issues.mobile_format,
        }),
      ]),
    );
    expect(answer.headers.get('X-Request-Id')).toBe(answer.json.error.requestId);

    const unknown = await raw(transport, 'GET', '/v1/needs?colour=red');
    expect(unknown.json.error.issues).toEqual([
      expect.objectContaining({ path: ['colour'], code: 'unknown_field' }),
    ]);

    // Valid for the client, refused by the backend: a community of another district.
    const elsewhere = await rejection(
      resident.needs.create({ ...requestExamples.createNeed, communityId: '310105002001' }),
    );
    expect(elsewhere).toBeInstanceOf(ValidationError);
    expect(elsewhere).toMatchObject({
      status: 400,
      fieldErrors: { communityId: zhCN.issues.division_not_in_parent },
    });
    const cursor = await rejection(resident.needs.list({ cursor: 'not-a-cursor' }));
    expect(cursor).toMatchObject({
      status: 400,
      issues: [expect.objectContaining({ path: ['cursor'], code: 'invalid_format' })],
    });
  });

  it('words errors in English when the request asks for it', async () => {
    const client = createFixtureClient({ scenario: 'conflict', locale: 'en' });
    const refused = await rejection(
      client.needs.claim({ id: FixtureIds.openNeed, ...requestExamples.claimNeed }),
    );
    expect(refused).toMatchObject({
      code: 'need_already_claimed',
      message: en.errors.need_already_claimed,
    });
    const { transport } = fixture();
    const answer = await raw(transport, 'POST', '/v1/needs', {
      body: {},
      headers: { 'Accept-Language': 'en-GB,en;q=0.8' },
    });
    expect(answer.json.error.message).toBe(en.errors.validation_failed);
    expect(answer.json.error.issues).toContainEqual(
      expect.objectContaining({ path: ['title'], message: en.issues.required }),
    );
  });

  it('requires an Idempotency-Key for donations and replays the first answer for it', async () => {
    const { transport, resident } = fixture();
    const key = 'story-donation-0001';
    const first = await resident.donations.create(requestExamples.createDonation, {
      idempotencyKey: key,
    });
    const again = await resident.donations.create(requestExamples.createDonation, {
      idempotencyKey: key,
    });
    expect(again).toEqual(first);
    expect(again.requestId).not.toBe(first.requestId);
    const other = await rejection(
      resident.donations.create(
        { ...requestExamples.createDonation, amountFen: 50_000 },
        { idempotencyKey: key },
      ),
    );
    expect(other).toBeInstanceOf(IdempotencyError);
    expect(other).toMatchObject({ code: 'idempotency_key_reused', status: 422 });

    const body = requestExamples.createDonation;
    const once = await raw(transport, 'POST', '/v1/donations', {
      body,
      headers: { 'Idempotency-Key': 'raw-donation-0001' },
    });
    const twice = await raw(transport, 'POST', '/v1/donations', {
      body,
      headers: { 'Idempotency-Key': 'raw-donation-0001' },
    });
    expect(once.status).toBe(201);
    expect(twice.status).toBe(201);
    expect(twice.json).toEqual(once.json);
    expect(twice.headers.get('Idempotent-Replayed')).toBe('true');
    expect(once.headers.get('Idempotent-Replayed')).toBeNull();
    const keyless = await raw(transport, 'POST', '/v1/donations', { body });
    expect(keyless.status).toBe(400);
    expect(keyless.json.error.code).toBe('idempotency_key_required');
  });

  it('refuses missing or unknown keys, unknown paths and wrong methods', async () => {
    const { transport } = fixture();
    expect((await raw(transport, 'GET', '/v1/needs', { key: null })).json.error.code).toBe(
      'authentication_required',
    );
    expect((await raw(transport, 'GET', '/v1/needs', { key: 'not-a-key' })).status).toBe(401);
    const inPage = await raw(transport, 'GET', '/v1/needs', {
      key: FIXTURE_SECRET_KEY,
      headers: { Origin: 'https://portal.example' },
    });
    expect(inPage.json.error.code).toBe('secret_key_in_browser');
    expect((await raw(transport, 'GET', '/v1/nothing-here')).status).toBe(404);
    expect(
      (await raw(transport, 'DELETE', `/v1/needs/${FixtureIds.openNeed}`)).json.error.code,
    ).toBe('method_not_allowed');
  });

  it('fails loudly when fixture data would break the contract', async () => {
    const transport = createFixtureFetch({
      customize: (data) => {
        data.needs.find((need) => need.id === FixtureIds.openNeed)!.valueFen = 12.5;
      },
    });
    const error = await rejection(raw(transport, 'GET', '/v1/needs'));
    expect(error).toBeInstanceOf(FixtureContractError);
    expect((error as Error).message).toMatch(/listNeeds.*data\.\d+\.valueFen/);
    const client = createFixtureClient({ transport });
    await expect(client.needs.get({ id: FixtureIds.openNeed })).rejects.toMatchObject({
      cause: expect.any(FixtureContractError),
    });
  });
});
