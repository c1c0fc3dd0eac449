/**
 * How long a session lasts (seconds), and how often using it extends it: better-auth moves a
 * session's expiry on when it is used a day or more after it last did. Set here, not left to the
 * library's defaults, because the caching front keeps a session's own answers only until then.
 */
export const SESSION_LIFETIME = { expiresIn: 7 * 24 * 3600, updateAge: 24 * 3600 } as const;

/** Until when (ms since the epoch) a session expiring at `expiresAt` may be used without better-auth extending it. */
export const unextendedUntil = (expiresAt: Date) => expiresAt.getTime() - (SESSION_LIFETIME.expiresIn - SESSION_LIFETIME.updateAge) * 1000;
