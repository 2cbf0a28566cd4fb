import type { Recording, TransportState } from '@wushe/sdk/fixtures';

/** The states of the network a story's `network` control offers (recorded answers, or none). */
export const NETWORK_STATES: readonly TransportState[] = [
  'normal',
  'slow',
  'loading',
  'error',
  'offline',
];

/**
 * A copy of `recording` whose answer to `GET url` is edited, for a visual state the demo data
 * has no example of (a closed survey, a district without communities). The edited answer still
 * passes the contract's schema, or the client refuses it.
 */
export function withEditedAnswer(
  recording: Recording,
  url: string,
  edit: (body: never) => void,
): Recording {
  const copy = structuredClone(recording);
  for (const exchange of copy.exchanges) {
    if (exchange.request.method === 'GET' && exchange.request.url === url) {
      edit(exchange.response.body as never);
    }
  }
  return copy;
}
