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
export const jsonSchemaHints = /* @__PURE__ */ z.registry<JsonSchemaHint>();
const hinted: z.core.$ZodType[] = [];

/** Every schema with a hint, for the OpenAPI generator to copy into its own registry. */
export function hintedSchemas(): readonly z.core.$ZodType[] {
  return hinted;
}

/** Marked free of side effects for bundlers: a bundle that uses no schema of a hint drops both. */
/* @__NO_SIDE_EFFECTS__ */
export function hint<S extends z.core.$ZodType>(schema: S, meta: JsonSchemaHint): S {
  jsonSchemaHints.add(schema, meta);
  hinted.push(schema);
  return schema;
}
