export * from './components/provider/provider.js';
export * from './internal/define.js';
export * from './internal/config.js';
export * from './internal/wushe-element.js';
export * from './internal/remote.js';
export * from './internal/form.js';
export * from './internal/locale.js';
export * from './styles/tokens.js';
export type * from './events/wushe-error.js';
