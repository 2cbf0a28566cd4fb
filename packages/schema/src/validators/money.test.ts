import { describe, expect, it } from 'vitest';
import { fenToYuan, isFen, MAX_AMOUNT_FEN, yuanToFen } from './money.js';

describe('money in fen', () => {
  it('accepts integers within bounds', () => {
    expect(isFen(0)).toBe(true);
    expect(isFen(100)).toBe(true);
    expect(isFen(MAX_AMOUNT_FEN)).toBe(true);
  });

  it.each([
    [12.5, 'a fraction of a fen'],
    [-1, 'negative'],
    [MAX_AMOUNT_FEN + 1, 'above the bound'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'infinity'],
    ['100', 'a string'],
    [2 ** 53, 'beyond safe integers'],
  ])('refuses %s (%s)', (value, _why) => {
    expect(isFen(value)).toBe(false);
  });

  it('honours custom bounds', () => {
    expect(isFen(99, 100)).toBe(false);
    expect(isFen(101, 0, 100)).toBe(false);
  });

  it.each([
    ['50', 5000],
    ['12.5', 1250],
    ['12.05', 1205],
    ['0.01', 1],
    ['1,000.00', 100_000],
    ['1，000', 100_000],
    [' 88 ', 8800],
    ['0.1', 10],
  ])('reads %s yuan as %i fen without floating point', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it.each(['12.345', '-5', 'abc', '', '1e3', '.5'])('refuses %s yuan', (yuan) => {
    expect(yuanToFen(yuan)).toBeUndefined();
  });

  it('writes fen as yuan with two decimals', () => {
    expect(fenToYuan(1234)).toBe('12.34');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(-150)).toBe('-1.50');
  });
});
