import { getSurveyResultsRoute, getSurveyRoute } from '@wushe/schema';
import type { Requester } from '@wushe/sdk';

/*
 * The survey widgets' reads, in their own chunk with the contract's schemas (zod): Lit, the SDK
 * and the widget's own templates arrive first, and both widgets share this chunk on one page.
 */

/** The survey's definition: its title, questions, and whether it is open. */
export function fetchSurvey(requester: Requester, id: string, signal: AbortSignal) {
  return requester.call(getSurveyRoute, { params: { id } }, { signal });
}

/** Its results, for one subject or all; the server withholds figures from small n. */
export function fetchResults(
  requester: Requester,
  id: string,
  subject: string | undefined,
  signal: AbortSignal,
) {
  const query = subject ? { subject } : {};
  return requester.call(getSurveyResultsRoute, { params: { id }, query }, { signal });
}
