import { staticHtmlId } from '@/lib/server/views/static-html';
import { StaticHtml } from './static-html';

/**
 * Markup built on the server (lib/reader/html) for a part of the page no client code renders: it
 * reaches the browser once, as HTML, and React's payload carries only its id.
 */
export function ServerHtml({ html, className }: { html: string; className?: string }) {
  return <StaticHtml id={staticHtmlId(html)} className={className} />;
}
