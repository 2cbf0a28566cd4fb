export * from './components/provider/provider.js';
export * from './internal/define.js';
