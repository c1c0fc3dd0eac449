import { describe, expect, test } from 'vitest';
import { sessionCookie } from './sessions';

describe('sessionCookie', () => {
  test('finds the signed token among other cookies, as sent and as its token', () => {
    expect(sessionCookie('theme=dark; better-auth.session_token=tok.c2ln%3D; x=1')).toEqual({ cookie: 'better-auth.session_token=tok.c2ln%3D', token: 'tok' });
    expect(sessionCookie('__Secure-better-auth.session_token=a.b.sig')).toEqual({ cookie: '__Secure-better-auth.session_token=a.b.sig', token: 'a.b' });
  });

  test('is null without a session cookie, or with one that is not a signed token', () => {
    expect(sessionCookie(undefined)).toBeNull();
    expect(sessionCookie('not-better-auth.session_tokenx=a.b')).toBeNull();
    expect(sessionCookie('better-auth.session_token=unsigned')).toBeNull();
    expect(sessionCookie('better-auth.session_token=%E0%A4%A.sig')).toBeNull();
  });
});
