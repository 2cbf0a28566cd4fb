import { MAX_DONATION_FEN, MIN_DONATION_FEN, yuanToFen, type Locale } from '@wushe/schema';

/**
 * Fen as a person reads it in their locale: `¥50`, `¥12.50` in zh-CN, `CN¥50` in zh-HK and en
 * (where a bare `¥` could be read as Hong Kong dollars or yen). Whole yuan drop the `.00`, so the
 * preset buttons and totals stay short; an amount with fen shows both decimals.
 */
export function formatFen(locale: Locale, fen: number): string {
  const whole = fen % 100 === 0;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(fen / 100);
}

/** The default presets, in yuan: what community funds commonly suggest. */
export const DEFAULT_AMOUNTS = '20 50 100 200';

/**
 * The preset amounts of an `amounts` attribute (yuan, separated by spaces or commas), as fen:
 * anything that is not an amount a donation may be is dropped rather than offered.
 */
export function presetAmounts(attribute: string | undefined): number[] {
  const fens = (attribute?.trim() ? attribute : DEFAULT_AMOUNTS)
    .split(/[\s,，、]+/)
    .map((yuan) => yuanToFen(yuan))
    .filter(
      (fen): fen is number =>
        fen !== undefined && fen >= MIN_DONATION_FEN && fen <= MAX_DONATION_FEN,
    );
  return [...new Set(fens)];
}
