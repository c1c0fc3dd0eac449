import { DomainError } from '@/lib/errors';

export const NOTE_WRITES_PER_WINDOW = 30;
export const NOTE_WRITE_WINDOW_MS = 60_000;

// Another reader's private note gets the same answer as a note that does not exist.
export const noteNotFound = (id: string) => new DomainError('not_found', `No note with id "${id}"`);

export const notAuthor = () => new DomainError('forbidden', 'Only the author can change this note');

export const rateLimited = () => new DomainError('rate_limited', `At most ${NOTE_WRITES_PER_WINDOW} note changes a minute; try again shortly`);
