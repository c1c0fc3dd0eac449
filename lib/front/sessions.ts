import Database from 'better-sqlite3';
import pg from 'pg';
import { providerOf, sqliteFile } from '@/lib/db/provider';

/**
 * Whether a session still stands, as the front checks before it serves an answer kept for that
 * session: its row is there (sign-out, a revocation or a deleted account removes it at once). The
 * app checked the cookie's signature when it built the answer, and the key holds the whole cookie,
 * so the token alone is looked up here; the answer's own end (`until`, never past the session's
 * expiry) is the front's to check.
 */
export interface SessionCheck {
  stands(token: string): boolean | Promise<boolean>;
  close(): void | Promise<void>;
}

/** better-auth's session cookie (`__Secure-` when served over HTTPS), its name and value. */
export const SESSION_COOKIE = /(?:^|;\s*)((?:__Secure-)?better-auth\.session_token)=([^;]*)/;

/** The session cookie of a request (name=value, as sent), and the token it carries; null without one. */
export function sessionCookie(header: string | undefined): { cookie: string; token: string } | null {
  const m = SESSION_COOKIE.exec(header ?? '');
  if (!m) return null;
  let value: string;
  try {
    value = decodeURIComponent(m[2]);
  } catch {
    return null;
  }
  // better-auth signs the token: `token.signature`.
  const dot = value.lastIndexOf('.');
  return dot > 0 ? { cookie: `${m[1]}=${m[2]}`, token: value.slice(0, dot) } : null;
}

function sqliteSessions(file: string): SessionCheck {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
  const row = db.prepare<[string], { one: number }>('SELECT 1 AS "one" FROM "Session" WHERE "token" = ?');
  return { stands: (token) => row.get(token) !== undefined, close: () => void db.close() };
}

function postgresSessions(url: string): SessionCheck {
  const pool = new pg.Pool({ connectionString: url, application_name: 'duizhao-front', max: 4 });
  pool.on('error', () => {}); // a dropped idle connection is replaced at the next check
  return {
    async stands(token) {
      try {
        const { rowCount } = await pool.query({ name: 'duizhao-front-session', text: 'SELECT 1 FROM "Session" WHERE "token" = $1', values: [token] });
        return rowCount === 1;
      } catch {
        return false; // not known to stand: the app is asked
      }
    },
    close: () => pool.end(),
  };
}

/** The front's session check on DATABASE_URL's database. */
export function sessionCheckFor(databaseUrl: string): SessionCheck {
  return providerOf(databaseUrl) === 'postgresql' ? postgresSessions(databaseUrl) : sqliteSessions(sqliteFile(databaseUrl));
}
