import { describe, expect, it } from 'vitest';
import { donatableBlockers, isDonatable, missingDisclosure } from './fund-rules.js';

const DISCLOSURE = {
  organizationName: '广州市番禺区慈善会',
  creditCode: '53100000500021676K',
  certificateNumber: '粤民慈募证字〔2023〕017号',
  filingNumber: '53440113MJL123456X2026001',
  contact: '020-84800000',
  lookupUrl: 'https://cszg.mca.gov.cn/',
};

describe('the donatable rule (慈善法 Art. 25, 27)', () => {
  it('lists the missing and malformed disclosure fields in checklist order', () => {
    expect(missingDisclosure({ disclosure: DISCLOSURE })).toEqual([]);
    expect(missingDisclosure({ disclosure: null })).toEqual([
      'organizationName',
      'creditCode',
      'certificateNumber',
      'filingNumber',
      'contact',
      'lookupUrl',
    ]);
    expect(
      missingDisclosure({
        disclosure: { ...DISCLOSURE, creditCode: '53100000500021676X', contact: '' },
      }),
    ).toEqual(['creditCode', 'contact']);
  });

  it('blocks a platform fund and an incomplete disclosure, as issue paths', () => {
    expect(donatableBlockers({ mode: 'direct', disclosure: DISCLOSURE })).toEqual([]);
    const { lookupUrl: _omitted, ...partial } = DISCLOSURE;
    expect(donatableBlockers({ mode: 'platform', disclosure: partial })).toEqual([
      ['mode'],
      ['disclosure', 'lookupUrl'],
    ]);
    expect(isDonatable({ mode: 'direct', disclosure: DISCLOSURE, open: true })).toBe(true);
    expect(isDonatable({ mode: 'direct', disclosure: DISCLOSURE, open: false })).toBe(false);
  });
});
