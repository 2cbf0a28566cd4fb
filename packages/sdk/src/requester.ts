import type { RouteDefinition, RouteResponse, WireRoute } from '@wushe/schema';
import {
  ApiError,
  ConnectionError,
  errorFromResponse,
  RateLimitError,
  TimeoutError,
  WusheError,
} from './errors.js';
import type { ClientOptions, RequestOptions } from './options.js';
import { isRetryable, retryDelayMs, sleep } from './retry.js';
import type { CallInput, RouteAnswer, WithRequestId } from './route-types.js';

export type { CallInput, RouteAnswer, RouteItem, WithRequestId } from './route-types.js';

interface Answer {
  readonly status: number;
  readonly payload: unknown;
  readonly headers: Headers;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_RETRIES = 2;

/**
 * The one path every resource method takes: check the input with the contract's schemas, send
 * it with the key and language, retry what is safe to retry with the same idempotency key, and
 * turn every failure into a `WusheError`.
 */
export class Requester {
  readonly options: ClientOptions;
  private readonly key: string | undefined;

  /** The resident token sent on resident routes (see `ClientOptions.residentToken`). */
  residentToken: string | undefined;

  constructor(options: ClientOptions) {
    if (!options.baseUrl) throw new TypeError('createClient: baseUrl is required');
    this.options = options;
    this.key = options.secretKey ?? options.publishableKey;
    this.residentToken = options.residentToken;
  }

  /**
   * Sends one request of the contract: `input` is typed by the route's schemas and the result by
   * its response in `responses` (types only: no schema is bundled for it).
   */
  async call<R extends RouteDefinition>(
    route: R,
    input: NoInfer<CallInput<R>>,
    options: RequestOptions = {},
  ): RouteAnswer<R> {
    const loose: CallInput = input;
    // Read before the first await: a page's widgets may share this requester with other tokens.
    const residentToken = this.residentToken;
    const { checkInput } = await import('./check.js');
    const params = checkInput(this, route.params, loose.params ?? {});
    const query = checkInput(this, route.query, loose.query ?? {});
    const body = route.body ? checkInput(this, route.body, loose.body) : undefined;
    return this.exchange<RouteResponse<R>>(route, { params, query, body }, options, residentToken);
  }

  /**
   * Sends one request by a route's wire part (`@wushe/schema/wire`: its method and path, no
   * schemas), typed like `call` but not checked before it leaves: the server checks it and answers
   * a `ValidationError` with the same field issues. For a browser bundle's reads, which then load
   * neither zod nor the contract's schemas.
   */
  send<R extends RouteDefinition>(
    route: WireRoute<R>,
    input: NoInfer<CallInput<R>>,
    options: RequestOptions = {},
  ): RouteAnswer<R> {
    const loose: CallInput = input;
    return this.exchange<RouteResponse<R>>(route, loose, options, this.residentToken);
  }

  private async exchange<T>(
    route: WireRoute,
    { params, query, body }: { params?: unknown; query?: unknown; body?: unknown },
    options: RequestOptions,
    residentToken: string | undefined,
  ): Promise<WithRequestId<T>> {
    const url = this.url(
      route.path,
      params as Record<string, string> | undefined,
      query as Record<string, unknown> | undefined,
    );
    // Every write carries a key, the same on every retry, so the server answers a resent write
    // with its first outcome (a 502 after the commit is retried, not done twice). Yours wins.
    // A credential exchange (`idempotency: 'none'`) takes no key: the server keeps no replay of
    // an answer carrying a session token, so it is sent once and not retried after it may have run.
    const replayable = route.method === 'GET' || route.idempotency !== 'none';
    const idempotencyKey =
      route.method === 'GET' || !replayable
        ? undefined
        : (options.idempotencyKey ?? newIdempotencyKey());
    const headers: Record<string, string> = { Accept: 'application/json' };
    const staffRoute = route.auth === 'staff' || route.auth === 'staff_session';
    // A client with a staff token and no key (a staff widget, the console) sends the token on
    // every route: the server reads public routes for a staff session too (its whole district).
    const key =
      route.auth === 'resident'
        ? residentToken
        : staffRoute || !this.key
          ? (this.options.staffToken ?? this.key)
          : this.key;
    if (key) headers.Authorization = `Bearer ${key}`;
    if (this.options.locale) headers['Accept-Language'] = this.options.locale;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    const text = body === undefined ? undefined : JSON.stringify(body);
    const maxRetries = this.options.maxRetries ?? DEFAULT_MAX_RETRIES;

    for (let attempt = 0; ; attempt++) {
      try {
        const answer = await this.attempt(route.method, url, headers, text, options);
        if (answer.status >= 200 && answer.status < 300) return await this.result<T>(route, answer);
        throw errorFromResponse(answer.status, answer.payload, answer.headers);
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        // Sending again is safe for a read or a write the server knows again by its key; a
        // credential exchange is only resent after a 429 (refused before it ran).
        const failure =
          error instanceof WusheError
            ? error
            : new ApiError({
                code: 'unknown_error',
                status: 0,
                message: String(error),
                cause: error,
              });
        if (attempt >= maxRetries || !isRetryable(failure, true)) throw failure;
        if (!replayable && failure.status !== 429) throw failure;
        const delay = retryDelayMs(
          attempt,
          failure instanceof RateLimitError ? failure.retryAfter : undefined,
        );
        if (delay === undefined) throw failure;
        await sleep(delay, options.signal);
      }
    }
  }

  url(path: string, params?: Record<string, string>, query?: Record<string, unknown>): string {
    const filled = path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(params?.[name] ?? ''),
    );
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null)
        search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
    }
    const suffix = search.size > 0 ? `?${search.toString()}` : '';
    return `${this.options.baseUrl.replace(/\/+$/, '')}${filled}${suffix}`;
  }

  /** One HTTP exchange with its own timeout; a lost connection or a timeout becomes a `WusheError`. */
  private async attempt(
    method: string,
    url: string,
    headers: Record<string, string>,
    body: string | undefined,
    options: RequestOptions,
  ): Promise<Answer> {
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const controller = new AbortController();
    const forward = () => {
      controller.abort(options.signal?.reason);
    };
    options.signal?.addEventListener('abort', forward, { once: true });
    // An object, not a `let`: the flag is set from the timer's callback.
    const deadline = { passed: false };
    const timer = setTimeout(() => {
      deadline.passed = true;
      controller.abort();
    }, timeoutMs);
    try {
      const doFetch = this.options.fetch ?? globalThis.fetch;
      const init: RequestInit = { method, headers, signal: controller.signal };
      if (body !== undefined) init.body = body;
      const response = await doFetch(url, init);
      const text = await response.text();
      return { status: response.status, payload: parseJson(text), headers: response.headers };
    } catch (error) {
      if (deadline.passed)
        throw new TimeoutError({
          code: 'timeout',
          status: 0,
          message: `No answer within ${timeoutMs} ms`,
          cause: error,
        });
      if (options.signal?.aborted) throw options.signal.reason;
      throw new ConnectionError({
        code: 'connection_failed',
        status: 0,
        message: 'Could not reach the wushe API',
        cause: error,
      });
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', forward);
    }
  }

  private async result<T>(route: WireRoute, answer: Answer): Promise<WithRequestId<T>> {
    const schema = this.options.responseSchemas?.[route.id];
    if (schema) {
      const { checkResponse } = await import('./check.js');
      checkResponse(route.id, schema, answer.payload, answer.headers, answer.status);
    }
    const payload = answer.payload ?? {};
    Object.defineProperty(payload, 'requestId', {
      value: answer.headers.get('X-Request-Id') ?? '',
      enumerable: false,
    });
    return payload as WithRequestId<T>;
  }
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { error: { code: 'invalid_response', message: text.slice(0, 200) } };
  }
}

/** A fresh key per write (reused by its retries): 122 random bits. */
export function newIdempotencyKey(): string {
  return `wushe_${crypto.randomUUID()}`;
}
