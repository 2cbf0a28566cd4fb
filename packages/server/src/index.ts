export * from './app.js';
export * from './http/errors.js';
