import type { ListResourcesQuery } from '@wushe/schema';
import { listResources } from '@wushe/schema/wire';
import type { Requester } from '@wushe/sdk';

/*
 * The list's read, in a chunk of its own, sent by the route's wire part (no schemas, no zod: the
 * server checks the query): Lit, the SDK and the list's templates arrive first and show the
 * loading state while this loads beside them.
 */

/** One page of the 资源清单 for the filters in force (`cursor` for the pages after the first). */
export function fetchResources(
  requester: Requester,
  query: ListResourcesQuery,
  cursor: string | undefined,
  signal: AbortSignal,
) {
  return requester.send(
    listResources,
    { query: cursor ? { ...query, cursor } : query },
    { signal },
  );
}
