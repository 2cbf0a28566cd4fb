import { defineConfig } from 'drizzle-kit';

/** `npx drizzle-kit generate` writes the next SQL migration into `drizzle/` from the tables. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/tables/index.ts',
  out: './drizzle',
});
