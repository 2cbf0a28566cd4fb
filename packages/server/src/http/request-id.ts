import type { MiddlewareHandler } from 'hono';

export type RequestIdVariables = { requestId: string };

/** A fresh id per request, on the response as `X-Request-Id` and in every error body. */
export const requestId = (): MiddlewareHandler<{ Variables: RequestIdVariables }> => {
  return async (c, next) => {
    const id = `req_${crypto.randomUUID().replaceAll('-', '').slice(0, 20)}`;
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
  };
};
