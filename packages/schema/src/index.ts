export * from './validators/index.js';
export * from './issues.js';
export * from './primitives.js';
export * from './errors.js';
export * from './validate.js';
export * from './messages/index.js';
export * from './entities/index.js';
export * from './api/index.js';
