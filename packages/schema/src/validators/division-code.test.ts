import { describe, expect, it } from 'vitest';
import {
  districtOf,
  divisionLevelOf,
  isDivisionCode,
  isWithinDivision,
  parentDivisionCode,
} from './division-code.js';

describe('division codes', () => {
  it.each([
    ['440113', 'district', '番禺区'],
    ['310105', 'district', '长宁区'],
    ['440113104', 'street', '番禺区南村镇'],
    ['310105002', 'street', '长宁区 a 街道'],
    ['440113104001', 'community', '南村镇 a 社区'],
    ['310105002015', 'community', '长宁区 a 居委会'],
  ] as const)('%s is a %s code (%s)', (code, level, _name) => {
    expect(isDivisionCode(code, level)).toBe(true);
    expect(divisionLevelOf(code)).toBe(level);
  });

  it.each([
    ['44011', 'five digits'],
    ['4401130', 'seven digits'],
    ['440100', 'a city, not a district (county part 00)'],
    ['940113', 'no province starts with 9'],
    ['440113000', 'street part 000'],
    ['440113104000', 'community part 000'],
    ['44011310400a', 'a letter'],
    ['4401131040011', 'thirteen digits'],
  ])('%s is no division code (%s)', (code) => {
    expect(divisionLevelOf(code)).toBeUndefined();
  });

  it('does not take a code of one level for another', () => {
    expect(isDivisionCode('440113104', 'community')).toBe(false);
    expect(isDivisionCode('440113104001', 'street')).toBe(false);
  });

  it('finds the parent one level up', () => {
    expect(parentDivisionCode('440113104001')).toBe('440113104');
    expect(parentDivisionCode('440113104')).toBe('440113');
    expect(parentDivisionCode('440113')).toBeUndefined();
  });

  it("knows a child's code starts with its parent's", () => {
    expect(isWithinDivision('440113104001', '440113104')).toBe(true);
    expect(isWithinDivision('440113104001', '440113')).toBe(true);
    expect(isWithinDivision('440113104', '440113')).toBe(true);
    expect(isWithinDivision('440113104001', '440113105')).toBe(false);
    expect(isWithinDivision('310105002015', '440113')).toBe(false);
    expect(isWithinDivision('440113', '440113104')).toBe(false);
    expect(isWithinDivision('440113104', '440113104')).toBe(false);
    expect(isWithinDivision('440113104001', 'nonsense')).toBe(false);
  });

  it('names the district (tenant) of any code', () => {
    expect(districtOf('440113104001')).toBe('440113');
    expect(districtOf('310105002')).toBe('310105');
    expect(districtOf('abc')).toBeUndefined();
  });
});
