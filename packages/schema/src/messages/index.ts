export * from './types.js';
export * from './zh-CN.js';
export * from './en.js';
export * from './zh-HK.js';
