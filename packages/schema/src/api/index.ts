export * from './pagination.js';
export * from './queries.js';
export * from './routes.js';
export * from './responses.js';
export type * from './route-types.js';
