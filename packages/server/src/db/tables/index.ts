export * from './core.js';
export * from './needs.js';
export * from './people.js';
export * from './funds.js';
