/** See schema-treeshake.mjs: the zod/mini and schema helper calls a browser build treats as pure. */
export declare const schemaTreeshake: { readonly manualPureFunctions: string[] };
