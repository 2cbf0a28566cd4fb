/**
 * Money is integer fen (分) everywhere: 1 yuan = 100 fen. Integers avoid floating-point drift in
 * totals; the bounds keep every sum well inside `Number.MAX_SAFE_INTEGER` and inside PostgreSQL's
 * `bigint`, and reject amounts no community donation or wish could be.
 */

export const FEN_PER_YUAN = 100;
/** The smallest donation: 1 yuan. Smaller amounts cost more to process than they give. */
export const MIN_DONATION_FEN = 100;
/** The largest single donation accepted online: 1,000,000 yuan; larger gifts are handled offline. */
export const MAX_DONATION_FEN = 100_000_000;
/** The largest amount any field holds (a fund target, a project budget): 1,000,000,000 yuan. */
export const MAX_AMOUNT_FEN = 100_000_000_000;

export function isFen(value: unknown, min = 0, max = MAX_AMOUNT_FEN): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

/**
 * Parses an amount typed in yuan (`"50"`, `"12.5"`, `"1,000.00"`) into fen, exactly: no floating
 * point is involved. `undefined` when it is not a non-negative amount with at most two decimals.
 */
export function yuanToFen(input: string): number | undefined {
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(input.trim().replace(/[,，\s]/g, ''));
  if (!match) return undefined;
  return Number(match[1]) * FEN_PER_YUAN + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Fen as a plain yuan string with two decimals (`1234` → `"12.34"`); for display use `Intl`. */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / FEN_PER_YUAN)}.${String(abs % FEN_PER_YUAN).padStart(2, '0')}`;
}
