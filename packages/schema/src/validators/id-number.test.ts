import { describe, expect, it } from 'vitest';
import { ageOn, idNumberCheckChar, isRealDate, maskIdNumber, parseIdNumber } from './id-number.js';

const TODAY = '2026-11-22';

describe('parseIdNumber (GB 11643)', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'female'],
    ['440113197001010034', '1970-01-01', 'male'],
    ['440113200001010012', '2000-01-01', 'male'],
    ['310105198002290010', '1980-02-29', 'male'],
    ['440113201212310028', '2012-12-31', 'female'],
  ] as const)('accepts %s (born %s, %s)', (id, birthDate, sex) => {
    const result = parseIdNumber(id, TODAY);
    expect(result).toEqual({
      ok: true,
      value: { normalized: id, birthDate, sex, addressCode: id.slice(0, 6) },
    });
  });

  it('accepts a lower-case x and normalises it to X', () => {
    const result = parseIdNumber('11010519491231002x', TODAY);
    expect(result.ok && result.value.normalized).toBe('11010519491231002X');
  });

  it('ignores spaces around the number', () => {
    expect(parseIdNumber('  440113197001010034 ', TODAY).ok).toBe(true);
  });

  it.each([
    ['11010519491231002', 'too short'],
    ['1101051949123100200', 'too long'],
    ['01010519491231002X', 'address code starting with 0'],
    ['1101051949123100X2', 'X in the middle'],
    ['11010519491231002Y', 'a letter other than X'],
    ['110105 19491231002X', 'a space inside'],
    ['', 'empty'],
  ])('refuses %s as badly formed (%s)', (id) => {
    expect(parseIdNumber(id, TODAY)).toEqual({ ok: false, problem: 'id_number_format' });
  });

  it.each([
    ['440113198102290013', 'Feb 29 in a non-leap year'],
    ['440113200013010016', 'month 13'],
    ['440113200004310011', 'April 31'],
    ['440113202701010010', 'born in the future'],
    ['440524188001010014', 'born before 1900'],
  ])('refuses %s for its birth date (%s)', (id) => {
    expect(parseIdNumber(id, TODAY)).toEqual({ ok: false, problem: 'id_number_birth_date' });
  });

  it('refuses a born-today number only after today', () => {
    const id = `440113${TODAY.replaceAll('-', '')}001`;
    const full = id + idNumberCheckChar(id);
    expect(parseIdNumber(full, TODAY).ok).toBe(true);
    expect(parseIdNumber(full, '2026-11-21')).toEqual({
      ok: false,
      problem: 'id_number_birth_date',
    });
  });

  it.each(['110105194912310021', '440113197001010035', '44011320000101001X'])(
    'refuses %s: wrong check character',
    (id) => {
      expect(parseIdNumber(id, TODAY)).toEqual({ ok: false, problem: 'id_number_checksum' });
    },
  );

  it('catches a single transposed pair of digits', () => {
    expect(parseIdNumber('440113197010010034', TODAY).ok).toBe(false);
  });
});

describe('idNumberCheckChar (ISO 7064 MOD 11-2)', () => {
  it('yields X where the remainder is 2', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
  });
  it('yields each digit of the GB 11643 table', () => {
    expect(idNumberCheckChar('44011319700101003')).toBe('4');
    expect(idNumberCheckChar('31010519800229001')).toBe('0');
  });
});

describe('helpers', () => {
  it('masks all but the address code and the last four', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
  it('knows real dates', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2023-2-1')).toBe(false);
  });
  it('computes age in law: the birthday itself counts', () => {
    expect(ageOn('2008-11-22', '2026-11-22')).toBe(18);
    expect(ageOn('2008-11-23', '2026-11-22')).toBe(17);
  });
});
