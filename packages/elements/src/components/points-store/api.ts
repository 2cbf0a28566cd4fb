import { listRewards } from '@wushe/schema/wire';
import type { Requester } from '@wushe/sdk';

/*
 * The points store's public read, in its own chunk, sent by the route's wire part (no schemas, no
 * zod): Lit, the SDK and the widget's templates arrive first. A signed-in resident's calls are in
 * `resident-calls.ts`, loaded once someone is signed in.
 */

/** A community's catalog, out-of-stock rewards included (`stock: 0`), cheapest first. */
export async function fetchRewards(requester: Requester, community: string, signal: AbortSignal) {
  const page = await requester.send(listRewards, { query: { community } }, { signal });
  return page.data;
}
