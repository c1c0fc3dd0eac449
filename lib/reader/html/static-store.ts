/** Where server-built HTML waits for StaticHtml's server render (see lib/server/views/static-html.ts). */
export const STATIC_HTML_STORE = Symbol.for('duizhao.static-html');
