/** The version every element of this build registers under, to spot two builds on one page. */
export const ELEMENTS_VERSION = '0.1.0';

const VERSION_KEY = Symbol.for('wushe.elements.versions');
const WARNED_KEY = Symbol.for('wushe.elements.warned');

type VersionRegistry = Map<string, string>;

/** Shared by every copy of the bundle on the page (hence `Symbol.for`). */
function globalOf<T>(key: symbol, make: () => T): T {
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  return (holder[key] ??= make());
}

const versions = () => globalOf<VersionRegistry>(VERSION_KEY, () => new Map());
/** Tags whose version mismatch was reported already. */
const warned = () => globalOf<Set<string>>(WARNED_KEY, () => new Set());

/**
 * Defines a custom element only when its tag is free. A portal may load the bundle twice, or two
 * versions of it (one from a CMS plugin, one pasted by hand); `customElements.define` would throw
 * on the second, so the first definition wins and a version mismatch is reported once.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    versions().set(tag, ELEMENTS_VERSION);
    return;
  }
  const registered = versions().get(tag);
  if (existing !== constructor && registered !== ELEMENTS_VERSION && !warned().has(tag)) {
    warned().add(tag);
    console.warn(
      `[wushe] <${tag}> is already defined by version ${registered ?? 'unknown'}; ` +
        `version ${ELEMENTS_VERSION} was loaded too and is not used. Load one wushe bundle per page.`,
    );
  }
}
