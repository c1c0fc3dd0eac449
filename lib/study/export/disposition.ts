/**
 * Content-Disposition for a download named `stem.extension`: `filename=` keeps to ASCII slug
 * characters, as older clients and proxies mangle anything else (and a quote or slash there would
 * end the name or make a path); `filename*=` (RFC 5987/6266) gives clients that read it the name
 * as written.
 */
export function attachmentDisposition(stem: string, extension: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '');
  const ascii = `${slug(stem) || 'download'}.${slug(extension) || 'txt'}`;
  // encodeURIComponent leaves ' ( ) * as they are, which RFC 5987's attr-char does not allow.
  const encoded = encodeURIComponent(`${stem}.${extension}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
