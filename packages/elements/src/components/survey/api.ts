import { getSurvey, getSurveyResults } from '@wushe/schema/wire';
import type { Requester } from '@wushe/sdk';

/*
 * The survey widgets' reads, in their own chunk, sent by the routes' wire parts (no schemas, no
 * zod: the server checks them); both widgets share this chunk on one page.
 */

/** The survey's definition: its title, questions, and whether it is open. */
export function fetchSurvey(requester: Requester, id: string, signal: AbortSignal) {
  return requester.send(getSurvey, { params: { id } }, { signal });
}

/** Its results, for one subject or all; the server withholds figures from small n. */
export function fetchResults(
  requester: Requester,
  id: string,
  subject: string | undefined,
  signal: AbortSignal,
) {
  const query = subject ? { subject } : {};
  return requester.send(getSurveyResults, { params: { id }, query }, { signal });
}
