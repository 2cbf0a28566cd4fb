import * as z from 'zod/mini';

/** What a schema means in JSON Schema where zod cannot say it (a check written as a function). */
export interface JsonSchemaHint {
  type?: 'integer';
  pattern?: string;
  minimum?: number;
  maximum?: number;
  description?: string;
  examples?: unknown[];
}

/**
 * Hints for the OpenAPI document. Our validators are functions (a check digit cannot be a
 * regular expression), so the generated document would say only `string`; each primitive
 * registers here the pattern, bounds and examples a reader of the document needs.
 */
export const jsonSchemaHints = z.registry<JsonSchemaHint>();
const hinted: z.core.$ZodType[] = [];

/** Every schema with a hint, for the OpenAPI generator to copy into its own registry. */
export function hintedSchemas(): readonly z.core.$ZodType[] {
  return hinted;
}

/** Call as `/* @__PURE__ *\/ hint(…)`, so a bundle drops the schemas it does not use. */
export function hint<S extends z.core.$ZodType>(schema: S, meta: JsonSchemaHint): S {
  jsonSchemaHints.add(schema, meta);
  hinted.push(schema);
  return schema;
}
