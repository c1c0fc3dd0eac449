import Link from 'next/link';
import { routing } from '@/i18n/routing';

// Reached only for paths outside any locale; localized 404s live in app/[locale]/not-found.tsx.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main className="page narrow">
          <h1>Page not found</h1>
          <p>
            <Link href={`/${routing.defaultLocale}`}>Duizhao library</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
