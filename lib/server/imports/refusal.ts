import 'server-only';
import { DomainError, type ErrorCode } from '@/lib/errors';
import { isImportError, type ImportErrorCode } from '@/lib/import';

// How each importer refusal reaches an editor: its code for the status, the importer's code as the
// reason (the page words it in the editor's language), the importer's message naming the file.
const CODES: Partial<Record<ImportErrorCode, ErrorCode>> = {
  TOO_LARGE: 'payload_too_large',
  BINARY: 'unsupported_media_type',
  UNDECODABLE: 'unsupported_media_type',
  EMPTY: 'bad_request',
  NOT_CHINESE: 'bad_request',
  NO_ARTICLE: 'bad_request',
  INVALID_OPTIONS: 'bad_request',
};

/** The refusal for what importDocument threw; anything else (an importer bug included) goes on as it is, a 500. */
export function importRefusal(error: unknown): unknown {
  const code = isImportError(error) ? CODES[error.code] : undefined;
  return code && isImportError(error) ? new DomainError(code, `file: ${error.message}`, error.code) : error;
}

export const draftNotFound = (id: string) => new DomainError('not_found', `No import draft with id "${id}"`);

export const staleVersion = (current: number) =>
  new DomainError('conflict', `version: the draft was saved elsewhere (another tab or window) and is now at version ${current}; reload it`, 'version_conflict');

export const alreadyPublished = (slug: string) => new DomainError('conflict', `The draft is published as "${slug}"; it can no longer be changed`, 'published');
