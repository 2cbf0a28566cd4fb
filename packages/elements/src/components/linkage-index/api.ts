import { getIndicators } from '@wushe/schema/wire';
import type { Requester } from '@wushe/sdk';

/*
 * The index's read, in its own chunk, sent by the route's wire part (no schemas, no zod: the
 * server checks the query): Lit, the SDK and the widget's own templates arrive first.
 */

/** A division's linkage index with its months, for the period asked (a year to today by default). */
export function fetchIndicators(
  requester: Requester,
  query: { division: string; from?: string | undefined; to?: string | undefined },
  signal: AbortSignal,
) {
  const { division, from, to } = query;
  return requester.send(
    getIndicators,
    { query: { division, ...(from ? { from } : {}), ...(to ? { to } : {}), series: 'monthly' } },
    { signal },
  );
}
