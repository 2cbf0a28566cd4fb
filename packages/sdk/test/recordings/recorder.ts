import crypto from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';
import { responses } from '@wushe/schema';
import { createClient, type WusheClient } from '../../src/index.js';
import {
  DEMO_PUBLISHABLE_KEY,
  DEMO_SECRET_KEY,
  RECORDED_AT,
  RECORDED_BASE_URL,
  type RecordedExchange,
  type Recording,
} from '../../src/fixtures/index.js';

/** What a scenario gets: a resident's and a staff client, and a way to act off the record. */
export interface ScenarioContext {
  readonly resident: WusheClient;
  readonly staff: WusheClient;
  /** A client acting with a staff session `token` (e.g. a reviewer's), on the same record. */
  as(token: string): WusheClient;
  /** Runs `act` without writing its exchanges down: the setting a scenario needs first. */
  unrecorded<T>(act: () => Promise<T>): Promise<T>;
}

export interface Scenario {
  readonly name: string;
  readonly description: string;
  run(context: ScenarioContext): Promise<void>;
}

/** The answer headers a widget reads; the rest (dates, request ids, CORS) are left out. */
const KEPT_HEADERS = ['content-type', 'retry-after', 'location'];

/**
 * The server's randomness (ids, references, request ids) drawn from a fixed sequence per
 * scenario while recording: a re-record of unchanged code writes identical files.
 */
function fixRandomness(): { reseed: (name: string) => void; restore: () => void } {
  let state = 0x2f6b_1a3d;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const module = crypto as unknown as Record<string, unknown>;
  const original = { randomBytes: module.randomBytes, randomInt: module.randomInt };
  const uuid = globalThis.crypto.randomUUID.bind(globalThis.crypto);
  module.randomBytes = (size: number) =>
    Buffer.from(Array.from({ length: size }, () => (next() * 256) | 0));
  module.randomInt = (min: number, max?: number) =>
    max === undefined ? Math.floor(next() * min) : min + Math.floor(next() * (max - min));
  const hex = () => ((next() * 16) | 0).toString(16);
  Object.defineProperty(globalThis.crypto, 'randomUUID', {
    configurable: true,
    value: () => '00000000-0000-4000-8000-000000000000'.replace(/0/g, hex),
  });
  syncBuiltinESMExports();
  return {
    // Each scenario's own sequence: a change to one scenario leaves the others' files alone.
    reseed(name) {
      state = Array.from(name).reduce(
        (hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16_777_619),
        2_166_136_261,
      );
    },
    restore() {
      Object.assign(module, original);
      Object.defineProperty(globalThis.crypto, 'randomUUID', { configurable: true, value: uuid });
      syncBuiltinESMExports();
    },
  };
}

/**
 * Plays `scenarios` against the real server (in-memory PGlite, the demo seed, a fixed clock),
 * in order on one database, and returns what each asked and got.
 */
export async function record(scenarios: readonly Scenario[]): Promise<Recording[]> {
  const randomness = fixRandomness();
  const { startTestServer } = await import('@wushe/server/testing');
  const server = await startTestServer({
    now: new Date(RECORDED_AT),
    // The demo's staff accounts, for the staff widgets' sign-in scenarios.
    staff: true,
    // The dev routes serve the outbox, where the residents' scenarios read their sign-in codes.
    app: { checkResponses: true, devRoutes: true },
  });
  try {
    const { app } = server;
    const recordings: Recording[] = [];
    for (const scenario of scenarios) {
      randomness.reseed(scenario.name);
      const exchanges: RecordedExchange[] = [];
      let recording = true;
      const transport: typeof fetch = async (input, init) => {
        const request = new Request(input, init);
        const url = new URL(request.url);
        const text = await request.text();
        const answer = await app.request(`${url.pathname}${url.search}`, {
          method: request.method,
          headers: request.headers,
          ...(text ? { body: text } : {}),
        });
        const body = await answer.text();
        if (recording) {
          const headers: Record<string, string> = {};
          for (const name of KEPT_HEADERS) {
            const value = answer.headers.get(name);
            if (value !== null) headers[name] = value;
          }
          exchanges.push({
            request: {
              method: request.method,
              url: `${url.pathname}${url.search}`,
              ...(text ? { body: JSON.parse(text) as unknown } : {}),
            },
            response: {
              status: answer.status,
              headers,
              body: body ? (JSON.parse(body) as unknown) : null,
            },
          });
        }
        return new Response(body || null, { status: answer.status, headers: answer.headers });
      };
      const client = (key: object) =>
        createClient({
          baseUrl: RECORDED_BASE_URL,
          ...key,
          fetch: transport,
          responseSchemas: responses,
          maxRetries: 0,
        });
      await scenario.run({
        resident: client({ publishableKey: DEMO_PUBLISHABLE_KEY }),
        staff: client({ secretKey: DEMO_SECRET_KEY }),
        as: (token) => client({ staffToken: token }),
        async unrecorded(act) {
          recording = false;
          try {
            return await act();
          } finally {
            recording = true;
          }
        },
      });
      recordings.push({ scenario: scenario.name, description: scenario.description, exchanges });
    }
    return recordings;
  } finally {
    await server.close();
    randomness.restore();
  }
}

/** A recording as it is committed: two-space JSON with a final newline. */
export function serialize(recording: Recording): string {
  return `${JSON.stringify(recording, null, 2)}\n`;
}
