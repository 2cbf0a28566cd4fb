import { getIndicatorsRoute, type IndicatorsQuery } from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/**
 * The linkage index (五社联动评价指标, SPEC §12): staff within the division, or a publishable key
 * where the district made the index public (else `PermissionError` `indicators_not_public`).
 * The CSV table is `indicatorsCsv(report)` of `@wushe/schema`, the same the server sends for
 * `Accept: text/csv`.
 */
export class IndicatorsResource {
  constructor(private readonly requester: Requester) {}

  /** The division and every division below it, each indicator with its target and 1–5 score. */
  get(params: IndicatorsQuery, options?: RequestOptions): RouteAnswer<typeof getIndicatorsRoute> {
    return this.requester.call(getIndicatorsRoute, { query: params }, options);
  }
}
