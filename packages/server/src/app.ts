import { Hono } from 'hono';
import { buildOpenApiDocument } from '@wushe/schema/openapi';
import { ApiError, errorResponse } from './http/errors.js';
import { requestId, type RequestIdVariables } from './http/request-id.js';

export interface AppOptions {
  /** Where unexpected errors are reported; never to the client. Defaults to `console.error`. */
  readonly logError?: (error: unknown, requestId: string) => void;
}

/**
 * The wushe HTTP API as a Hono app. Tests call `app.request()` on it; the CLI serves it.
 */
export function createApp(options: AppOptions = {}) {
  const logError =
    options.logError ??
    ((error, id) => {
      console.error(`[${id}]`, error);
    });
  const app = new Hono<{ Variables: RequestIdVariables }>();
  const openApi = JSON.stringify(buildOpenApiDocument());

  app.use(requestId());

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/v1/openapi.json', (c) => c.body(openApi, 200, { 'Content-Type': 'application/json' }));

  app.notFound((c) => errorResponse(c, 'not_found'));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
      return errorResponse(c, error.code, error.issues);
    }
    logError(error, c.get('requestId'));
    return errorResponse(c, 'internal_error');
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
