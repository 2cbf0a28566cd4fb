import * as z from 'zod/mini';
import { ErrorCodes, type ErrorCode } from '../errors.js';
import { COMMON_ERRORS, routes, type RouteDefinition, type RouteName } from '../api/routes.js';
import { responses } from '../api/responses.js';
import { requestExamples } from '../api/examples.js';
import { hintedSchemas, jsonSchemaHints, type JsonSchemaHint } from '../hints.js';
import { namedSchemas, requestSchemaName, requestSchemas } from './components.js';

type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';

const REF_PREFIX = '#/components/schemas/';

/** The API version the document describes; paths carry its major version (`/v1`). */
export const API_VERSION = '1.0.0';

/**
 * Builds the OpenAPI 3.1 document of the HTTP API v1 from the route table and its schemas, so
 * the document can never disagree with what the server validates.
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  const converter = new SchemaConverter(namedSchemas, requestSchemas());

  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, route] of Object.entries(routes) as [string, RouteDefinition][]) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(name, route, converter);
  }
  Object.assign(paths, servicePaths());

  return {
    openapi: '3.1.0',
    info: {
      title: 'wushe API',
      version: API_VERSION,
      summary:
        '五社联动: needs, volunteers, community funds and satisfaction surveys of a district',
      description:
        'JSON over HTTPS. Money is integer fen (1 yuan = 100 fen). Times are ISO 8601 UTC. ' +
        'Ids carry a type prefix (need_, don_, vol_, fund_, …); divisions are named by their ' +
        'GB/T 2260 and statistical codes. Messages follow Accept-Language (zh-CN default, en).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/', description: 'The server this document was fetched from' }],
    tags: [...new Set(Object.values(routes).map((route) => route.tag))].map((tag) => ({
      name: tag,
    })),
    paths,
    components: {
      schemas: converter.components,
      securitySchemes: {
        publishableKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A publishable key (pk_test_… / pk_live_…), safe in a web page; bound to a list of allowed origins.',
        },
        secretKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A secret key (sk_…) for staff and servers; refused when the request carries an Origin header.',
        },
        staffToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A staff session token (st_…) from POST /v1/staff/sign-in or /v1/staff/sessions; the console may send it as the wushe_staff cookie instead.',
        },
        residentToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A resident token (rt_…) from POST /v1/residents/sessions (mobile and SMS code); works only from the origin that signed in, for 30 days from its last use.',
        },
      },
    },
  };
}

function operation(name: string, route: RouteDefinition, converter: SchemaConverter) {
  const parameters: unknown[] = [];
  for (const [key, schema] of Object.entries(route.params?.def.shape ?? {})) {
    parameters.push({
      name: key,
      in: 'path',
      required: true,
      schema: converter.inline(schema, 'input'),
    });
  }
  for (const [key, schema] of Object.entries(route.query?.def.shape ?? {})) {
    const optional = schema._zod.optin === 'optional';
    parameters.push({
      name: key,
      in: 'query',
      required: !optional,
      schema: converter.inline(schema, 'input'),
    });
  }
  // A credential exchange (`idempotency: 'none'`) takes no key: no replay may keep its token.
  if (route.idempotency && route.idempotency !== 'none') {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: route.idempotency === 'required',
      description:
        'A unique key per attempt: the same key with the same body returns the first response; with another body, 422.',
      schema: { type: 'string', minLength: 8, maxLength: 255 },
    });
  }
  parameters.push({
    name: 'Accept-Language',
    in: 'header',
    required: false,
    schema: { type: 'string', examples: ['zh-CN', 'en'] },
  });

  const success = route.stream
    ? { 'text/event-stream': { schema: { $ref: `${REF_PREFIX}LiveEvent` } } }
    : responses[name as RouteName]
      ? {
          'application/json': { schema: converter.inline(responses[name as RouteName]!, 'output') },
        }
      : undefined;

  const example = (requestExamples as Record<string, unknown>)[name];
  return {
    operationId: name,
    summary: route.summary,
    tags: [route.tag],
    security: security(route),
    parameters,
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { $ref: `${REF_PREFIX}${requestSchemaName(name)}` },
                ...(example ? { example } : {}),
              },
            },
          },
        }
      : {}),
    responses: {
      [String(route.status)]: {
        description: route.status === 201 ? 'Created' : 'OK',
        ...(success ? { content: success } : {}),
      },
      ...errorResponses(route.auth === 'none' ? route.errors : [...route.errors, ...COMMON_ERRORS]),
    },
  };
}

function security(route: RouteDefinition) {
  switch (route.auth) {
    case 'none':
      return [];
    case 'publishable':
      return [{ publishableKey: [] }, { secretKey: [] }];
    case 'secret':
    case 'secret_or_signature':
      return [{ secretKey: [] }];
    case 'staff':
      return [{ staffToken: [] }, { secretKey: [] }];
    case 'staff_session':
      return [{ staffToken: [] }];
    case 'resident':
      return [{ residentToken: [] }];
  }
}

/** One response per status, listing the error codes it may carry. */
function errorResponses(codes: readonly ErrorCode[]) {
  const byStatus = new Map<number, Set<ErrorCode>>();
  for (const code of codes) {
    const status = ErrorCodes[code].status;
    byStatus.set(status, (byStatus.get(status) ?? new Set()).add(code));
  }
  return Object.fromEntries(
    [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, set]) => [
        String(status),
        {
          description: `Error: ${[...set].join(', ')}`,
          ...(status === 429
            ? {
                headers: {
                  'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } },
                },
              }
            : {}),
          content: { 'application/json': { schema: { $ref: `${REF_PREFIX}ApiError` } } },
        },
      ]),
  );
}

function servicePaths() {
  return {
    '/healthz': {
      get: {
        operationId: 'health',
        summary: 'Liveness',
        tags: ['service'],
        security: [],
        responses: {
          '200': {
            description: 'The server is up',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { ok: { const: true } }, required: ['ok'] },
              },
            },
          },
        },
      },
    },
    '/v1/openapi.json': {
      get: {
        operationId: 'openApiDocument',
        summary: 'This document',
        tags: ['service'],
        security: [],
        responses: {
          '200': { description: 'The OpenAPI 3.1 document', content: { 'application/json': {} } },
        },
      },
    },
  };
}

/**
 * Converts zod schemas to JSON Schema, replacing each named schema (wherever it is nested) by a
 * `$ref` into `components.schemas`.
 */
class SchemaConverter {
  readonly components: Record<string, JsonSchema> = {};
  private readonly registry = z.registry<JsonSchemaHint & { id?: string }>();

  /** Responses are described as the server sends them; requests as a client may send them. */
  constructor(
    responses: Record<string, [z.core.$ZodType, string]>,
    requests: Record<string, [z.core.$ZodType, string]>,
  ) {
    for (const schema of hintedSchemas()) this.registry.add(schema, jsonSchemaHints.get(schema)!);
    const named = [
      ...Object.entries(responses).map(([id, entry]) => [id, ...entry, 'output'] as const),
      ...Object.entries(requests).map(([id, entry]) => [id, ...entry, 'input'] as const),
    ];
    for (const [id, schema, description] of named) this.registry.add(schema, { id, description });
    for (const [id, schema, , io] of named) {
      const json = this.convert(schema, io);
      // A named schema converts to a `$ref` to itself, its body hoisted from `$defs`.
      if (json.$ref !== `${REF_PREFIX}${id}`) this.components[id] = json;
    }
  }

  /** A schema as it appears in place: a `$ref` when named, otherwise inline with refs inside. */
  inline(schema: z.core.$ZodType, io: Io): JsonSchema {
    const id = this.registry.get(schema)?.id;
    return id ? { $ref: `${REF_PREFIX}${id}` } : this.convert(schema, io);
  }

  private convert(schema: z.core.$ZodType, io: Io): JsonSchema {
    const json = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
      metadata: this.registry,
      reused: 'inline',
    }) as JsonSchema;
    const { $schema: _dialect, $defs, ...rest } = json;
    const rewrite = (value: unknown) =>
      JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', `"${REF_PREFIX}`)) as JsonSchema;
    // Nested named schemas come back as `$defs`; they belong in the components.
    for (const [key, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
      const { id: _id, ...body } = def;
      this.components[key] ??= rewrite(body);
    }
    return rewrite(rest);
  }
}
