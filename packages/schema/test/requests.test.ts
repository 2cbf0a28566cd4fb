import { describe, expect, it } from 'vitest';
import { en, routes, validate, zhCN, type FieldIssue, type RouteName } from '../src/index.js';
import { requestExamples } from '../src/api/examples.js';

const bodyRoutes = Object.entries(routes).filter(([, route]) => 'body' in route) as [
  RouteName,
  { body: Parameters<typeof validate>[0] },
][];

/** The issues of a body that must fail, as `path → code`. */
function issuesOf(route: RouteName, body: unknown, messages = zhCN) {
  const result = validate(
    (routes[route] as { body: Parameters<typeof validate>[0] }).body,
    body,
    messages,
  );
  if (result.success) throw new Error(`${route} accepted ${JSON.stringify(body)}`);
  return result.issues;
}
const byPath = (issues: FieldIssue[]) =>
  Object.fromEntries(issues.map((issue) => [issue.path.join('.'), issue.code]));

/** A fresh, loosely typed copy of a route's example, for the tests to break. */
const example = (route: keyof typeof requestExamples) =>
  structuredClone(requestExamples[route]) as Record<string, unknown>;

describe('every request of SPEC §5 round-trips', () => {
  it('has an example for every route with a body', () => {
    expect(bodyRoutes.map(([name]) => name).sort()).toEqual(Object.keys(requestExamples).sort());
  });

  it.each(bodyRoutes)('%s: example → JSON → parse gives the example back', (name, route) => {
    const sent = JSON.parse(JSON.stringify(requestExamples[name as keyof typeof requestExamples]));
    const result = validate(route.body, sent);
    expect(result.success && result.data).toMatchObject(sent);
    // Parsing what was parsed changes nothing: normalisation is idempotent.
    const again = result.success && validate(route.body, JSON.parse(JSON.stringify(result.data)));
    expect(again && again.success && again.data).toEqual(result.success && result.data);
  });
});

describe('bad shapes are refused with the path of the bad field', () => {
  it('a body that is not an object', () => {
    expect(issuesOf('createNeed', null)).toEqual([
      expect.objectContaining({ path: [], code: 'invalid_type' }),
    ]);
    expect(issuesOf('createNeed', [1, 2])[0]?.path).toEqual([]);
  });

  it('a need missing its fields says each one is required', () => {
    expect(byPath(issuesOf('createNeed', {}))).toMatchObject({
      communityId: 'required',
      kind: 'required',
      category: 'required',
      title: 'required',
      description: 'required',
      contact: 'required',
      consent: 'required',
    });
  });

  it('a need with a bad mobile and no consent names the nested paths', () => {
    const need = example('createNeed');
    need.contact = { name: '陈秀英', mobile: '1234' };
    need.consent = { policyVersion: '2026-01', agreed: false };
    expect(byPath(issuesOf('createNeed', need))).toEqual({
      'contact.mobile': 'mobile_format',
      'consent.agreed': 'consent_required',
    });
  });

  it('a wish needs a value, and a service need must not have one', () => {
    const wish = example('createNeed');
    delete wish.valueFen;
    expect(byPath(issuesOf('createNeed', wish))).toEqual({ valueFen: 'value_required_for_wish' });
    const service = { ...example('createNeed'), kind: 'service' };
    expect(byPath(issuesOf('createNeed', service))).toEqual({ valueFen: 'value_only_for_wish' });
  });

  it('object checks still run when another field failed, so a form shows every problem', () => {
    const wish = { ...example('createNeed'), title: 'x' } as Record<string, unknown>;
    delete wish.valueFen;
    expect(byPath(issuesOf('createNeed', wish))).toEqual({
      title: 'too_short',
      valueFen: 'value_required_for_wish',
    });
  });

  it('an unknown field and a __proto__ key are refused by name', () => {
    const need = JSON.parse(
      JSON.stringify({ ...example('createNeed'), status: 'open' }).replace(
        '{',
        '{"__proto__":{"x":1},',
      ),
    );
    const issues = byPath(issuesOf('createNeed', need));
    expect(issues).toMatchObject({ status: 'unknown_field', __proto__: 'unknown_field' });
  });

  it('an enum value outside the table', () => {
    expect(byPath(issuesOf('createNeed', { ...example('createNeed'), category: '养老' }))).toEqual({
      category: 'invalid_choice',
    });
  });

  it('a wrong type at depth', () => {
    const claim = example('claimNeed');
    claim.claimant = { ...(claim.claimant as object), type: 'robot', name: 42 };
    expect(byPath(issuesOf('claimNeed', claim))).toEqual({
      'claimant.type': 'invalid_choice',
      'claimant.name': 'invalid_type',
    });
  });

  it('a huge string is refused as too long, not truncated', () => {
    const need = { ...example('createNeed'), description: '长'.repeat(100_000) };
    expect(byPath(issuesOf('createNeed', need))).toEqual({ description: 'too_long' });
  });

  it('a volunteer with a mistyped ID number', () => {
    const volunteer = { ...example('registerVolunteer'), idNumber: '440113197001010035' };
    expect(byPath(issuesOf('registerVolunteer', volunteer))).toEqual({
      idNumber: 'id_number_checksum',
    });
  });

  it('a volunteer whose birth date contradicts the ID number', () => {
    const volunteer = { ...example('registerVolunteer'), birthDate: '1971-01-01' };
    expect(byPath(issuesOf('registerVolunteer', volunteer))).toEqual({
      birthDate: 'birth_date_mismatch',
    });
  });

  it('a minor needs a guardian, and the guardian must consent', () => {
    const minor = { ...example('registerVolunteer'), idNumber: '440113201212310028' };
    expect(byPath(issuesOf('registerVolunteer', minor))).toEqual({ guardian: 'guardian_required' });
    const withGuardian = {
      ...minor,
      guardian: { name: '李志强', mobile: '13711112222', consent: false },
    };
    expect(byPath(issuesOf('registerVolunteer', withGuardian))).toEqual({
      'guardian.consent': 'guardian_consent_required',
    });
    expect(
      validate(routes.registerVolunteer.body, {
        ...withGuardian,
        guardian: { ...withGuardian.guardian, consent: true },
      }).success,
    ).toBe(true);
  });

  it('a minor known only by birth date needs a guardian too', () => {
    const { idNumber: _drop, ...volunteer } = example('registerVolunteer');
    expect(
      byPath(issuesOf('registerVolunteer', { ...volunteer, birthDate: '2015-06-01' })),
    ).toEqual({ guardian: 'guardian_required' });
  });

  it('a volunteer in a street rather than a community', () => {
    const volunteer = { ...example('registerVolunteer'), communityId: '440113104' };
    expect(byPath(issuesOf('registerVolunteer', volunteer))).toEqual({
      communityId: 'community_code',
    });
  });

  it('a donation amount in yuan with decimals, or too small', () => {
    expect(
      byPath(issuesOf('createDonation', { ...example('createDonation'), amountFen: 12.5 })),
    ).toEqual({
      amountFen: 'money_fen',
    });
    const tooSmall = issuesOf('createDonation', { ...example('createDonation'), amountFen: 50 });
    expect(tooSmall[0]).toMatchObject({
      path: ['amountFen'],
      code: 'money_fen',
      message: '金额应在 1.00 元至 1000000.00 元之间，最多两位小数',
    });
  });

  it('a named donation without a name', () => {
    const donation = example('createDonation');
    donation.donor = { anonymous: false, publishName: true };
    expect(byPath(issuesOf('createDonation', donation))).toEqual({
      'donor.name': 'name_required_unless_anonymous',
    });
  });

  it('a receipt for an organisation with a mistyped credit code', () => {
    const donation = {
      ...example('createDonation'),
      receipt: { title: '某公司', creditCode: '9144030071526726XH' },
    };
    expect(byPath(issuesOf('createDonation', donation))).toEqual({
      'receipt.creditCode': 'credit_code_checksum',
    });
  });

  it('a donation to an id of another kind', () => {
    expect(
      byPath(
        issuesOf('createDonation', { ...example('createDonation'), fundId: 'need_Nc4Ps8Yd2M' }),
      ),
    ).toEqual({
      fundId: 'prefixed_id',
    });
  });

  it('a rejection without a reason', () => {
    expect(byPath(issuesOf('updateNeed', { status: 'rejected' }))).toEqual({
      reason: 'reason_required',
    });
  });

  it('service minutes that are not a whole number', () => {
    expect(
      byPath(issuesOf('createServiceRecord', { ...example('createServiceRecord'), minutes: 1.5 })),
    ).toEqual({
      minutes: 'not_integer',
    });
  });

  it('a service record on a day that does not exist', () => {
    expect(
      byPath(
        issuesOf('createServiceRecord', {
          ...example('createServiceRecord'),
          servedOn: '2026-02-30',
        }),
      ),
    ).toEqual({
      servedOn: 'invalid_date',
    });
  });

  it('a survey response answering one question twice', () => {
    const response = example('respondToSurvey');
    response.answers = [
      { questionId: 'overall', value: 5 },
      { questionId: 'overall', value: 4 },
    ];
    expect(byPath(issuesOf('respondToSurvey', response))).toEqual({ answers: 'duplicate_answer' });
  });

  it('a survey response without answers or with a short token', () => {
    const response = { ...example('respondToSurvey'), answers: [], respondentToken: 'abc' };
    expect(byPath(issuesOf('respondToSurvey', response))).toEqual({
      answers: 'too_few_items',
      respondentToken: 'invalid_format',
    });
  });

  it('a report with an unknown reason', () => {
    expect(byPath(issuesOf('reportNeed', { ...example('reportNeed'), reason: 'boring' }))).toEqual({
      reason: 'invalid_choice',
    });
  });

  it('an activity signup without consent', () => {
    const { consent: _drop, ...signup } = example('signUpForActivity');
    expect(byPath(issuesOf('signUpForActivity', signup))).toEqual({ consent: 'required' });
  });

  it('a confirmation with a field of the wrong type', () => {
    expect(byPath(issuesOf('confirmDonation', { succeeded: 'yes' }))).toEqual({
      succeeded: 'invalid_type',
    });
  });

  it('words the same issues in English', () => {
    const issues = issuesOf('createNeed', { ...example('createNeed'), title: 'x' }, en);
    expect(issues).toEqual([
      {
        path: ['title'],
        code: 'too_short',
        message: 'Use at least 4 characters',
        params: { minimum: 4 },
      },
    ]);
  });
});

describe('normalisation', () => {
  it('stores what people type in one canonical form', () => {
    const result = validate(routes.registerVolunteer.body, {
      ...example('registerVolunteer'),
      mobile: '+86 137-1111-2222',
      name: '  李志强 ',
      idNumber: '11010519491231002x',
    });
    expect(result.success && result.data).toMatchObject({
      mobile: '13711112222',
      name: '李志强',
      idNumber: '11010519491231002X',
    });
  });

  it('fills defaults a client may leave out', () => {
    const result = validate(routes.createDonation.body, {
      ...example('createDonation'),
      donor: { anonymous: true },
    });
    expect(result.success && result.data.donor).toEqual({ anonymous: true, publishName: true });
  });
});
