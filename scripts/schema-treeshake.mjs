// How browser builds tree-shake @wushe/schema. Its schemas are built at module level, e.g.
// `/* @__PURE__ */ z.strictObject({ scores: z.record(z.string(), z.number()) })`: the annotation
// marks only the outer call, so a bundler keeps the inner ones (and the zod classes they need)
// even when nothing uses the schema. Every zod/mini constructor and the contract's schema helpers
// build a schema and touch nothing else: calls to them are pure, and unused ones are dropped.
// (`z.config()` is the one zod call with an effect; no browser code calls it.)
export const schemaTreeshake = {
  manualPureFunctions: ['z', 'checked', 'text', 'optionalText', 'prefixedId', 'fen', 'valuesOf'],
};
