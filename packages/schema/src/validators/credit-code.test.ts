import { describe, expect, it } from 'vitest';
import {
  checkCreditCode,
  creditCodeCheckChar,
  isCivilAffairsCreditCode,
  normalizeCreditCode,
} from './credit-code.js';

describe('统一社会信用代码 (GB 32100)', () => {
  it.each([
    ['9144030071526726XG', 'a Shenzhen company (市场监管)'],
    ['914403001922038216', 'a Shenzhen company whose check character is a digit'],
    ['91110000802100433B', 'a Beijing company'],
    ['91440300708461136T', 'a Shenzhen company'],
    ['91350100M000100Y43', 'the example of the standard'],
    ['53100000500021676K', 'a national foundation (民政)'],
    ['12100000400010398P', 'a public institution (机构编制)'],
  ])('accepts %s (%s)', (code) => {
    expect(checkCreditCode(code)).toBeUndefined();
  });

  it('accepts lower case and spaces, normalising them', () => {
    expect(normalizeCreditCode(' 9144030071526726xg ')).toBe('9144030071526726XG');
    expect(checkCreditCode('9144 0300 7152 6726 xg')).toBeUndefined();
  });

  it.each([
    ['9144030071526726X', '17 characters'],
    ['9144030071526726XGG', '19 characters'],
    ['9144030071526726XI', 'I is not in the alphabet'],
    ['9144030071526726XO', 'O is not in the alphabet'],
    ['914403007152672SXG', 'S is not in the alphabet'],
    ['B144030071526726XG', 'B is no registration authority'],
    ['91A4030071526726XG', 'the division code must be digits'],
  ])('refuses %s as badly formed (%s)', (code) => {
    expect(checkCreditCode(code)).toBe('credit_code_format');
  });

  it.each(['9144030071526726XH', '91110000802100433C', '53100000500021676L'])(
    'refuses %s: wrong check character',
    (code) => expect(checkCreditCode(code)).toBe('credit_code_checksum'),
  );

  it('maps a remainder of 0 to check character 0, not 31', () => {
    for (let i = 0; i < 1000; i++) {
      const body = `5144011300000${String(i).padStart(4, '0')}`;
      const check = creditCodeCheckChar(body);
      expect(check).toMatch(/^[0-9A-HJ-NPQRTUWXY]$/);
    }
  });

  it('tells civil-affairs registrations (5…) apart', () => {
    expect(isCivilAffairsCreditCode('53100000500021676K')).toBe(true);
    expect(isCivilAffairsCreditCode('9144030071526726XG')).toBe(false);
    expect(isCivilAffairsCreditCode('53100000500021676L')).toBe(false);
  });
});
