import type { Page } from '@wushe/schema';
import type { WithRequestId } from './requester.js';

/**
 * What a `list` method returns: await it for the first page (`{data, nextCursor, requestId}`), or
 * iterate it with `for await` to walk every item across every page, fetching each page as the
 * loop reaches it.
 */
export type PagePromise<T> = Promise<WithRequestId<Page<T>>> & AsyncIterable<T>;

export function paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<WithRequestId<Page<T>>>,
): PagePromise<T> {
  const first = fetchPage(undefined);
  return Object.assign(first, {
    async *[Symbol.asyncIterator]() {
      let page = await first;
      for (;;) {
        yield* page.data;
        if (!page.nextCursor) return;
        page = await fetchPage(page.nextCursor);
      }
    },
  });
}
