import { build } from 'vite';
await build({ root: process.cwd(), logLevel: 'silent', configFile: false, build: { outDir: 'bench/results/an/out', emptyOutDir: true, minify: false, lib: { entry: 'bench/results/an/entry.js', formats: ['es'], fileName: () => 'b.js' } } });
