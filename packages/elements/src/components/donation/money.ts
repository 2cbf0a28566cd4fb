import { MAX_DONATION_FEN, MIN_DONATION_FEN, yuanToFen } from '@wushe/schema';

export { formatFen } from '../../internal/format-fen.js';

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
