import { ApiError } from '@/lib/api/errors';
import { NOTE_WRITES_PER_WINDOW } from './rate-limit';

// Another reader's private note gets the same answer as a note that does not exist.
export const noteNotFound = (id: string) => new ApiError('not_found', `No note with id "${id}"`);

export const notAuthor = () => new ApiError('forbidden', 'Only the author can change this note');

export const signInRequired = () => new ApiError('unauthorized', 'Sign in to write notes');

export const rateLimited = () => new ApiError('rate_limited', `At most ${NOTE_WRITES_PER_WINDOW} note changes a minute; try again shortly`);
