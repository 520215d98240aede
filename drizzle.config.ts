// drizzle-kit reads every module's *.table.ts (and the few shared ones in src/db) and writes SQL migrations that are committed.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/modules/*/*.table.ts', './src/db/*.table.ts'],
  out: './src/db/migrations',
});
