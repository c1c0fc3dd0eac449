/** A time the same on the server and in the browser (no time-zone guess that would differ between them): in UTC. */
export const utcTime = (iso: string, locale: string) =>
  `${new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`;
