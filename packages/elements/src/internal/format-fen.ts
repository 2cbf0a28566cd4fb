import type { Locale } from '@wushe/schema';

/**
 * Fen as a person reads it in their locale: `¥50`, `¥12.50` in zh-CN, `CN¥50` in zh-HK and en
 * (where a bare `¥` could be read as Hong Kong dollars or yen). Whole yuan drop the `.00`, so the
 * preset buttons and totals stay short; an amount with fen shows both decimals. Apart from the
 * donation's amount rules, so a widget that only shows money carries none of them.
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
