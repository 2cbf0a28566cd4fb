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
  const id = chunk.facadeModuleId ?? chunk.moduleIds.at(-1) ?? '';
  // `needs-list/needs-list.component` is the needs list itself: `needs-list`.
  const path = /\/src\/(?:components\/)?(.+)\.ts$/
    .exec(id)?.[1]
    ?.replace(/^([^/]+)\/\1\b[^/]*$/, '$1');
  return `${path ? path.replaceAll('/', '-').replaceAll('.', '-') : chunk.name}-[hash].js`;
}

/** The component folder a module defines a widget for: `src/components/x/x.ts` → `x`. */
const COMPONENT_ENTRY = /[\\/]src[\\/]components[\\/]([^\\/]+)[\\/]\1\.ts$/;

/** The module a widget's server calls live in, loaded with `import()` when it connects. */
const API_MODULE = /[\\/]src[\\/]components[\\/][^\\/]+[\\/]api\.ts$/;

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
        // A widget's calls (`components/<name>/api.ts`, with the contract's schemas) are imported
        // lazily but as soon as it connects: fetched at once with the rest.
        for (const file of [...own].flatMap((file) => byFile.get(file)!.dynamicImports)) {
          if (API_MODULE.test(byFile.get(file)?.facadeModuleId ?? '')) closure(file, own);
        }
        graph[`wushe-${component}`] = [...own];
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
      output: { minify: true, chunkFileNames: chunkName },
      treeshake: schemaTreeshake,
    },
    target: 'es2022',
  },
  plugins: [widgetChunkGraph()],
});
