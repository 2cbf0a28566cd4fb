import { describe, expect, it } from 'vitest';
import {
  adjustedWaldNpsInterval,
  csatEstimate,
  meanOf,
  npsEstimate,
  roundTo,
  wilsonInterval,
  Z_95,
} from './statistics.js';

/*
 * Every expected value below is worked by hand from the textbook formulas, with
 *   z = 1.95996 (two-sided 95%), z² = 3.84146.
 * Intermediate figures are shown to 5–6 significant digits; the assertions allow 1e-4 on
 * fractions, and compare the rounded percentages the API reports exactly.
 */
const counts = (entries: Record<number, number>) =>
  new Map(Object.entries(entries).map(([value, count]) => [Number(value), count]));

describe('wilsonInterval', () => {
  it('8 of 10 satisfied', () => {
    // p̂ = 0.8, z²/n = 0.384146, denominator = 1.384146
    // centre = (0.8 + z²/2n) / 1.384146 = (0.8 + 0.192073) / 1.384146 = 0.992073 / 1.384146 = 0.716740
    // half   = z·√(p̂(1−p̂)/n + z²/4n²) / 1.384146 = 1.95996·√(0.016 + 0.00960365) / 1.384146
    //        = 1.95996·0.160011 / 1.384146 = 0.313616 / 1.384146 = 0.226578
    // low = 0.716740 − 0.226578 = 0.490162; high = 0.716740 + 0.226578 = 0.943318
    const interval = wilsonInterval(8, 10)!;
    expect(interval.value).toBe(0.8);
    expect(interval.low).toBeCloseTo(0.490162, 4);
    expect(interval.high).toBeCloseTo(0.943318, 4);
  });

  it('0 of 10: the interval starts at 0 and still has width', () => {
    // p̂ = 0: centre = 0.192073 / 1.384146 = 0.138766
    // half = 1.95996·√(0 + 0.00960365) / 1.384146 = 1.95996·0.0979982 / 1.384146 = 0.138766
    // low = 0, high = 2 · 0.138766 = 0.277533
    const interval = wilsonInterval(0, 10)!;
    expect(interval.value).toBe(0);
    expect(interval.low).toBe(0);
    expect(interval.high).toBeCloseTo(0.277533, 4);
  });

  it('10 of 10: the mirror image of 0 of 10', () => {
    // centre = (1 + 0.192073) / 1.384146 = 0.861234; half = 0.138766 (as above)
    // low = 0.861234 − 0.138766 = 0.722467; high = 1 (never above it)
    const interval = wilsonInterval(10, 10)!;
    expect(interval.low).toBeCloseTo(0.722467, 4);
    expect(interval.high).toBeLessThanOrEqual(1);
    expect(interval.high).toBeCloseTo(1, 9);
  });

  it('is null for n = 0, and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
  });

  it('uses z = 1.959964', () => {
    expect(Z_95 * Z_95).toBeCloseTo(3.841459, 6);
  });
});

describe('adjustedWaldNpsInterval', () => {
  it('5 promoters, 3 passives, 2 detractors of 10', () => {
    // observed NPS = (5 − 2)/10 = 0.3
    // n′ = 13; p̃ₚ = 5.75/13 = 0.442308; p̃_d = 2.75/13 = 0.211538; NPS̃ = 0.230769
    // var = 0.442308 + 0.211538 − 0.230769² = 0.653846 − 0.053254 = 0.600592
    // se = √(0.600592/13) = √0.0461994 = 0.214940; margin = 1.95996 · 0.214940 = 0.421275
    // low = 0.230769 − 0.421275 = −0.190506; high = 0.230769 + 0.421275 = 0.652044
    const interval = adjustedWaldNpsInterval(5, 2, 10)!;
    expect(interval.value).toBeCloseTo(0.3, 12);
    expect(interval.low).toBeCloseTo(-0.190506, 4);
    expect(interval.high).toBeCloseTo(0.652044, 4);
  });

  it('all 10 promoters: the upper end is clipped at 1', () => {
    // p̃ₚ = 10.75/13 = 0.826923; p̃_d = 0.75/13 = 0.0576923; NPS̃ = 0.769231
    // var = 0.884615 − 0.769231² = 0.884615 − 0.591716 = 0.292899
    // se = √(0.292899/13) = √0.0225307 = 0.150102; margin = 0.294195
    // low = 0.769231 − 0.294195 = 0.475036; high = 1.063426 → clipped to 1
    const interval = adjustedWaldNpsInterval(10, 0, 10)!;
    expect(interval.value).toBe(1);
    expect(interval.low).toBeCloseTo(0.475036, 4);
    expect(interval.high).toBe(1);
  });

  it('all 10 detractors: symmetric, clipped at −1', () => {
    const interval = adjustedWaldNpsInterval(0, 10, 10)!;
    expect(interval.value).toBe(-1);
    expect(interval.low).toBe(-1);
    expect(interval.high).toBeCloseTo(-0.475036, 4);
  });

  it('3 promoters, 4 passives, 3 detractors: centred on 0', () => {
    // p̃ₚ = p̃_d = 3.75/13 = 0.288462; NPS̃ = 0; var = 0.576923
    // se = √(0.576923/13) = √0.0443787 = 0.210663; margin = 0.412891
    const interval = adjustedWaldNpsInterval(3, 3, 10)!;
    expect(interval.value).toBe(0);
    expect(interval.low).toBeCloseTo(-0.412891, 4);
    expect(interval.high).toBeCloseTo(0.412891, 4);
  });

  it('is null for n = 0, and refuses impossible counts', () => {
    expect(adjustedWaldNpsInterval(0, 0, 0)).toBeNull();
    expect(() => adjustedWaldNpsInterval(6, 5, 10)).toThrow(RangeError);
    expect(() => adjustedWaldNpsInterval(11, 0, 10)).toThrow(RangeError);
  });
});

describe('estimates in percent, as the API reports them', () => {
  it('CSAT of 8 satisfied (4–5) of 10 is 80.0 [49.0, 94.3]', () => {
    // 5 非常满意 ×5, 4 满意 ×3, 3 基本满意 ×1, 1 非常不满意 ×1 → 8 of 10 satisfied (see above)
    expect(csatEstimate(counts({ 5: 5, 4: 3, 3: 1, 1: 1 }))).toEqual({
      value: 80,
      low: 49,
      high: 94.3,
    });
  });

  it('CSAT of 0 of 10 and 10 of 10', () => {
    expect(csatEstimate(counts({ 3: 4, 2: 3, 1: 3 }))).toEqual({ value: 0, low: 0, high: 27.8 });
    expect(csatEstimate(counts({ 5: 10 }))).toEqual({ value: 100, low: 72.2, high: 100 });
  });

  it('NPS of 5 promoters, 3 passives, 2 detractors is 30.0 [−19.1, 65.2]', () => {
    // 10 ×2, 9 ×3 promoters; 8 ×2, 7 ×1 passives; 6 ×1, 0 ×1 detractors
    expect(npsEstimate(counts({ 10: 2, 9: 3, 8: 2, 7: 1, 6: 1, 0: 1 }))).toEqual({
      value: 30,
      low: -19.1,
      high: 65.2,
    });
  });

  it('no answers: no estimate', () => {
    expect(csatEstimate(new Map())).toBeNull();
    expect(npsEstimate(new Map())).toBeNull();
    expect(meanOf(new Map())).toBeNull();
  });
});

describe('meanOf and roundTo', () => {
  it('weights each value by its count', () => {
    // (5·5 + 4·3 + 3·1 + 1·1) / 10 = (25 + 12 + 3 + 1) / 10 = 4.1
    expect(meanOf(counts({ 5: 5, 4: 3, 3: 1, 1: 1 }))).toBe(4.1);
    // (5 + 4 + 4) / 3 = 4.3333… → 4.33
    expect(meanOf(counts({ 5: 1, 4: 2 }))).toBe(4.33);
  });

  it('rounds half away from zero and never returns −0', () => {
    expect(roundTo(2.25, 1)).toBe(2.3);
    expect(roundTo(-2.25, 1)).toBe(-2.3);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(Object.is(roundTo(-0.04, 1), 0)).toBe(true);
  });
});
