export * from './pagination.js';
export * from './queries.js';
export * from './permissions.js';
export * from './routes.js';
export * from './routes-staff.js';
export * from './routes-dev.js';
export * from './responses.js';
export * from './access-table.js';
export type * from './route-types.js';
