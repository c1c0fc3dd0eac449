import { z } from 'zod';
import { hasLoneSurrogate } from './text';

/** A string that is text: half a surrogate pair is refused by name, never stored as U+FFFD. */
export const unicodeString = () => z.string().refine((s) => !hasLoneSurrogate(s), 'must be valid Unicode text (it holds half a surrogate pair)');
