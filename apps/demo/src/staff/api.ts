import { Requester, WusheError } from '@wushe/sdk';

/**
 * The staff API as this page reaches it: the portal's own server (`/staff-api/v1/*`) adds the
 * district's secret key and passes the call on. The page never holds the key, and the API
 * would refuse it from a page anyway (a secret key with an `Origin`).
 */
export const staffApi = new Requester({
  baseUrl: `${location.origin}/staff-api`,
  locale: 'zh-CN',
});

/** The community this desk serves: 番禺区南村镇锦绣香江社区. */
export const COMMUNITY = '440113104001';

/** What a failed call means, in words staff can act on; the request id helps support. */
export function describeError(error: unknown): string {
  if (error instanceof WusheError) {
    const reference = error.requestId ? `（请求编号 ${error.requestId}）` : '';
    return `${error.message}${reference}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The message of each field the API (or the SDK's own check) found wrong, by dotted path. */
export function fieldErrors(error: unknown): Readonly<Record<string, string>> {
  return error instanceof WusheError ? error.fieldErrors : {};
}

/** Pledges and registrations made through this portal since its server started. */
export interface RecentEntry {
  readonly type: 'donation' | 'volunteer';
  readonly id: string;
  readonly createdAt: string;
  readonly fundId?: string;
  readonly amountFen?: number;
  readonly channel?: string;
  readonly status?: string;
  readonly donorName?: string;
  readonly reference?: string | null;
  readonly code?: string;
  readonly name?: string;
}

export async function recentEntries(): Promise<RecentEntry[]> {
  const response = await fetch('/staff-portal/recent', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`无法读取本站最近的认捐和登记（HTTP ${response.status}）`);
  return ((await response.json()) as { data: RecentEntry[] }).data;
}
