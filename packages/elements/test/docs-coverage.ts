/// <reference types="node" />
// What Storybook's docs pages and an IDE show of each element comes from custom-elements.json,
// which `cem analyze` builds from the JSDoc of each `*.component.ts`. This reads what the sources
// actually do (tags defined, events emitted, parts rendered, custom properties read, stories
// written) and lists every piece the manifest leaves undocumented.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the sources of one component folder define and use. */
export interface ComponentFacts {
  /** The folder, relative to the package (`src/components/needs-list`). */
  dir: string;
  /** Tags the folder defines with `defineElement('wushe-…', …)`. */
  tags: string[];
  /** `wushe-*` events emitted with `emit('…')` or `new CustomEvent('…')`. */
  events: string[];
  /** Literal names in `part="…"` attributes (names built from expressions can't be read). */
  parts: string[];
  /** `--wushe-*` custom properties the folder's own styles read. */
  cssProperties: string[];
  /**
   * Shared templates of `src/internal/` the folder renders (the load-state panel's
   * `renderLoadState`, …), with the parts each renders: the element must document those too.
   */
  sharedTemplates?: SharedTemplate[];
}

/** A template function of `src/internal/` that renders parts, like the load-state panel. */
export interface SharedTemplate {
  /** The function's name (`renderLoadState`). */
  name: string;
  /** The literal `part="…"` names it renders. */
  parts: string[];
}

/** Everything the check needs to know about the sources. */
export interface SourceFacts {
  components: ComponentFacts[];
  /** `--wushe-*` properties the shared tokens read: every widget with `part="base"` honours them. */
  tokenProperties: string[];
  /** Tags that some `*.stories.ts` names as its `component` (the docs page's subject). */
  storyComponents: string[];
}

interface Documented {
  name: string;
  description?: string;
}

interface Declaration {
  kind?: string;
  name?: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}

/** The parts of custom-elements.json (schema 2.x) this check reads. */
export interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const matches = (text: string, pattern: RegExp, group = 1): string[] =>
  [...text.matchAll(pattern)].map((match) => match[group]!);
const unique = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** Source files of a component folder: not its tests, stories or translated strings. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'strings' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(name) ? [path] : [];
  });
}

function storyFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return storyFiles(path);
    return name.endsWith('.stories.ts') ? [path] : [];
  });
}

/** Names in the literal `part="…"` attributes of some source text. */
const partsIn = (text: string): string[] =>
  unique(
    matches(text, /\bpart=(["'])([^"']*)\1/g, 2).flatMap((value) =>
      value.split(/\s+/).filter((name) => /^[a-z][a-z0-9-]*$/.test(name)),
    ),
  );

/** The exported functions of `src/internal/` that render parts (the shared templates). */
function readSharedTemplates(packageDir: string): SharedTemplate[] {
  const internalDir = join(packageDir, 'src', 'internal');
  if (!existsSync(internalDir)) return [];
  return sourceFiles(internalDir).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split(/^export function /m)
      .slice(1)
      .map((chunk) => ({ name: /^\w+/.exec(chunk)![0], parts: partsIn(chunk) }))
      .filter((template) => template.parts.length > 0),
  );
}

/** Reads the facts from a package laid out like @wushe/elements (`src/components/<name>/`). */
export function readSourceFacts(packageDir: string): SourceFacts {
  const componentsDir = join(packageDir, 'src', 'components');
  const shared = readSharedTemplates(packageDir);
  const components = readdirSync(componentsDir)
    .map((name) => join(componentsDir, name))
    .filter((dir) => statSync(dir).isDirectory())
    .map((dir): ComponentFacts => {
      const text = sourceFiles(dir)
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
      return {
        dir: relative(packageDir, dir),
        tags: unique(matches(text, /defineElement\(\s*['"](wushe-[a-z0-9-]+)['"]/g)),
        events: unique(matches(text, /(?:\bemit|new CustomEvent)\(\s*['"](wushe-[a-z0-9-]+)['"]/g)),
        parts: partsIn(text),
        sharedTemplates: shared.filter(({ name }) => new RegExp(`\\b${name}\\(`).test(text)),
        cssProperties: unique(matches(text, /var\(\s*(--wushe-[a-z0-9-]+)/g)),
      };
    })
    .filter((facts) => facts.tags.length > 0);
  const stylesDir = join(packageDir, 'src', 'styles');
  const tokens = existsSync(stylesDir)
    ? readdirSync(stylesDir)
        .filter((name) => name.endsWith('.ts'))
        .map((name) => readFileSync(join(stylesDir, name), 'utf8'))
        .join('\n')
    : '';
  const stories = storyFiles(join(packageDir, 'src'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  return {
    components,
    tokenProperties: unique(matches(tokens, /var\(\s*(--wushe-[a-z0-9-]+)/g)),
    storyComponents: unique(matches(stories, /\bcomponent:\s*['"](wushe-[a-z0-9-]+)['"]/g)),
  };
}

/**
 * Every gap between the sources and the manifest, one readable line each; empty when every
 * element is documented. For a folder that defines several elements, an event or part counts as
 * documented when one of them documents it.
 */
export function findDocGaps(manifest: Manifest, facts: SourceFacts): string[] {
  const declarations = new Map<string, Declaration>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) {
        declarations.set(declaration.tagName, declaration);
      }
    }
  }
  const stories = new Set(facts.storyComponents);
  const gaps: string[] = [];
  for (const component of facts.components) {
    const found = component.tags.flatMap((tag) => {
      const declaration = declarations.get(tag);
      if (!declaration) {
        gaps.push(
          `<${tag}> (${component.dir}) is not in custom-elements.json: its class needs JSDoc with @tagname ${tag}`,
        );
        return [];
      }
      if (!declaration.summary?.trim()) gaps.push(`<${tag}>: no @summary`);
      if (!stories.has(tag)) {
        gaps.push(`<${tag}>: no *.stories.ts with \`component: '${tag}'\` (its docs page)`);
      }
      return [declaration];
    });
    if (found.length === 0) continue;
    const label = found.map((declaration) => `<${declaration.tagName!}>`).join(' / ');
    const check = (kind: string, tag: string, used: string[], documented: Documented[]) => {
      const byName = new Map(documented.map((entry) => [entry.name, entry]));
      for (const name of used) {
        if (!byName.has(name))
          gaps.push(`${label}: ${kind} ${name} is used but not documented (${tag})`);
      }
      for (const entry of documented) {
        if (!entry.description?.trim())
          gaps.push(`${label}: ${kind} ${entry.name} has no description`);
      }
    };
    check(
      'event',
      '@event',
      component.events,
      found.flatMap((d) => d.events ?? []),
    );
    const cssParts = found.flatMap((d) => d.cssParts ?? []);
    check('part', '@csspart', component.parts, cssParts);
    // The parts a shared template renders (the load-state panel) are the element's parts too:
    // one vocabulary, documented on every element that shows them.
    const partNames = new Set(cssParts.map((part) => part.name));
    for (const template of component.sharedTemplates ?? []) {
      for (const part of template.parts) {
        if (!partNames.has(part) && !component.parts.includes(part)) {
          gaps.push(
            `${label}: part ${part} of the shared ${template.name}() is not documented (@csspart)`,
          );
        }
      }
    }
    // A widget's shadow root (part "base") carries the shared tokens: it must say which of them
    // theme it, and may only name properties something actually reads.
    const themed = component.parts.includes('base');
    const properties = found.flatMap((d) => d.cssProperties ?? []);
    check('css property', '@cssproperty', component.cssProperties, properties);
    if (themed && properties.length === 0) {
      gaps.push(`${label}: renders part "base" but documents no @cssproperty to theme it`);
    }
    const readable = new Set([...facts.tokenProperties, ...component.cssProperties]);
    for (const property of properties) {
      if (!readable.has(property.name)) {
        gaps.push(`${label}: css property ${property.name} is documented but nothing reads it`);
      }
    }
  }
  return gaps;
}
