import { describe, expect, test } from 'vitest';
import { authRequest, formOutcome } from './form-bridge';

const browser = new Headers({
  host: '127.0.0.1:3000',
  origin: 'http://127.0.0.1:3000',
  cookie: 'better-auth.session_token=abc',
  'user-agent': 'Chromium',
  'x-forwarded-for': '203.0.113.7',
  'sec-fetch-site': 'same-origin',
  'content-type': 'multipart/form-data; boundary=x',
  'content-length': '512',
  'next-action': 'deadbeef',
});

describe('authRequest', () => {
  test('posts JSON to the endpoint on the origin the browser posted from', async () => {
    const request = authRequest('/sign-in/email', { email: 'a@b.example', password: 'p' }, browser);
    expect(request.method).toBe('POST');
    expect(request.url).toBe('http://127.0.0.1:3000/api/auth/sign-in/email');
    expect(request.headers.get('content-type')).toBe('application/json');
    await expect(request.json()).resolves.toEqual({ email: 'a@b.example', password: 'p' });
  });

  test('carries the headers the endpoints read, and not the form post’s own', () => {
    const { headers } = authRequest('/sign-in/email', {}, browser);
    expect(headers.get('x-forwarded-for')).toBe('203.0.113.7');
    expect(headers.get('cookie')).toBe('better-auth.session_token=abc');
    expect(headers.get('origin')).toBe('http://127.0.0.1:3000');
    expect(headers.get('user-agent')).toBe('Chromium');
    expect(headers.get('sec-fetch-site')).toBe('same-origin');
    expect(headers.get('next-action')).toBeNull();
    expect(headers.get('content-length')).toBeNull();
  });

  test.each([
    ['BETTER_AUTH_URL when set', browser, 'https://duizhao.example', 'https://duizhao.example/api/auth/sign-up/email'],
    ['the Host header without an Origin', new Headers({ host: 'localhost:3000' }), undefined, 'http://localhost:3000/api/auth/sign-up/email'],
    ['the Host header for an opaque origin', new Headers({ host: 'localhost:3000', origin: 'null' }), undefined, 'http://localhost:3000/api/auth/sign-up/email'],
  ])('uses %s', (_label, incoming, baseURL, url) => {
    expect(authRequest('/sign-up/email', {}, incoming, baseURL).url).toBe(url);
  });
});

describe('formOutcome', () => {
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
  test.each([
    ['200', json(200, { token: 't' }), 'ok'],
    ['401 wrong credentials', json(401, { code: 'INVALID_EMAIL_OR_PASSWORD' }), 'credentials'],
    ['429', json(429, { message: 'Too many requests.' }), 'rateLimited'],
    ['422 other', json(422, { code: 'FAILED_TO_CREATE_USER' }), 'failed'],
    ['403 bad origin', json(403, { code: 'INVALID_ORIGIN' }), 'failed'],
    ['500 not JSON', new Response('oops', { status: 500 }), 'failed'],
  ])('%s is %s', async (_label, response, outcome) => {
    expect(formOutcome(response)).toBe(outcome);
  });
});
