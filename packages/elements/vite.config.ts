import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { schemaTreeshake } from '../../scripts/schema-treeshake.mjs';

const componentsDir = fileURLToPath(new URL('src/components', import.meta.url));
/** The component folders: `src/components/<name>/<name>.ts` defines `<wushe-<name>>`. */
const components = readdirSync(componentsDir).filter((name) =>
  existsSync(`${componentsDir}/${name}/${name}.ts`),
);

/**
 * A lazy chunk is named after the module it loads, with its place in `src/`: the needs list's
 * claim dialog is `needs-list-dialogs-claim-<hash>.js`, the survey's English wording
 * `survey-strings-en-<hash>.js`, the shared English wording `locales-en-<hash>.js`.
 */
function chunkName(chunk: { name: string; facadeModuleId: string | null; moduleIds: string[] }) {
  if (CHUNK_GROUPS.some((group) => group.name === chunk.name)) return `${chunk.name}-[hash].js`;
  const id = chunk.facadeModuleId ?? chunk.moduleIds.at(-1) ?? '';
  // `needs-list/needs-list.component` is the needs list itself: `needs-list`.
  const path = /\/src\/(?:components\/)?(.+)\.ts$/
    .exec(id)?.[1]
    ?.replace(/^([^/]+)\/\1\b[^/]*$/, '$1');
  return `${path ? path.replaceAll('/', '-').replaceAll('.', '-') : chunk.name}-[hash].js`;
}

/** The component folder a module defines a widget for: `src/components/x/x.ts` → `x`. */
const COMPONENT_ENTRY = /[\\/]src[\\/]components[\\/]([^\\/]+)[\\/]\1\.ts$/;

/**
 * Modules a widget imports lazily but at once, before it is usable: its server calls
 * (`components/<name>/api.ts`, loaded as it connects) and the parts its first screen shows once
 * its data has arrived. The loader preloads them with the widget's chunks, so they arrive in the
 * same round of requests instead of one after another (`npm run bench:loading -w @wushe/demo`
 * fails on a chain of scripts deeper than two). What is loaded on use (a dialog, a write, the
 * payment step, another language) stays out.
 */
const AT_ONCE_MODULES = [
  /[\\/]src[\\/]components[\\/][^\\/]+[\\/]api\.ts$/,
  // A fund's header and disclosure; for a fund that takes donations here, the form.
  /[\\/]components[\\/]donation[\\/](fund-view|giving)\.ts$/,
  // The needs list's live updates and its pager by scrolling.
  /[\\/]components[\\/]needs-list[\\/](live-stream|scroll-pager)\.ts$/,
  // The signup form of an activity (`activity="…"`), the usual way a page shows it.
  /[\\/]components[\\/]volunteer-signup[\\/]activity-signup\.ts$/,
  // The open call's proposals and its vote buttons, above the list.
  /[\\/]components[\\/]projects[\\/](call-view|vote)\.ts$/,
];
const isAtOnce = (id: string | null | undefined) =>
  AT_ONCE_MODULES.some((pattern) => pattern.test(id ?? ''));

/**
 * Modules that load together, put in one file each instead of one per module: fewer requests,
 * and gzip compresses one file better than its parts apart. The donate button before its click
 * loads only the first.
 */
const CHUNK_GROUPS = [
  {
    // What every widget, the provider and the donate button before its click load: Lit, the
    // element's definition, its locale and configuration.
    name: 'lit',
    test: /[\\/](lit[\\/]index|lit-html[\\/]lit-html|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](css-tag|reactive-element)|@lit[\\/]context[\\/]lib[\\/](context-request-event|create-context)|src[\\/]internal[\\/](define|locale-of|config|config-properties))\.[jt]s$/,
    priority: 4,
  },
  {
    // What every resident widget loads at once: the base element, its styles and wording, the
    // SDK's requester, errors and retries, the contract's zh-CN messages and wire parts.
    name: 'resident-base',
    test: /[\\/](sdk[\\/]dist[\\/](errors|retry|requester)\.js|schema[\\/]dist[\\/](wire|messages[\\/]zh-CN)\.js|src[\\/]events[\\/]wushe-error\.ts|src[\\/]internal[\\/](locale|remote|wushe-element|load-state)\.ts|src[\\/]styles[\\/](load-state|tokens)\.ts|src[\\/]locales[\\/]zh-CN\.ts|@lit[\\/]context[\\/]lib[\\/]controllers[\\/]context-consumer\.js)$/,
    priority: 3,
  },
  {
    // A form's controller, fields and attempt (its idempotency key).
    name: 'forms',
    test: /[\\/]src[\\/]internal[\\/](form|attempt|fields)\.ts$/,
    priority: 2,
  },
  {
    // The contract's checks of amounts and credit codes and its field issues, with fen as yuan.
    name: 'checks',
    test: /[\\/](schema[\\/]dist[\\/](validators[\\/](money|credit-code)|field-issue)\.js|src[\\/]components[\\/]donation[\\/]money\.ts)$/,
    priority: 2,
  },
  {
    // The donation's first screen: the fund, and for a fund that takes donations here, the form.
    name: 'donation',
    test: /[\\/]src[\\/]components[\\/]donation[\\/](donation\.(component|styles)|api|fund-view|giving(-strings|\.styles)?|request|donation-form|pending-donation|strings[\\/](giving\.)?zh-CN)\.ts$/,
    priority: 1,
  },
];

const LOADER_FILE = 'wushe.js';

/** zod, and the contract's schemas with it: never in a widget's first load (see the README). */
const ZOD_MODULE = /[\\/]node_modules[\\/]zod[\\/]/;

interface OutputChunk {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
  moduleIds: string[];
}

/** A stylesheet's text without comments and the whitespace CSS never needs. */
const minifyCss = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/([^\s{};]): /g, '$1:')
    .trim();

/**
 * Minifies the text of Lit's css`` stylesheets in `src/`, which the minifier keeps as written
 * (template literals): comments out, whitespace only where CSS needs it. Their interpolations
 * (other stylesheets) are names, left as they are.
 */
function minifyStylesheets(): Plugin {
  return {
    name: 'wushe-minify-stylesheets',
    transform(code, id) {
      if (!/[\\/]src[\\/].+\.ts$/.test(id) || !code.includes('css`')) return null;
      return code.replace(/\bcss`([^`]*)`/g, (_whole, text: string) => `css\`${minifyCss(text)}\``);
    },
  };
}

/**
 * A widget's own entry (`wushe-<name>.js`) imports directly every chunk the widget needs at once
 * (`graph`: what it imports statically, through other chunks too, and lazily but at once), so a
 * page with that entry alone fetches them all in the entry's round instead of a round later (the
 * loader preloads the same chunks). Not a chunk that imports the entry back: that would be a cycle.
 */
function importAtOnce(
  entry: OutputChunk,
  graph: Set<string>,
  closure: (file: string) => Set<string>,
): void {
  const lazy = [...graph].filter(
    (file) =>
      file !== entry.fileName &&
      !entry.imports.includes(file) &&
      !closure(file).has(entry.fileName),
  );
  if (lazy.length === 0) return;
  entry.code = lazy.map((file) => `import"./${file}";`).join('') + entry.code;
  entry.imports.push(...lazy);
}

/**
 * The chunk graph as the loader holds it (`src/loader/preload.ts` reads it back): per tag, the
 * chunks besides the widget's own entry (`wushe-<name>.js`, which the loader imports anyway), as
 * one string of names without `.js`, those most widgets share first — so gzip finds the same long
 * run in every entry, and each widget adds few bytes to `wushe.js`.
 */
function compactGraph(graph: Record<string, string[]>): Record<string, string> {
  const shared = new Map<string, number>();
  for (const file of Object.values(graph).flat()) shared.set(file, (shared.get(file) ?? 0) + 1);
  return Object.fromEntries(
    Object.entries(graph).map(([tag, files]) => [
      tag,
      files
        .filter((file) => file !== `${tag}.js`)
        .sort((a, b) => shared.get(b)! - shared.get(a)! || a.localeCompare(b))
        .map((file) => file.replace(/\.js$/, ''))
        .join(' '),
    ]),
  );
}

/**
 * Writes each widget's static chunk graph into the loader (`wushe.js`), in place of its
 * placeholder, for its `<link rel="modulepreload">` hints; and fails the build when the loader's
 * tag list (`src/loader/widgets.ts`) and the component folders disagree, or when a widget's first
 * load (that graph) holds zod: reads go by the routes' wire parts, writes load their schemas.
 */
function widgetChunkGraph(): Plugin {
  return {
    name: 'wushe-widget-chunk-graph',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter(
        (file): file is typeof file & OutputChunk => file.type === 'chunk',
      );
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (file: string, seen = new Set<string>()) => {
        if (seen.has(file) || !byFile.has(file)) return seen;
        seen.add(file);
        for (const imported of byFile.get(file)!.imports) closure(imported, seen);
        return seen;
      };
      const graph: Record<string, string[]> = {};
      for (const chunk of chunks) {
        const component = COMPONENT_ENTRY.exec(chunk.facadeModuleId ?? '')?.[1];
        if (!component || chunk.fileName === LOADER_FILE) continue;
        const own = closure(chunk.fileName);
        // What it imports lazily but at once (its calls, its first screen's parts), with what
        // those import: fetched at once with the rest.
        for (let size = 0; size !== own.size;) {
          size = own.size;
          for (const file of [...own].flatMap((file) => byFile.get(file)!.dynamicImports)) {
            if (isAtOnce(byFile.get(file)?.facadeModuleId)) closure(file, own);
          }
        }
        graph[`wushe-${component}`] = [...own];
        importAtOnce(chunk, own, closure);
        const withZod = [...own].filter((file) =>
          byFile.get(file)!.moduleIds.some((id) => ZOD_MODULE.test(id)),
        );
        if (withZod.length > 0) {
          this.error(
            `<wushe-${component}> loads zod before it is usable (${withZod.join(', ')}): ` +
              `read through \`requester.send()\` and \`@wushe/schema/wire\`, and import the ` +
              `module that writes (with its route's schemas) on submit (packages/elements/README.md)`,
          );
        }
      }
      const folders = components;
      const missing = folders.filter((name) => !graph[`wushe-${name}`]);
      if (missing.length > 0 || Object.keys(graph).length !== folders.length) {
        this.error(
          `src/loader/widgets.ts must list every component folder and nothing else; ` +
            `missing: ${missing.join(', ') || 'none'}, listed: ${Object.keys(graph).join(', ')}`,
        );
      }
      const loader = chunks.find((chunk) => chunk.isEntry && chunk.fileName === LOADER_FILE);
      const placeholder = /(["'`])__WUSHE_CHUNK_GRAPH__\1/;
      if (!loader || !placeholder.test(loader.code)) {
        this.error('wushe.js lost its __WUSHE_CHUNK_GRAPH__ placeholder (src/loader/preload.ts)');
      }
      // File names hold no quote or backslash: the JSON fits a single-quoted literal as it is.
      loader.code = loader.code.replace(placeholder, `'${JSON.stringify(compactGraph(graph))}'`);
    },
  };
}

/**
 * `wushe.js`, the script-tag entry for `<script type="module" src=".../wushe.js">`: a small
 * loader (src/loader.ts) that imports a widget's chunk when its tag appears in the page; and
 * `wushe-<name>.js`, one widget's own script-tag entry, sharing the same chunks. npm users import
 * the per-element entries tsc writes.
 */
export default defineConfig({
  build: {
    emptyOutDir: false,
    outDir: 'dist',
    lib: {
      entry: {
        wushe: 'src/loader.ts',
        // Each widget's own entry, `wushe-<name>.js`: the widget alone, sharing the loader's chunks.
        ...Object.fromEntries(
          components.map((name) => [`wushe-${name}`, `src/components/${name}/${name}.ts`]),
        ),
      },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: chunkName,
        codeSplitting: { includeDependenciesRecursively: false, groups: CHUNK_GROUPS },
      },
      treeshake: schemaTreeshake,
      // The groups above take modules without their imports: an entry may export more than its
      // module (a widget's own entry stays importable as it was).
      preserveEntrySignatures: 'allow-extension',
    },
    target: 'es2022',
  },
  plugins: [minifyStylesheets(), widgetChunkGraph()],
});
