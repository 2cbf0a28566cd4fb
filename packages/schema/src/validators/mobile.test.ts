import { describe, expect, it } from 'vitest';
import { isMainlandMobile, maskMobile, normalizeMobile } from './mobile.js';

describe('mainland mobile numbers', () => {
  it.each(['13800138000', '15912345678', '19912345678', '16612345678', '17012345678'])(
    'accepts %s',
    (mobile) => expect(isMainlandMobile(mobile)).toBe(true),
  );

  it.each([
    ['12345678901', 'second digit 2'],
    ['10012345678', 'second digit 0'],
    ['1381234567', '10 digits'],
    ['138123456789', '12 digits'],
    ['1381234567a', 'a letter'],
    ['02012345678', 'a Guangzhou landline'],
    ['', 'empty'],
  ])('refuses %s (%s)', (mobile) => expect(isMainlandMobile(mobile)).toBe(false));

  it('drops +86, spaces and hyphens people type', () => {
    expect(normalizeMobile('+86 138-0013-8000')).toBe('13800138000');
    expect(normalizeMobile('8613800138000')).toBe('13800138000');
    expect(isMainlandMobile('138 0013 8000')).toBe(true);
  });

  it('does not strip 86 from a number that only starts like it', () => {
    expect(normalizeMobile('86123')).toBe('86123');
  });

  it('masks the middle four digits', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });
});
