/** The version every element of this build registers under, to spot two builds on one page. */
export const ELEMENTS_VERSION = '0.1.0';

const VERSION_KEY = Symbol.for('wushe.elements.versions');

/** Tag → version, shared by every copy of the bundle on the page (hence `Symbol.for`). */
type VersionRegistry = Map<string, string>;

function versions(): VersionRegistry {
  const holder = globalThis as unknown as Record<symbol, VersionRegistry | undefined>;
  return (holder[VERSION_KEY] ??= new Map<string, string>());
}

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
  // `<tag> warned`: the mismatch was reported already, by this copy or another.
  const warned = `${tag} warned`;
  if (existing !== constructor && registered !== ELEMENTS_VERSION && !versions().has(warned)) {
    versions().set(warned, '');
    console.warn(
      `[wushe] <${tag}> is already defined by version ${registered ?? 'unknown'}; ` +
        `version ${ELEMENTS_VERSION} was loaded too and is not used. Load one wushe bundle per page.`,
    );
  }
}
