import { switcherHtml, type SwitcherProps } from '@/lib/reader/html/switcher';
import { ServerHtml } from './server-html';

/** A row of plain links to the same page with one choice changed (lib/reader/html/switcher.ts), sent once as HTML. */
export function Switcher(props: SwitcherProps) {
  return <ServerHtml html={switcherHtml(props).text} />;
}
