import type * as z from 'zod/mini';
import type { IssueMessages, Locale } from '@wushe/schema';

export interface ClientOptions {
  /** The API's base URL, e.g. `https://wushe.example.gov.cn` (paths are `/v1/…` below it). */
  readonly baseUrl: string;
  /** A publishable key (`pk_…`): for web pages, bound to their origins. */
  readonly publishableKey?: string;
  /** A secret key (`sk_…`): for staff tools and servers, never in a web page (the API refuses it there). */
  readonly secretKey?: string;
  /**
   * A staff session token (`st_…`, from `staff.signIn` or a portal's `staff.createSession`): sent
   * instead of the key on staff routes (`staff.me`, `staff.signOut`, `needs.update`), and on every
   * route when the client has no key.
   */
  readonly staffToken?: string;
  /**
   * A resident token (`rt_…`, from `residents.signIn`): sent on the resident routes
   * (`residents.me`, `residents.signups`, …). `residents.signIn` sets it on the client by itself,
   * and `signOut` or `erase` forget it; pass one here to resume a session kept by the page.
   */
  readonly residentToken?: string;
  /** The language of messages: sent as `Accept-Language`, and used for the SDK's own field checks. */
  readonly locale?: Locale;
  /**
   * The wording of field issues found before sending, in `locale`. Defaults to zh-CN; pass
   * `enIssues` or `zhHKIssues` from `@wushe/schema` (widgets load them lazily) for other locales.
   */
  readonly issueMessages?: IssueMessages;
  /** How long one attempt may take, in milliseconds (default 15,000). */
  readonly timeoutMs?: number;
  /** How many times a failed request is retried when it is safe to (default 2). */
  readonly maxRetries?: number;
  /** A `fetch` to use instead of the global one: a proxy, a test double, the fixture transport. */
  readonly fetch?: typeof fetch;
  /**
   * Check every response against the contract: pass `responses` from `@wushe/schema`. Off by
   * default: the server is the contract's own implementation, and the response schemas cost
   * bundle size and time (measured in the README); tests and the fixture transport turn it on.
   */
  readonly responseSchemas?: Readonly<Record<string, z.core.$ZodType | undefined>>;
}

/** Per call: the second argument of every method. */
export interface RequestOptions {
  /** The idempotency key of a creating request; generated when absent, and reused across retries. */
  readonly idempotencyKey?: string;
  /** Cancels the request (and its retries). */
  readonly signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  readonly timeoutMs?: number;
}
