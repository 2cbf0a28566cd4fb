import type { Harness } from './harness.js';

/**
 * The statements the app sends its database while `act` runs (either driver), but the rate
 * limit's, which every resident write takes.
 */
export async function statementsDuring(h: Harness, act: () => Promise<unknown>): Promise<string[]> {
  const { $client: client } = h.db as unknown as {
    $client: { query: (...args: unknown[]) => unknown };
  };
  const original = client.query;
  const seen: string[] = [];
  client.query = function (this: unknown, ...args: unknown[]) {
    const [query] = args;
    seen.push(typeof query === 'string' ? query : String((query as { text?: string }).text));
    return original.apply(this, args);
  };
  try {
    await act();
  } finally {
    client.query = original;
  }
  return seen.filter((text) => !text.includes('rate_limit_buckets'));
}
