'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LookupEntry } from '@/lib/study/lookup-entry';
import { charAtPoint, rangeOf, segmentText } from './text-offsets';

export type LookupLabels = Record<
  'dialog' | 'close' | 'loading' | 'failed' | 'noEntry' | 'curated' | 'mine' | 'cedict' | 'addToGlossary' | 'signInToSave' | 'attribution' | 'wordHint',
  string
>;
export type LookupProps = { script: string; lang: string; signedIn: boolean; signInHref: string; labels: LookupLabels };

type Word = { el: HTMLElement; index: number; start: number; end: number; text: string };
type Answer = LookupEntry[] | 'loading' | 'failed';

const SEGMENTS = '.seg-text[data-words]';
const HINT_ID = 'lookup-hint';
const HIGHLIGHT = 'dz-word';

function words(el: HTMLElement): { starts: number[]; text: string } {
  const text = segmentText(el);
  return { starts: (el.dataset.words ?? '').split(',').filter(Boolean).map(Number), text };
}

/** The index-th word of a segment, or null past either end. */
function wordAt(el: HTMLElement, index: number): Word | null {
  const { starts, text } = words(el);
  if (index < 0 || index >= starts.length) return null;
  const start = starts[index];
  const end = starts[index + 1] ?? text.length;
  return { el, index, start, end, text: text.slice(start, end) };
}

const readable = (w: Word) => /[\p{L}\p{N}]/u.test(w.text);

/** The nearest word after (1) or before (-1) word `index` that is more than punctuation. */
function step(el: HTMLElement, index: number, direction: 1 | -1): Word | null {
  for (let i = index + direction; ; i += direction) {
    const w = wordAt(el, i);
    if (!w || readable(w)) return w;
  }
}
const first = (el: HTMLElement) => step(el, -1, 1);

function highlight(word: Word | null) {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (!word) return CSS.highlights.delete(HIGHLIGHT);
  CSS.highlights.set(HIGHLIGHT, new Highlight(rangeOf(word.el, word.start, word.end)));
}

const cache = new Map<string, Promise<LookupEntry[]>>();

async function fetchEntries(q: string, script: string): Promise<LookupEntry[]> {
  const url = `/api/v1/dictionary?match=prefixes&script=${script}&q=${encodeURIComponent(q)}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`dictionary ${response.status}`);
  return ((await response.json()) as { entries: LookupEntry[] }).entries;
}

/** A draft note for the word: its readings and senses, for the reader to keep or change. */
function draftNote(word: string, entries: readonly LookupEntry[]) {
  const mine = entries.filter((e) => e.source !== 'note');
  const exact = mine.filter((e) => e.word === word || e.simplified === word || e.traditional === word);
  const senses = (exact.length ? exact : mine).slice(0, 3);
  const body = senses.map((e) => `**${e.pinyin}** ${e.definitions.join('; ')}`).join('\n\n');
  return { term: word, body, english: senses[0]?.definitions[0]?.slice(0, 200) ?? '' };
}

/**
 * The pop-up dictionary over the reader's Chinese: pointing at, tapping or moving the keyboard over
 * a word shows its entries (glossary and my notes first, then CC-CEDICT, longer words first).
 */
export function LookupPopup({ script, lang, signedIn, signInHref, labels }: LookupProps) {
  const [word, setWord] = useState<Word | null>(null);
  const [answer, setAnswer] = useState<Answer>('loading');
  const [pinned, setPinned] = useState(false);
  const popup = useRef<HTMLDivElement>(null);
  const current = useRef<Word | null>(null);

  const show = useCallback(
    (next: Word | null) => {
      const same = next && current.current && next.el === current.current.el && next.index === current.current.index;
      current.current = next;
      highlight(next);
      if (same) return;
      setWord(next);
      setPinned(false);
      if (!next) return;
      setAnswer('loading');
      const q = next.text.trim();
      if (!cache.has(`${script}:${q}`)) cache.set(`${script}:${q}`, fetchEntries(q, script));
      cache.get(`${script}:${q}`)!.then(
        (entries) => current.current === next && setAnswer(entries),
        () => {
          cache.delete(`${script}:${q}`);
          if (current.current === next) setAnswer('failed');
        },
      );
    },
    [script],
  );

  useEffect(() => {
    const segments = [...document.querySelectorAll<HTMLElement>(SEGMENTS)];
    for (const el of segments) {
      el.tabIndex = 0;
      el.setAttribute('aria-describedby', HINT_ID);
    }
    let frame = 0;
    const underPointer = (event: PointerEvent) => {
      const el = (event.target as Element | null)?.closest<HTMLElement>(SEGMENTS);
      if (!el) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const at = charAtPoint(el, event.clientX, event.clientY);
        if (at === null) return;
        const { starts } = words(el);
        const index = starts.findLastIndex((s) => s <= at);
        const w = wordAt(el, index);
        if (w && readable(w)) show(w);
      });
    };
    const onKey = (event: KeyboardEvent) => {
      const el = event.target instanceof HTMLElement && event.target.matches(SEGMENTS) ? event.target : null;
      if (event.key === 'Escape' && current.current) {
        event.preventDefault();
        // Focus goes back first, so the segment's focus handler finds the word still open.
        if (popup.current?.contains(document.activeElement)) current.current.el.focus();
        show(null);
        return;
      }
      if (!el) return;
      const from = current.current?.el === el ? current.current : null;
      const moves: Record<string, () => Word | null> = {
        ArrowRight: () => (from ? step(el, from.index, 1) : first(el)),
        ArrowLeft: () => (from ? step(el, from.index, -1) : null),
        Home: () => first(el),
        End: () => step(el, words(el).starts.length, -1),
      };
      if (moves[event.key]) {
        event.preventDefault();
        const next = moves[event.key]();
        if (next) show(next);
      } else if (event.key === 'Enter' && from) {
        event.preventDefault();
        setPinned(true);
      }
    };
    const onFocus = (event: FocusEvent) => {
      const el = event.target instanceof HTMLElement && event.target.matches(SEGMENTS) ? event.target : null;
      if (el && current.current?.el !== el) show(first(el));
    };
    const onFocusOut = (event: FocusEvent) => {
      const to = event.relatedTarget as Node | null;
      if (current.current && !popup.current?.contains(to) && !(to instanceof HTMLElement && to.matches(SEGMENTS))) show(null);
    };
    const onLeave = (event: PointerEvent) => {
      const to = event.relatedTarget as Node | null;
      const from = (event.target as Element | null)?.closest(SEGMENTS);
      if (from && current.current && !popup.current?.contains(to) && !from.contains(to) && document.activeElement !== from) show(null);
    };
    const listeners: [string, (e: never) => void][] = [
      ['pointermove', underPointer],
      ['pointerdown', underPointer],
      ['pointerout', onLeave],
      ['keydown', onKey],
      ['focusin', onFocus],
      ['focusout', onFocusOut],
    ];
    for (const [type, listener] of listeners) document.addEventListener(type, listener as EventListener);
    return () => {
      listeners.forEach(([type, listener]) => document.removeEventListener(type, listener as EventListener));
      cancelAnimationFrame(frame);
      highlight(null);
    };
  }, [show]);

  useEffect(() => {
    if (pinned) popup.current?.querySelector<HTMLElement>('button, a')?.focus();
  }, [pinned, answer]);

  const rect = word ? rangeOf(word.el, word.start, word.end).getBoundingClientRect() : null;
  const entries = Array.isArray(answer) ? answer : [];
  const summary = word && Array.isArray(answer) ? `${word.text} ${entries[0] ? `${entries[0].pinyin}: ${entries[0].definitions.slice(0, 2).join('; ')}` : labels.noEntry}` : '';

  return (
    <>
      <p id={HINT_ID} className="visually-hidden">
        {labels.wordHint}
      </p>
      {/* What a screen reader hears as the word under the focus changes. */}
      <p className="visually-hidden lookup-live" aria-live="polite">
        {summary}
      </p>
      {word && rect && (
        <div
          ref={popup}
          className="lookup-popup"
          role="dialog"
          aria-label={`${labels.dialog}: ${word.text}`}
          style={{ top: rect.bottom + window.scrollY + 6, left: Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - 344)) }}
          onPointerLeave={(e) => !word.el.contains(e.relatedTarget as Node) && !pinned && show(null)}
        >
          <div className="lookup-head">
            <span lang={lang} className="lookup-word">
              {word.text}
            </span>
            <button type="button" className="dialog-close" aria-label={labels.close} onClick={() => (word.el.focus(), show(null))}>
              ×
            </button>
          </div>
          {answer === 'loading' && <p role="status">{labels.loading}</p>}
          {answer === 'failed' && <p role="alert">{labels.failed}</p>}
          {Array.isArray(answer) && entries.length === 0 && <p>{labels.noEntry}</p>}
          {entries.length > 0 && (
            <ol className="lookup-entries">
              {entries.map((e, i) => (
                <li key={i} className={`lookup-entry source-${e.source}`}>
                  <span lang={lang} className="lookup-headword">
                    {e.word}
                  </span>{' '}
                  <span className="pinyin">{e.pinyin}</span> <span className="lookup-source">{labels[e.source === 'note' ? 'mine' : e.source]}</span>
                  <span lang="en" className="lookup-definitions">
                    {e.definitions.join('; ')}
                  </span>
                </li>
              ))}
            </ol>
          )}
          <div className="card-actions">
            {signedIn ? (
              <button
                type="button"
                disabled={!Array.isArray(answer)}
                onClick={() => {
                  document.dispatchEvent(new CustomEvent('dz:compose', { detail: draftNote(word.text, entries) }));
                  show(null);
                }}
              >
                {labels.addToGlossary}
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
        </div>
      )}
    </>
  );
}
