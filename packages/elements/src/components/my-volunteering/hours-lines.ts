import type { DivisionTree, MyHours } from '@wushe/schema';

/** One line of "my hours": an activity (or service outside any), its 信用时 and 荣誉时 apart. */
export interface HoursLine {
  readonly activityId: string | null;
  readonly title: string | null;
  /** 信用时: from the activity's check-in list; they earn points. */
  readonly creditHalfHours: number;
  /** 荣誉时: entered by hand; a record only. */
  readonly honorHalfHours: number;
  readonly lastServedOn: string;
}

/**
 * The hours by activity, 信用时 (`source: check_in`) and 荣誉时 (`manual`) apart, summed from the
 * records the server credited (their `halfHours`, rounded by the server): the latest served first.
 */
export function hoursByActivity(hours: MyHours): readonly HoursLine[] {
  const lines = new Map<string | null, HoursLine>();
  for (const record of hours.records) {
    const line = lines.get(record.activityId) ?? {
      activityId: record.activityId,
      title: hours.byActivity.find((each) => each.activityId === record.activityId)?.title ?? null,
      creditHalfHours: 0,
      honorHalfHours: 0,
      lastServedOn: record.servedOn,
    };
    const credit = record.source === 'check_in';
    lines.set(record.activityId, {
      ...line,
      creditHalfHours: line.creditHalfHours + (credit ? record.halfHours : 0),
      honorHalfHours: line.honorHalfHours + (credit ? 0 : record.halfHours),
      lastServedOn: record.servedOn > line.lastServedOn ? record.servedOn : line.lastServedOn,
    });
  }
  return [...lines.values()].sort((a, b) => b.lastServedOn.localeCompare(a.lastServedOn));
}

/** The sums of the lines' 信用时 and 荣誉时, in half hours. */
export function hoursTotals(lines: readonly HoursLine[]): { credit: number; honor: number } {
  return lines.reduce(
    (sum, line) => ({
      credit: sum.credit + line.creditHalfHours,
      honor: sum.honor + line.honorHalfHours,
    }),
    { credit: 0, honor: 0 },
  );
}

/** The name of a community of the district tree, with its district and street ("番禺区市桥街道锦绣香江社区"). */
export function communityName(tree: DivisionTree, code: string): string {
  for (const street of tree.streets) {
    const community = street.communities.find((each) => each.code === code);
    if (community) return `${tree.name}${street.name}${community.name}`;
  }
  return tree.name;
}
