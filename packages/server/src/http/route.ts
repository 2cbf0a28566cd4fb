import type { Context, Hono } from 'hono';
import type * as z from 'zod/mini';
import {
  responses,
  validate,
  type routes,
  type Messages,
  type RouteDefinition,
  type RouteName,
  type RouteResponse,
} from '@wushe/schema';
import type { Executor } from '../db/database.js';
import { auditLog } from '../db/tables/index.js';
import type { Auth, Parsed, ServiceContext, ServiceDeps } from '../services/context.js';
import { AfterTransaction } from '../services/after-commit.js';
import { RefusalAfterCommit } from '../services/errors.js';
import type { Notifier } from '../services/notifier.js';
import type { OneStatementWrite } from '../services/one-statement.js';
import type { KeyRing } from './auth.js';
import { readJsonBody } from './body.js';
import { ApiError, messagesFor } from './errors.js';
import { sendGzippedJson, unzipJson } from './gzipped.js';
import { once, onceInOneStatement, requestHash } from './idempotency.js';
import { permit } from './permissions.js';
import { authenticateStaff, presentsStaffSession } from './staff-auth.js';
import { authenticateResident } from './resident-auth.js';
import { clientAddress, type TrustedProxies } from './client-address.js';
import type { RateLimiter } from './rate-limit.js';
import type { RequestIdVariables } from './request-id.js';
import { SIGNATURE_HEADER, verifySignature } from './signature.js';

/** Everything a handler may use; built once by `createApp`. */
export interface AppDeps extends ServiceDeps {
  readonly keys: KeyRing;
  readonly rateLimiter: RateLimiter;
  /** The reverse proxies whose `X-Forwarded-For` names the client (`--trust-proxy`). */
  readonly trustedProxies: TrustedProxies;
  readonly notifier: Notifier;
  /** Check every response against the contract (tests turn this on; it costs a parse). */
  readonly checkResponses: boolean;
  /** Serve the development routes (`GET /v1/dev/outbox`); off, they are 404 like unknown paths. */
  readonly devRoutes: boolean;
}

export type AppEnv = { Variables: RequestIdVariables };
export type App = Hono<AppEnv>;

type Out<S> = Parsed<S>;

/** A service's context plus the HTTP parts only route handlers see. */
export interface HandlerContext<R extends RouteDefinition> extends ServiceContext<R> {
  readonly deps: AppDeps;
  readonly c: Context<AppEnv>;
}

/**
 * Serves one JSON route: resolves to the route's response as the contract types it (the output
 * type of its schema in `responses`, the type the SDK's call resolves to). Output rather than
 * input: response schemas have no transforms, so both describe the same JSON except where a
 * default fills an omitted field, and the output makes the handler write every field the client
 * is promised. A handler that returns something else does not compile.
 */
export type Handler<R extends RouteDefinition> = (
  context: HandlerContext<R>,
) => Promise<RouteResponse<R>>;

/** Serves a stream route (Server-Sent Events): the whole response is the handler's. */
export type StreamHandler = (c: Context<AppEnv>, deps: AppDeps) => Promise<Response>;

type Routes = typeof routes;

/**
 * A handler for every route of the contract's table, by name. `registerRoutes` takes one whole,
 * so a route added to the table without a handler does not compile; each domain module provides
 * its part (`satisfies Partial<RouteHandlers>`, which also types each handler's context).
 */
export type RouteHandlers = {
  [K in RouteName]: Routes[K] extends { readonly stream: true }
    ? StreamHandler
    : Handler<Routes[K]>;
};

/** Options of the routes bound with more than the defaults, by route name. */
export type RouteBindOptions = {
  readonly [K in RouteName]?: BindOptions<Routes[K]>;
};

/** Optional ways a route's write may be served faster, each falling back to the handler. */
export interface BindOptions<R extends RouteDefinition> {
  /**
   * Offers the write as one statement with its idempotency record (see `onceInOneStatement`),
   * given a context whose `tx` is the database outside any transaction: it may read, not write.
   */
  readonly oneStatement?: (context: HandlerContext<R>) => Promise<OneStatementWrite | undefined>;
  /** A read that also answers `Accept: text/csv`: the same result rendered as a CSV table. */
  readonly csv?: {
    readonly render: (result: RouteResponse<R>) => string;
    readonly filename: string;
  };
  /**
   * A read whose answer is kept serialized (gzipped JSON, see `indicator_reports`): sent as it is
   * to a client that takes gzip, unzipped for one that does not, never parsed and re-serialized.
   * The handler still serves the parsed answer where one is needed (the CSV).
   */
  readonly gzipped?: (context: HandlerContext<R>) => Promise<Uint8Array>;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,255}$/;

/**
 * Serves one route of the contract's table: its key rule, its params, query and body validated
 * with the schemas the SDK uses, rate limits on resident writes, idempotency, a transaction for
 * every write, and the contract's success status. Everything that fails becomes an ApiError.
 *
 * An `auth: 'resident'` route is called with a resident token (`rt_…`) from the origin it was
 * issued to; the handler finds the resident in `context.resident` (see `authenticateResident`).
 */
export function bind<R extends RouteDefinition>(
  app: App,
  deps: AppDeps,
  route: R,
  handler: Handler<R>,
  options: BindOptions<R> = {},
): void {
  const path = route.path.replace(/\{(\w+)\}/g, ':$1');
  app.on(route.method, path, async (c) => {
    const messages = messagesFor(c.req.header('Accept-Language'));
    const caller = await authenticate(c, deps, route);
    const params = parse(route.params, c.req.param(), messages) as Out<R['params']>;
    const query = parse(route.query, c.req.query(), messages) as Out<R['query']>;

    if (route.method !== 'GET' && caller.kind === 'publishable') {
      const client = clientAddress(c, deps.trustedProxies);
      const wait = await deps.rateLimiter.take(`${caller.apiKeyId}|${client}`);
      if (wait > 0) throw new ApiError('rate_limited', undefined, { 'Retry-After': String(wait) });
    }

    let raw = '';
    let body: unknown;
    if (route.body) {
      const read = await readJsonBody(c);
      raw = read.raw;
      body = parse(route.body, read.value, messages);
    }
    const auth = await permit(c, deps, route, caller, { params, query, body });
    const after = new AfterTransaction();
    if (
      auth.via === 'signature' &&
      !verifySignature(deps.secrets.signingKey, c.req.header(SIGNATURE_HEADER) ?? '', raw)
    ) {
      throw new ApiError('invalid_signature');
    }

    const idempotencyKey = c.req.header('Idempotency-Key');
    if (route.idempotency === 'required' && idempotencyKey === undefined)
      throw new ApiError('idempotency_key_required');
    if (
      idempotencyKey !== undefined &&
      (!route.idempotency || route.idempotency === 'none' || !IDEMPOTENCY_KEY.test(idempotencyKey))
    ) {
      throw new ApiError('validation_failed', [
        {
          path: ['Idempotency-Key'],
          code: 'invalid_format',
          message: messages.issues.invalid_format,
        },
      ]);
    }

    const context = (tx: Executor): HandlerContext<R> => ({
      params,
      query,
      body: body as Out<R['body']>,
      auth,
      resident: auth.resident as HandlerContext<R>['resident'],
      tx,
      deps,
      requestId: c.get('requestId'),
      messages,
      c,
      after,
      notify: (message) => {
        after.onCommit(() => deps.notifier.send(message));
      },
      emit: (type, scope, payload) =>
        deps.events.emit(tx, type, { ...scope, districtCode: auth.districtCode }, payload),
      audit: async (action, subjectType, subjectId, detail) => {
        await tx.insert(auditLog).values({
          districtCode: auth.districtCode,
          apiKeyId: auth.apiKeyId,
          accountId: auth.staff?.account.id ?? null,
          role: auth.role ?? null,
          action,
          subjectType,
          subjectId,
          requestId: c.get('requestId'),
          detail: detail ?? null,
          // The app's clock, as every other time it writes (a resident's need timeline merges them).
          createdAt: deps.now(),
        });
      },
    });

    const fresh = async (tx: Executor) => ({
      status: route.status as number,
      body: await handler(context(tx)),
      replayed: false,
    });
    // A refusal that keeps its writes commits them, then answers (see `RefusalAfterCommit`).
    let refusal: RefusalAfterCommit | undefined;
    const freshKeepingRefusal = (tx: Executor) =>
      fresh(tx).catch((error: unknown) => {
        if (!(error instanceof RefusalAfterCommit)) throw error;
        refusal = error;
        return { status: 0, body: undefined as RouteResponse<R> | undefined, replayed: false };
      });
    const scope =
      idempotencyKey === undefined
        ? undefined
        : {
            // A resident's keys are their own: another resident on the same page never replays them.
            apiKeyId: auth.resident ? `${auth.apiKeyId}|${auth.resident.id}` : auth.apiKeyId,
            key: idempotencyKey,
            hash: requestHash(route.method, c.req.path, raw),
          };
    // One statement only for a resident's keyed write (a publishable key, no staff session): a
    // staff caller always takes the transaction path, where every audit row is written with it.
    const inOneStatement = async () => {
      if (!scope || auth.kind !== 'publishable' || auth.staff || !options.oneStatement) return;
      const plan = await options.oneStatement(context(deps.db));
      return plan && onceInOneStatement(deps.db, scope, route.status, plan);
    };
    const asCsv = options.csv && /\btext\/csv\b/i.test(c.req.header('Accept') ?? '');
    if (options.gzipped && !asCsv) {
      const kept = await options.gzipped(context(deps.db));
      if (deps.checkResponses) assertResponse(route, JSON.parse(await unzipJson(kept)));
      return sendGzippedJson(c, kept);
    }
    const outcome = await after.around(async () =>
      route.method === 'GET'
        ? fresh(deps.db)
        : ((await inOneStatement()) ??
          deps.db.transaction((tx) => {
            if (!scope) return freshKeepingRefusal(tx);
            return once(tx, scope, async () => ({
              status: route.status,
              body: await handler(context(tx)),
            }));
          })),
    );
    if (refusal) throw refusal;
    const { status, body: result, replayed } = outcome;
    if (deps.checkResponses) assertResponse(route, result);
    if (replayed) c.header('Idempotent-Replayed', 'true');
    if (options.csv && asCsv) {
      return c.body(options.csv.render(result as RouteResponse<R>), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${options.csv.filename}"`,
      });
    }
    return c.json(result as object, status as 200);
  });
}

/** Validates a query, params or body; a 400 `validation_failed` names every bad field. */
export function parse(
  schema: z.core.$ZodType | undefined,
  value: unknown,
  messages: Messages,
): unknown {
  if (!schema) return undefined;
  const result = validate(schema as z.ZodMiniType, value, messages);
  if (!result.success) throw new ApiError('validation_failed', result.issues);
  return result.data;
}

/** The caller of a route: by key, or (confirmations only) by a provider's signature. */
export async function authenticate(
  c: Context<AppEnv>,
  deps: AppDeps,
  route: RouteDefinition,
): Promise<Auth> {
  if (route.auth === 'none')
    return { districtCode: '', apiKeyId: 'anonymous', kind: 'publishable', via: 'key' };
  if (route.auth === 'staff' || route.auth === 'staff_session')
    return authenticateStaff(c, deps, route);
  if (route.auth === 'resident') return authenticateResident(c, deps);
  // The console (its cookie) or a staff widget (its token) reads the public routes as its staff
  // session: the district's needs under review too (see `actsWithRole` for what it does not see).
  if (route.auth === 'publishable' && route.method === 'GET' && presentsStaffSession(c))
    return authenticateStaff(c, deps, { ...route, auth: 'staff_session' });
  if (
    route.auth === 'secret_or_signature' &&
    c.req.header('Authorization') === undefined &&
    c.req.header(SIGNATURE_HEADER) !== undefined
  ) {
    // A payment provider's callback: the handler finds the district from what it confirms.
    return { districtCode: '', apiKeyId: 'provider:sandbox', kind: 'secret', via: 'signature' };
  }
  return deps.keys.authenticate(c, route.auth);
}

function assertResponse(route: RouteDefinition, body: unknown): void {
  const schema = responses[route.id as RouteName] as z.ZodMiniType | undefined;
  if (!schema) return;
  const result = validate(schema, JSON.parse(JSON.stringify(body)));
  if (!result.success) {
    throw new Error(
      `response of ${route.method} ${route.path} breaks the contract: ${JSON.stringify(result.issues)}`,
    );
  }
}
