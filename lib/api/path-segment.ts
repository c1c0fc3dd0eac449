/**
 * A dynamic path segment as text. Whether it arrives decoded has varied between Next versions;
 * decoding a Chinese term twice is harmless, and a stray % falls back to the raw segment.
 */
export function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
