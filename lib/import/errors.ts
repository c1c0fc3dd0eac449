// The closed set of reasons an import stops; the CLI prints the code and the message.
export const IMPORT_ERROR_CODES = [
  'EMPTY', // no bytes, or no text left after cleaning
  'BINARY', // not a text file (NUL bytes, control characters, a known binary signature)
  'TOO_LARGE', // over the size limit
  'UNDECODABLE', // no candidate encoding gives plausible Chinese text
  'NOT_CHINESE', // decodes, but holds no Chinese text
  'NO_ARTICLE', // an HTML page with no article: only navigation, menus and links
  'INVALID_OPTIONS', // importDocument's options do not satisfy its schema
  'DAMAGED', // encoding damage that nobody accepted or repaired
  'READ_FAILED', // the file cannot be read
  'EXISTS', // the draft exists and --force was not given
  'INVALID_ARGS', // bad command-line arguments or options
  'INVALID_DRAFT', // the draft does not satisfy the content schema
  'INTERNAL', // a bug in the importer: reported, never thrown raw
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export const isImportError = (error: unknown): error is ImportError => error instanceof ImportError;
