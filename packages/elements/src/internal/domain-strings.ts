import type { DomainStrings } from '../locales/types.js';
import { zhCNDomain } from '../locales/zh-CN.js';
import { LocaleStrings } from './locale.js';

/** Names of the domain's choices (need categories, availability), for the widgets that show them. */
export const domainStrings = /* @__PURE__ */ new LocaleStrings<DomainStrings>(zhCNDomain, {
  'zh-HK': () => import('../locales/zh-HK.js').then(({ domain }) => ({ strings: domain })),
  en: () => import('../locales/en.js').then(({ domain }) => ({ strings: domain })),
});
