// A curated row an editor changed in the app keeps the hash of the content it was edited from:
// "edited:<content hash>:<revision id>". The seed leaves it alone until that content changes.

const PREFIX = 'edited:';

/** The stored hash after an edit (the revision id makes every edit a new matcher version). */
export const editedHash = (stored: string, revisionId: string) => `${PREFIX}${sourceHash(stored)}:${revisionId}`;

/** The hash of the content file entry a row came from, edited in the app or not. */
export const sourceHash = (stored: string) => (stored.startsWith(PREFIX) ? stored.slice(PREFIX.length).split(':')[0] : stored);
