import { ConnectionError } from '@wushe/sdk';

/**
 * A part of a widget fetched on use (`import()`), as a function that fetches it: a chunk that
 * cannot be fetched is a lost connection (`connection_failed`), which the widget shows as offline.
 * `what` names it in the error's message ("Could not load {what}").
 */
export const fetchedPart =
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
