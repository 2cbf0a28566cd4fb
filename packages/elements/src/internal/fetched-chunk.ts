import { ConnectionError } from '@wushe/sdk';

/**
 * A part of a widget fetched on use (`() => import('./api.js')`), where a chunk that cannot be
 * fetched is a lost connection, as a resident sees it: offline, with a retry.
 */
export const fetchedChunk =
  <T>(load: () => Promise<T>, what: string) =>
  (): Promise<T> =>
    load().catch((cause: unknown) => {
      throw new ConnectionError({
        code: 'connection_failed',
        status: 0,
        message: `Could not load ${what}`,
        cause,
      });
    });
