export * from './core.js';
export * from './needs.js';
export * from './organizations.js';
export * from './volunteers.js';
export * from './funds.js';
export * from './surveys.js';
export * from './staff.js';
export * from './rate-limits.js';
