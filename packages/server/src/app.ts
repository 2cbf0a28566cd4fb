import { Hono } from 'hono';
import { buildOpenApiDocument } from '@wushe/schema/openapi';
import type { DatabaseHandle } from './db/database.js';
import { KeyRing } from './http/auth.js';
import { serveConsole } from './http/console.js';
import { cors } from './http/cors.js';
import { ApiError, errorResponse } from './http/errors.js';
import { isDatabaseUnavailable } from './db/errors.js';
import { allowedMethods } from './http/fallbacks.js';
import { TrustedProxies } from './http/client-address.js';
import { RateLimiter, type RateLimitOptions } from './http/rate-limit.js';
import { requestId } from './http/request-id.js';
import type { App, AppDeps } from './http/route.js';
import { DomainError } from './services/errors.js';
import { EventHub } from './services/events.js';
import { offlineProvider, sandboxProvider, type PaymentProviders } from './services/payments.js';
import type { Secrets } from './services/secrets.js';
import { logNotifier, type Notifier } from './services/notifier.js';
import { registerRoutes } from './routes/index.js';
import { scheduleContactRetention } from './services/needs/contact-retention.js';
import { scheduleIndicatorRefresh } from './services/indicators/stored-report.js';

export interface AppOptions {
  readonly database: DatabaseHandle;
  readonly secrets: Secrets;
  /** This server's public URL, for links it hands out (the sandbox checkout). */
  readonly publicBaseUrl?: string;
  readonly payments?: PaymentProviders;
  /** Where invites and other messages go; defaults to the `log` provider (the outbox table). */
  readonly notifier?: Notifier;
  /**
   * Serve the development routes (`GET /v1/dev/outbox`, the `log` notifier's outbox): the CLI
   * turns this on with `--notifier log`. Off (the default), they answer 404 like unknown paths.
   */
  readonly devRoutes?: boolean;
  /** Resident writes per API key and client; `false` turns the limit off. */
  readonly rateLimit?: RateLimitOptions | false;
  /** Reverse proxies whose `X-Forwarded-For` names the client; none by default. */
  readonly trustedProxies?: TrustedProxies;
  /** The console's built files (`apps/console/dist`), served at `/console/`; none when absent. */
  readonly consoleDir?: string;
  /** Check every response against the contract; for tests. */
  readonly checkResponses?: boolean;
  /** Where unexpected errors are reported; never to the client. Defaults to `console.error`. */
  readonly logError?: (error: unknown, requestId: string) => void;
  readonly now?: () => Date;
  /**
   * Keep the linkage index being read fresh in the background (`scheduleIndicatorRefresh`): the
   * server does; tests call the refresher themselves.
   */
  readonly refreshIndicators?: boolean;
}

/**
 * The wushe HTTP API v1 as a Hono app: tests call `app.request()`, the CLI serves `app.fetch`.
 * Call `close()` to stop its live-event listener.
 */
export function createApp(
  options: AppOptions,
): App & { deps: AppDeps; close: () => Promise<void> } {
  const logError =
    options.logError ??
    ((error, id) => {
      console.error(`[${id}]`, error);
    });
  const { db } = options.database;
  const deps: AppDeps = {
    db,
    events: new EventHub(db, options.database),
    keys: new KeyRing(db),
    secrets: options.secrets,
    payments: options.payments ?? {
      offline: offlineProvider,
      sandbox: sandboxProvider(options.publicBaseUrl ?? 'http://127.0.0.1:8787'),
    },
    rateLimiter: new RateLimiter(db, options.rateLimit),
    trustedProxies: options.trustedProxies ?? TrustedProxies.none,
    notifier: options.notifier ?? logNotifier(db),
    checkResponses: options.checkResponses ?? false,
    devRoutes: options.devRoutes ?? false,
    now: options.now ?? (() => new Date()),
  };
  const app = new Hono<{ Variables: { requestId: string } }>();
  const openApi = JSON.stringify(buildOpenApiDocument());

  app.use(requestId());
  app.use('/v1/*', cors(deps.keys));
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/v1/openapi.json', (c) => c.body(openApi, 200, { 'Content-Type': 'application/json' }));
  registerRoutes(app, deps);
  if (options.consoleDir) serveConsole(app, options.consoleDir);

  app.notFound((c) => {
    const allowed = allowedMethods(c.req.path, deps.devRoutes);
    if (allowed.length === 0) return errorResponse(c, 'not_found');
    c.header('Allow', allowed.join(', '));
    return errorResponse(c, 'method_not_allowed');
  });
  app.onError((error, c) => {
    // The one place a broken rule (a service's DomainError, or the HTTP layer's ApiError) becomes
    // the contract's error body.
    if (error instanceof DomainError) {
      if (error instanceof ApiError) {
        for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
      }
      return errorResponse(c, error.code, error.issues);
    }
    logError(error, c.get('requestId'));
    if (isDatabaseUnavailable(error)) {
      c.header('Retry-After', '5');
      return errorResponse(c, 'service_unavailable');
    }
    return errorResponse(c, 'internal_error');
  });
  // Contacts of needs closed over 180 days are erased hourly; safe with any number of processes.
  const stopContactRetention = scheduleContactRetention(db, deps.now, (error) => {
    logError(error, 'contact-retention');
  });
  // Without the announcement (the database refused a listener), cached keys still expire.
  const watchingKeys = deps.keys.watch(options.database).catch(() => undefined);
  // The linkage index read in the last day kept fresh, computed once whatever the processes.
  const stopIndicatorRefresh = options.refreshIndicators
    ? scheduleIndicatorRefresh(db, deps.now, (error) => {
        logError(error, 'indicator-refresh');
      })
    : () => Promise.resolve();
  const close = async () => {
    stopContactRetention();
    await stopIndicatorRefresh();
    deps.rateLimiter.close();
    const stopWatchingKeys = await watchingKeys;
    await stopWatchingKeys?.();
    await deps.events.close();
  };
  return Object.assign(app, { deps, close });
}
