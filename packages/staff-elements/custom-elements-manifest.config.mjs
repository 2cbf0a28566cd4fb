// The staff widgets documented in custom-elements.json, as @wushe/elements does (JSDoc on each *.component.ts).
export default {
  globs: ['src/**/*.component.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
};
