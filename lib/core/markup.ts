import { escapeHtml } from './escape-html';

/** Markup made safe as it was built: every text in it was escaped (see markup). */
export class Markup {
  constructor(readonly text: string) {}
  toString() {
    return this.text;
  }
}

export type MarkupPart = string | number | Markup | null | undefined | false | readonly MarkupPart[];

const emit = (part: MarkupPart): string =>
  part === null || part === undefined || part === false ? '' : part instanceof Markup ? part.text : Array.isArray(part) ? part.map(emit).join('') : escapeHtml(String(part));

/**
 * Server-built HTML for what the client never renders (StaticHtml): the template's own text is
 * markup, every value put in it is escaped (in element content and quoted attribute values alike)
 * unless it is Markup already; lists are joined and null, undefined and false leave nothing.
 * (Not named `html`: Prettier would reformat the templates as HTML, whitespace and all.)
 */
export function markup(strings: TemplateStringsArray, ...values: MarkupPart[]): Markup {
  return new Markup(strings.reduce((out, s, i) => out + s + (i < values.length ? emit(values[i]) : ''), ''));
}

/** ` name="value"`, or nothing when the value is undefined or false (true gives the bare name). */
export const attr = (name: string, value: string | number | boolean | undefined): Markup =>
  value === undefined || value === false ? new Markup('') : value === true ? markup` ${name}` : markup` ${name}="${value}"`;
