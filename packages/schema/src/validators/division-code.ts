/**
 * Division codes (区划代码). A district is named by its 6-digit GB/T 2260 code (440113 番禺区),
 * a street or town by the 9-digit statistical code that extends it (440113005 南村镇), and a
 * community (居委会 / 村委会) by the 12-digit code that extends the street's.
 */

export const DivisionLevel = {
  district: 'district',
  street: 'street',
  community: 'community',
} as const;
export type DivisionLevel = (typeof DivisionLevel)[keyof typeof DivisionLevel];

const LENGTH_OF = { district: 6, street: 9, community: 12 } as const satisfies Record<
  DivisionLevel,
  number
>;

const PATTERNS = {
  /** Province 11–82 (GB/T 2260), then city and county codes; the county part is never 00. */
  district: /^[1-8]\d{3}(?!00)\d{2}$/,
  /** A district, then a 3-digit street code that is never 000. */
  street: /^[1-8]\d{3}(?!00)\d{2}(?!000)\d{3}$/,
  /** A street, then a 3-digit community code that is never 000. */
  community: /^[1-8]\d{3}(?!00)\d{2}(?!000)\d{3}(?!000)\d{3}$/,
} as const satisfies Record<DivisionLevel, RegExp>;

export function divisionPattern(level: DivisionLevel): RegExp {
  return PATTERNS[level];
}

export function isDivisionCode(code: string, level: DivisionLevel): boolean {
  return PATTERNS[level].test(code);
}

/** The level a code is at, from its length and shape, or `undefined` when it is none. */
export function divisionLevelOf(code: string): DivisionLevel | undefined {
  return (Object.keys(PATTERNS) as DivisionLevel[]).find((level) => isDivisionCode(code, level));
}

/** The code of the division one level up (a community's street, a street's district). */
export function parentDivisionCode(code: string): string | undefined {
  const level = divisionLevelOf(code);
  if (level === 'community') return code.slice(0, LENGTH_OF.street);
  if (level === 'street') return code.slice(0, LENGTH_OF.district);
  return undefined;
}

/** True when `child` lies within `ancestor` (a community within its street or its district). */
export function isWithinDivision(child: string, ancestor: string): boolean {
  const childLevel = divisionLevelOf(child);
  const ancestorLevel = divisionLevelOf(ancestor);
  if (!childLevel || !ancestorLevel) return false;
  return LENGTH_OF[childLevel] > LENGTH_OF[ancestorLevel] && child.startsWith(ancestor);
}

/** The district (tenant) a division code belongs to. */
export function districtOf(code: string): string | undefined {
  return divisionLevelOf(code) ? code.slice(0, LENGTH_OF.district) : undefined;
}
