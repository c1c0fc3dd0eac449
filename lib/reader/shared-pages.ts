/**
 * Pages whose answer is the same for every reader at their URL, signed in or not, and may be
 * cached as such (the reader). proxy.ts marks their requests; the layout then leaves the signed-in
 * part to the browser, and the page declares itself shared only when marked: one rule decides both.
 */
export const SHARED_VIEW_HEADER = 'x-dz-view';

const SHARED = /^\/[^/]+\/releases\/[^/]+\/?$/;

export const isSharedPage = (pathname: string) => SHARED.test(pathname);
