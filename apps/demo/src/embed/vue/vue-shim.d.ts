// Single-file components, for TypeScript: their own type checking is vue-tsc's (not installed);
// the build (vite + @vitejs/plugin-vue) compiles them.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
