export * from './app.js';
export * from './db/database.js';
export * from './http/errors.js';
export * from './services/errors.js';
export * from './http/signature.js';
export * from './seed/demo.js';
export * from './services/secrets.js';
export * from './services/keys.js';
export type { App, AppDeps } from './http/route.js';
