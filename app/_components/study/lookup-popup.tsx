'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { LookupEntry } from '@/lib/study/lookup-entry';
import { rankByContext } from '@/lib/study/sense-context';
import type { LookupLabels } from './lookup-labels';
import { firstWord, highlight, lastWord, lookupText, readable, SEGMENTS, step, widened, wordHolding, type Word } from './lookup-words';
import { charAtPoint, rangeOf } from './text-offsets';
import { useViewer } from '../viewer';

export type LookupProps = {
  script: string;
  lang: string;
  signInHref: string;
  /** The glossary's URL: a term's entry is `${entryHrefBase}/${key}`. */
  entryHrefBase: string;
  labels: LookupLabels;
};

type Answer = LookupEntry[] | 'loading' | 'failed';

const HINT_ID = 'lookup-hint';
const ENTRY_HINT_ID = 'lookup-entry-hint';
const HOVER_DELAY = 80; // ms: a pointer sweeping across a line does not fetch every word it crosses
const TAP_SLOP = 10; // px: a finger that moved further was scrolling, not tapping
const CACHE_SIZE = 200;

async function fetchEntries(q: string, script: string): Promise<LookupEntry[]> {
  const response = await fetch(`/api/v1/dictionary?match=prefixes&script=${script}&q=${encodeURIComponent(q)}`);
  if (!response.ok) throw new Error(`dictionary ${response.status}`);
  return ((await response.json()) as { entries: LookupEntry[] }).entries;
}

/** A draft note for the word: its readings and senses, for the reader to keep or change. */
function draftNote(word: string, entries: readonly LookupEntry[]) {
  const found = entries.filter((e) => e.source !== 'note');
  const exact = found.filter((e) => [e.word, e.simplified, e.traditional].includes(word));
  const senses = (exact.length ? exact : found).slice(0, 3);
  const lines = senses.map((e) => `${e.pinyin}: ${e.definitions.join('; ')}`);
  // CC-CEDICT is CC BY-SA: a note that quotes it says so, in case its reader shares it.
  if (senses.some((e) => e.source === 'cedict')) lines.push('(CC-CEDICT, CC BY-SA 4.0)');
  return { term: word, body: lines.join('\n\n'), english: senses[0]?.definitions[0]?.slice(0, 200) ?? '' };
}

const clip = (text: string, max = 240) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The answer for the text at a word as the pop-up shows it: no dictionary word longer than the
 * page's word (the segmenter already took the longest one, so a longer one runs into the next
 * glossary term), except a note of mine that starts here, which the page's words do not know: the
 * word then grows to the longest such note. Senses the paragraph's English uses come first.
 */
function fitted(word: Word, entries: readonly LookupEntry[], english: string): { word: Word; entries: LookupEntry[] } {
  const rest = word.el.isConnected ? lookupText(word) : word.text;
  const note = entries.find((e) => e.source === 'note' && e.word.length > word.text.length && rest.startsWith(e.word));
  const shown = note ? widened(word, note.word.length) : word;
  return {
    word: shown,
    entries: rankByContext(
      entries.filter((e) => e.word.length <= shown.text.length),
      english,
    ),
  };
}

/** The other script's form of an entry's headword (Traditional beside Simplified, and back), if it differs. */
function OtherForm({ entry, script }: { entry: LookupEntry; script: string }) {
  const other = script === 'hans' ? entry.traditional : entry.simplified;
  if (!other || other === entry.word) return null;
  return (
    <span lang={script === 'hans' ? 'zh-Hant' : 'zh-Hans'} className="lookup-other">
      {other}
    </span>
  );
}

/** An entry as plain text, to copy. */
const entryText = (e: LookupEntry) => [`${e.word} ${e.pinyin}`.trim(), e.definitions.join('; '), e.note ?? ''].filter(Boolean).join('\n');

/**
 * The pop-up dictionary over the reader's Chinese: pointing at, tapping or moving the keyboard over
 * a word shows its entries (glossary and my notes first, then CC-CEDICT, longer words first).
 * Paragraphs are one tab stop (roving): Up and Down move between them, Left and Right between words.
 */
export function LookupPopup({ script, lang, signInHref, entryHrefBase, labels }: LookupProps) {
  const signedIn = Boolean(useViewer());
  const [word, setWord] = useState<Word | null>(null);
  const [answer, setAnswer] = useState<Answer>('loading');
  const [pinned, setPinned] = useState(false);
  const [byKeyboard, setByKeyboard] = useState(false);
  const [position, setPosition] = useState<{ top: number; left: number; width: number; maxHeight: number } | null>(null);
  // The entry the keyboard is on inside the pop-up, and what was last said about it.
  const [active, setActive] = useState(0);
  const [said, setSaid] = useState('');
  const popup = useRef<HTMLDivElement>(null);
  const current = useRef<Word | null>(null);
  // Where the keyboard was in each paragraph, so Escape then an arrow resumes there.
  const lastIndex = useRef(new WeakMap<HTMLElement, number>());
  // Per page view, so a reader who signs out leaves no notes behind; cleared when one is written.
  const cache = useRef(new Map<string, Promise<LookupEntry[]>>());

  const show = useCallback(
    (next: Word | null, keyboard = false) => {
      const same = next && current.current && next.el === current.current.el && next.index === current.current.index;
      current.current = next;
      if (next) lastIndex.current.set(next.el, next.index);
      highlight(next);
      if (same) return;
      setWord(next);
      setPinned(false);
      setByKeyboard(keyboard);
      setActive(0);
      setSaid('');
      if (!next) return;
      setAnswer('loading');
      const q = lookupText(next);
      if (cache.current.size > CACHE_SIZE) cache.current.clear();
      if (!cache.current.has(q)) cache.current.set(q, fetchEntries(q, script));
      cache.current.get(q)!.then(
        (entries) => {
          if (current.current !== next) return;
          const english = next.el.closest('.row')?.querySelector('.cell.en .seg-text')?.textContent ?? '';
          const fit = fitted(next, entries, english);
          if (fit.word !== next) {
            current.current = fit.word;
            lastIndex.current.set(fit.word.el, fit.word.index);
            highlight(fit.word);
            setWord(fit.word);
          }
          setAnswer(fit.entries);
        },
        () => {
          cache.current.delete(q);
          if (current.current === next) setAnswer('failed');
        },
      );
    },
    [script],
  );

  useEffect(() => {
    const segments = [...document.querySelectorAll<HTMLElement>(SEGMENTS)];
    const makeTabbable = (el: HTMLElement) => segments.forEach((s) => (s.tabIndex = s === el ? 0 : -1));
    segments.forEach((el) => {
      el.setAttribute('aria-describedby', HINT_ID);
      // One tab stop for the text: its terms open from the pop-up ("Open the glossary entry").
      el.querySelectorAll<HTMLElement>('a.term, mark.tw-word').forEach((inner) => (inner.tabIndex = -1));
    });
    if (segments[0]) makeTabbable(segments[0]);

    const wordUnder = (el: HTMLElement, x: number, y: number) => {
      const at = charAtPoint(el, x, y);
      const w = at === null ? null : wordHolding(el, at);
      return w && readable(w) ? w : null;
    };
    let timer = 0;
    let tap: { x: number; y: number } | null = null;
    const segmentOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(SEGMENTS) : null);
    const selecting = () => !(document.getSelection()?.isCollapsed ?? true);

    const onMove = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse') return;
      const el = segmentOf(event.target);
      clearTimeout(timer);
      // While text is being selected, the "Note on" button needs the space.
      if (!el || selecting()) return;
      timer = window.setTimeout(() => {
        const w = wordUnder(el, event.clientX, event.clientY);
        if (w) show(w);
      }, HOVER_DELAY);
    };
    const onDown = (event: PointerEvent) => {
      tap = event.pointerType === 'mouse' ? null : { x: event.clientX, y: event.clientY };
      if (!segmentOf(event.target) && current.current && !popup.current?.contains(event.target as Node)) show(null);
    };
    // A finger opens a word on lifting without having moved: a swipe that starts on text is a scroll.
    const onUp = (event: PointerEvent) => {
      const el = segmentOf(event.target);
      if (!tap || !el || Math.hypot(event.clientX - tap.x, event.clientY - tap.y) > TAP_SLOP) return;
      const w = wordUnder(el, event.clientX, event.clientY);
      if (w) show(w);
    };
    const onLeave = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse') return;
      const to = event.relatedTarget as Node | null;
      const from = segmentOf(event.target);
      if (from && current.current && !popup.current?.contains(to) && !from.contains(to) && document.activeElement !== from) {
        clearTimeout(timer);
        show(null);
      }
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && current.current) {
        event.preventDefault();
        // Focus goes back first, so the paragraph's focus handler finds the word still open.
        if (popup.current?.contains(document.activeElement)) current.current.el.focus();
        show(null);
        return;
      }
      const el = event.target instanceof HTMLElement && event.target.matches(SEGMENTS) ? event.target : null;
      if (!el) return;
      const at = current.current?.el === el ? current.current.index : lastIndex.current.get(el);
      const neighbour = (d: 1 | -1) => segments[segments.indexOf(el) + d];
      const moves: Record<string, () => Word | HTMLElement | null | undefined> = {
        ArrowRight: () => (at === undefined ? firstWord(el) : step(el, at, 1)),
        ArrowLeft: () => (at === undefined ? lastWord(el) : step(el, at, -1)),
        Home: () => firstWord(el),
        End: () => lastWord(el),
        ArrowDown: () => neighbour(1),
        ArrowUp: () => neighbour(-1),
      };
      if (moves[event.key]) {
        event.preventDefault();
        const next = moves[event.key]();
        if (next instanceof HTMLElement) next.focus();
        else if (next) show(next, true);
      } else if (event.key === 'Enter' && current.current?.el === el) {
        event.preventDefault();
        setPinned(true);
      }
    };
    const onFocus = (event: FocusEvent) => {
      const el = segmentOf(event.target);
      if (el !== event.target || !el) return;
      makeTabbable(el);
      // Keyboard focus opens the first word; a tap's focus leaves the tapped word open.
      if (el.matches(':focus-visible') && current.current?.el !== el) show(firstWord(el), true);
    };
    const onFocusOut = (event: FocusEvent) => {
      const to = event.relatedTarget as Node | null;
      if (current.current && to && !popup.current?.contains(to) && !segmentOf(to)) show(null);
    };
    const listeners: [string, (e: never) => void][] = [
      ['pointermove', onMove],
      ['pointerdown', onDown],
      ['pointerup', onUp],
      ['pointerout', onLeave],
      ['keydown', onKey],
      ['focusin', onFocus],
      ['focusout', onFocusOut],
      ['dz:note-saved', () => cache.current.clear()],
    ];
    for (const [type, listener] of listeners) document.addEventListener(type, listener as EventListener);
    return () => {
      listeners.forEach(([type, listener]) => document.removeEventListener(type, listener as EventListener));
      clearTimeout(timer);
      highlight(null);
    };
  }, [show]);

  useEffect(() => {
    if (pinned) popup.current?.querySelector<HTMLElement>('.lookup-entry, button, a')?.focus();
  }, [pinned, answer]);

  // Under the word, or above it when there is more room there (below the sticky toolbar); always
  // inside the page's width (its layout width: a phone's innerWidth grows with any overflow). The
  // pop-up lives in the word's cell, so Tab goes on from it to the rest of the passage.
  useLayoutEffect(() => {
    if (!word) return; // nothing shown; the next word's place is set before it paints
    const box = rangeOf(word.el, word.start, word.end).getBoundingClientRect();
    const cell = word.el.parentElement!.getBoundingClientRect();
    const page = document.documentElement.clientWidth;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const width = Math.min(21 * rem, page - rem);
    const height = popup.current?.offsetHeight ?? 0;
    const toolbar = document.querySelector('.toolbar')?.getBoundingClientRect();
    const roof = toolbar && getComputedStyle(document.querySelector('.toolbar')!).position === 'sticky' ? Math.max(0, toolbar.bottom) : 0;
    const below = window.innerHeight - box.bottom - 6;
    const above = box.top - 6 - roof;
    const down = height <= below || below >= above;
    setPosition({
      top: (down ? box.bottom + 6 : box.top - 6 - Math.min(height, above)) - cell.top,
      left: Math.max(rem / 2, Math.min(box.left, page - width - rem / 2)) - cell.left,
      width,
      maxHeight: Math.max(8 * rem, Math.min(22 * rem, down ? below : above)),
    });
  }, [word, answer]);

  const entries = Array.isArray(answer) ? answer : [];
  const first = entries[0];
  const mine = word && entries.find((e) => e.source === 'note' && e.word === word.text);
  const describe = (e: LookupEntry) => `${e.word} ${e.pinyin}: ${e.definitions.slice(0, 2).join('; ')}`;
  const copy = (i: number) => {
    const e = entries[i];
    if (!e) return;
    navigator.clipboard.writeText(entryText(e)).then(
      () => setSaid(labels.copied),
      () => setSaid(labels.failed),
    );
  };
  // Inside the pop-up: ← → (or n p) go from entry to entry, c copies the one the keyboard is on.
  const onPopupKey = (event: React.KeyboardEvent) => {
    const items = [...(popup.current?.querySelectorAll<HTMLElement>('.lookup-entry') ?? [])];
    const move = { ArrowRight: 1, n: 1, ArrowLeft: -1, p: -1 }[event.key];
    if (move && items.length && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const at = items.findIndex((li) => li.contains(document.activeElement));
      const next = Math.max(0, Math.min(items.length - 1, (at === -1 ? active : at) + move));
      items[next]!.focus();
      setActive(next);
      setSaid(`${next + 1}/${items.length} ${describe(entries[next]!)}`);
    } else if (event.key === 'c' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      copy(active);
    }
  };

  return (
    <>
      <p id={HINT_ID} className="visually-hidden">
        {labels.wordHint}
      </p>
      <p id={ENTRY_HINT_ID} className="visually-hidden">
        {labels.entryHint}
      </p>
      {/* What a screen reader hears as the keyboard moves from word to word, and from entry to entry. */}
      <p className="visually-hidden lookup-live" aria-live="polite">
        {said ||
          (word && byKeyboard && Array.isArray(answer) && (
            <>
              <span lang={lang}>{word.text}</span> {first ? <span lang="en">{`${first.pinyin}: ${first.definitions.slice(0, 2).join('; ')}`}</span> : labels.noEntry}
            </>
          ))}
      </p>
      {word &&
        createPortal(
          <div
            ref={popup}
            className="lookup-popup"
            role="dialog"
            // Focusable, so a tap inside it keeps the focus (and the pop-up) here.
            tabIndex={-1}
            aria-label={`${labels.dialog}: ${word.text}`}
            aria-describedby={ENTRY_HINT_ID}
            onKeyDown={onPopupKey}
            style={position ?? { visibility: 'hidden' }}
            onPointerLeave={(e) => e.pointerType === 'mouse' && !word.el.contains(e.relatedTarget as Node) && !pinned && show(null)}
          >
            <div className="lookup-head">
              <span lang={lang} className="lookup-word">
                {word.text}
              </span>
              <button type="button" className="dialog-close" aria-label={labels.close} onClick={() => (word.el.focus(), show(null))}>
                ×
              </button>
            </div>
            {answer === 'loading' && <p>{labels.loading}</p>}
            {answer === 'failed' && <p role="alert">{labels.failed}</p>}
            {Array.isArray(answer) && entries.length === 0 && <p>{labels.noEntry}</p>}
            {entries.length > 0 && (
              <ol className="lookup-entries">
                {entries.map((e, i) => (
                  <li key={i} className={`lookup-entry source-${e.source}`} tabIndex={-1} onFocus={() => setActive(i)}>
                    <span lang={lang} className="lookup-headword">
                      {e.word}
                    </span>{' '}
                    <OtherForm entry={e} script={script} /> <span className="pinyin">{e.pinyin}</span>{' '}
                    <span className="lookup-source">{labels[e.source === 'note' ? 'mine' : e.source]}</span>
                    <span lang="en" className="lookup-definitions">
                      {e.definitions.join('; ')}
                    </span>
                    {/* Plain text: React escapes it; a note's Markdown is not rendered here. */}
                    {e.note && (
                      <span className="lookup-note" lang={e.source === 'curated' ? 'en' : undefined}>
                        {clip(e.note)}
                      </span>
                    )}
                    {e.source !== 'cedict' && (
                      <a className="lookup-entry-link" href={`${entryHrefBase}/${encodeURIComponent(e.simplified)}?script=${script}`}>
                        {labels.openEntry}
                      </a>
                    )}
                  </li>
                ))}
              </ol>
            )}
            <div className="card-actions">
              <button type="button" disabled={!entries.length} onClick={() => copy(active)}>
                {labels.copy}
              </button>
              {signedIn ? (
                <button
                  type="button"
                  disabled={!Array.isArray(answer)}
                  onClick={() => {
                    // The word keeps the focus while the note form or card is open, and gets it back after.
                    word.el.focus();
                    // A word I already noted opens its card (to edit), not a second note.
                    const event = mine
                      ? new CustomEvent('dz:card', { detail: { key: mine.simplified } })
                      : new CustomEvent('dz:compose', { detail: draftNote(word.text, entries) });
                    document.dispatchEvent(event);
                    show(null);
                  }}
                >
                  {mine ? labels.openMyNote : labels.addToGlossary}
                </button>
              ) : (
                <a href={signInHref}>{labels.signInToSave}</a>
              )}
            </div>
            <p className="lookup-attribution" lang="en">
              <a href="https://cc-cedict.org/wiki/" rel="noopener">
                {labels.attribution}
              </a>
            </p>
          </div>,
          word.el.parentElement!,
        )}
    </>
  );
}
