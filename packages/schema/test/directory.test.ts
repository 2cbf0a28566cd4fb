import { describe, expect, it } from 'vitest';
import {
  CreateDivisionRequest,
  CreateOrganizationRequest,
  CreateSocialWorkerRequest,
  kindFitsDivisionCode,
  organizationRuleIssues,
  socialWorkerRuleIssues,
  validate,
} from '../src/index.js';

const codes = (result: ReturnType<typeof validate>) =>
  result.success ? [] : result.issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);

describe('CreateDivisionRequest (POST /v1/divisions and divisions import)', () => {
  const village = {
    code: '440113104201',
    name: '南村村村委会',
    parentCode: '440113104',
    kind: 'rural_village',
  };

  it('accepts a street under its district and a village under its street', () => {
    expect(
      validate(CreateDivisionRequest, {
        code: '440113104',
        name: '南村镇',
        parentCode: '440113',
        kind: 'town',
        population: 150_000,
      }).success,
    ).toBe(true);
    expect(validate(CreateDivisionRequest, village).success).toBe(true);
  });

  it('names a kind that does not fit the level and a parent that is not the code’s own', () => {
    expect(codes(validate(CreateDivisionRequest, { ...village, kind: 'street' }))).toEqual([
      'kind:division_kind_level',
    ]);
    expect(codes(validate(CreateDivisionRequest, { ...village, parentCode: '440113001' }))).toEqual(
      ['parentCode:division_not_in_parent'],
    );
    expect(codes(validate(CreateDivisionRequest, { ...village, code: '4401131042' }))).toEqual([
      'code:street_or_community_code',
    ]);
    expect(codes(validate(CreateDivisionRequest, { ...village, population: 12.5 }))).toEqual([
      'population:not_integer',
    ]);
  });

  it('kindFitsDivisionCode: streets and towns have 9 digits, communities and villages 12', () => {
    expect(kindFitsDivisionCode('town', '440113104')).toBe(true);
    expect(kindFitsDivisionCode('urban_community', '440113104')).toBe(false);
    expect(kindFitsDivisionCode('urban_community', '440113104001')).toBe(true);
    expect(kindFitsDivisionCode('street', '440113')).toBe(false);
  });
});

describe('CreateOrganizationRequest', () => {
  const filed = {
    name: '锦绣香江社区书画社',
    kind: 'community_social_org',
    category: 'culture',
    registration: 'filed',
    communityId: '440113104001',
  };

  it('files a group without a code and registers one with a valid code, normalised', () => {
    expect(validate(CreateOrganizationRequest, filed).success).toBe(true);
    const registered = validate(CreateOrganizationRequest, {
      ...filed,
      registration: 'registered',
      creditCode: '5310 0000 5000 2167 6k',
    });
    expect(registered.success && registered.data.creditCode).toBe('53100000500021676K');
  });

  it('names every broken rule at once', () => {
    expect(
      codes(
        validate(CreateOrganizationRequest, {
          ...filed,
          category: null,
          creditCode: '53100000500021676K',
          streetId: '440113001',
        }),
      ),
    ).toEqual([
      'category:required',
      'creditCode:credit_code_not_for_filed',
      'communityId:division_not_in_parent',
    ]);
    expect(
      codes(validate(CreateOrganizationRequest, { ...filed, registration: 'registered' })),
    ).toEqual(['creditCode:required']);
    expect(
      codes(
        validate(CreateOrganizationRequest, {
          ...filed,
          registration: 'registered',
          creditCode: '53100000500021676L',
        }),
      ),
    ).toEqual(['creditCode:credit_code_checksum']);
  });

  it('organizationRuleIssues judges an edited record by the same rules', () => {
    expect(
      organizationRuleIssues({ kind: 'foundation', registration: 'registered', creditCode: null }),
    ).toEqual([{ path: ['creditCode'], code: 'required' }]);
    expect(organizationRuleIssues({ kind: 'foundation', registration: 'filed' })).toEqual([]);
  });
});

describe('CreateSocialWorkerRequest', () => {
  it('needs an organization or a 社工站, and a place served', () => {
    expect(
      validate(CreateSocialWorkerRequest, {
        name: '陈嘉欣',
        station: '南村镇社工站',
        certificateLevel: 'senior_social_worker',
        streetId: '440113104',
      }).success,
    ).toBe(true);
    expect(codes(validate(CreateSocialWorkerRequest, { name: '陈嘉欣' }))).toEqual([
      'organizationId:organization_or_station',
      'communityId:required',
    ]);
    expect(
      socialWorkerRuleIssues({
        organizationId: 'org_pyHeyueSocialWork',
        communityId: '440113104001',
        streetId: '440113001',
      }),
    ).toEqual([{ path: ['communityId'], code: 'division_not_in_parent' }]);
  });
});
