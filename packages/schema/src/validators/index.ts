export * from './id-number.js';
export * from './mobile.js';
export * from './credit-code.js';
export * from './division-code.js';
export * from './money.js';
export * from './prefixed-id.js';
