// Next.js's flat config (core web vitals, typescript-eslint's recommended rules); `npm test` runs
// it with --max-warnings 0. Formatting is Prettier's (.prettierrc.json), not ESLint's.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // A leading underscore names what is there to be left out (a rest sibling, a skipped argument).
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  globalIgnores(['.next/**', '.builds/**', '.scratch/**', 'lib/generated/**', 'next-env.d.ts', 'data/**', 'public/**']),
]);
