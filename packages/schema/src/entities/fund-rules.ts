import { FundDisclosure } from './fund.js';

/** A field of the Art. 25 disclosure: `organizationName`, `creditCode`, … */
export type DisclosureField = keyof FundDisclosure;

/** Every field the fundraiser must disclose, in the order a checklist shows them. */
export const DISCLOSURE_FIELDS = /* @__PURE__ */ Object.keys(
  FundDisclosure.shape,
) as DisclosureField[];

/**
 * The disclosure fields (慈善法 Art. 25) that are missing or malformed, in checklist order: empty
 * when the disclosure is complete. The console's checklist shows these; the server refuses to
 * make a fund donatable while any is missing.
 */
export function missingDisclosure(fund: { readonly disclosure?: unknown }): DisclosureField[] {
  const given =
    typeof fund.disclosure === 'object' && fund.disclosure !== null
      ? (fund.disclosure as Record<string, unknown>)
      : {};
  return DISCLOSURE_FIELDS.filter(
    (field) => !FundDisclosure.shape[field].safeParse(given[field]).success,
  );
}

/**
 * What keeps a fund from taking donations here, as issue paths: `["mode"]` unless the fund raises
 * money `direct`ly (a `platform` fund's donors give on the designated platform, Art. 27), and
 * `["disclosure", field]` for each missing disclosure field (Art. 25). Empty when the fund may be
 * offered for donation. The one statement of the rule: the server's answers and the console's
 * checklist both come from it.
 */
export function donatableBlockers(fund: {
  readonly mode: string;
  readonly disclosure?: unknown;
}): (readonly ['mode'] | readonly ['disclosure', DisclosureField])[] {
  return [
    ...(fund.mode === 'direct' ? [] : [['mode'] as const]),
    ...missingDisclosure(fund).map((field) => ['disclosure', field] as const),
  ];
}

/**
 * Whether the fund takes donations now: staff offer it (`open`) and nothing blocks it. A fund
 * whose campaign staff closed is not donatable however complete its disclosure.
 */
export function isDonatable(fund: {
  readonly mode: string;
  readonly disclosure?: unknown;
  readonly open: boolean;
}): boolean {
  return fund.open && donatableBlockers(fund).length === 0;
}
