'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { DamageAction } from '@/lib/drafts/damage';
import type { DraftRelease } from '@/lib/drafts/schema';
import type { DraftView } from '@/lib/server/imports/view';
import { getImport, publishImport, saveImport, type Refusal } from './api';

export type SaveState = 'saved' | 'pending' | 'saving' | 'conflict' | 'failed';

/** What each section of the editor that edits the release gets. */
export type DraftSectionProps = {
  release: DraftRelease;
  /** The draft's Chinese: zh-Hans or zh-Hant. */
  lang: string;
  readOnly: boolean;
  /** Messages for fields that stop publishing, by path (shown once the editor tried to publish). */
  errors: Record<string, string>;
  edit: (change: (release: DraftRelease) => DraftRelease) => void;
};

// Saved this long after the last change: a pause in typing.
const AUTOSAVE_MS = 800;

/**
 * A draft as the page edits it. Every change is kept here at once and saved shortly after, one
 * save at a time, each naming the version the last one returned: a save from a tab that fell
 * behind is refused (409) and the page says so instead of overwriting. Coming back to the tab
 * with nothing unsaved picks up what another tab saved. A decision on damaged text is saved with
 * the text as it stands, and the draft takes the server's answer (editing waits meanwhile).
 */
export function useDraft(initial: DraftView) {
  const [release, setRelease] = useState(initial.release);
  const [view, setView] = useState(initial);
  const [state, setState] = useState<SaveState>('saved');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const local = useRef(initial.release);
  const version = useRef(initial.version);
  const edits = useRef(0);
  const saved = useRef(0);
  const stopped = useRef(initial.publishedAs !== null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const id = initial.id;

  const take = useCallback((next: DraftView) => {
    version.current = next.version;
    local.current = next.release;
    setRelease(next.release);
    setView(next);
  }, []);

  const send = useCallback(
    (damage?: DamageAction[]): Promise<DraftView | Refusal | null> => {
      const run = queue.current.then(async () => {
        if (stopped.current) return null;
        if (!damage && saved.current === edits.current) return null;
        const sent = edits.current;
        setState('saving');
        const answer = await saveImport(id, { version: version.current, release: local.current, ...(damage && { damage }) });
        if (answer.ok) {
          saved.current = sent;
          if (damage) take(answer.value.import);
          else {
            version.current = answer.value.import.version;
            setView(answer.value.import);
          }
          setState(edits.current === sent ? 'saved' : 'pending');
          return answer.value.import;
        }
        const { reason } = answer.refusal;
        if (reason === 'version_conflict' || reason === 'published') {
          stopped.current = true;
          setState('conflict');
        } else if (damage && answer.refusal.status < 500 && answer.refusal.status !== 0) {
          // The decision was refused and the text with it: the text is saved again on its own.
          setState('pending');
        } else {
          setFailure(answer.refusal.message);
          setState('failed');
        }
        return answer.refusal;
      });
      queue.current = run.catch(() => null);
      return run;
    },
    [id, take],
  );

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    // Each change sets its own timer, so a change made while a save is on its way is saved after it; a failed save waits for the next change or "Save now".
    timer.current = setTimeout(() => void send(), AUTOSAVE_MS);
  }, [send]);

  /** Applies a change to the draft; saved after a pause. */
  const edit = useCallback(
    (change: (release: DraftRelease) => DraftRelease) => {
      if (stopped.current) return;
      local.current = change(local.current);
      setRelease(local.current);
      edits.current++;
      setState('pending');
      schedule();
    },
    [schedule],
  );

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    return send();
  }, [send]);

  const decide = useCallback(
    async (action: DamageAction) => {
      clearTimeout(timer.current);
      setBusy(true);
      try {
        return await send([action]);
      } finally {
        setBusy(false);
        if (saved.current !== edits.current) schedule();
      }
    },
    [send, schedule],
  );

  const publish = useCallback(async () => {
    await flush();
    if (stopped.current) return null;
    setBusy(true);
    const answer = await publishImport(id, version.current);
    setBusy(false);
    if (answer.ok) {
      stopped.current = true;
      take(answer.value.import);
      return answer;
    }
    if (answer.refusal.reason === 'version_conflict') {
      stopped.current = true;
      setState('conflict');
    }
    return answer;
  }, [flush, id, take]);

  // Leaving the tab saves now; coming back with nothing unsaved takes what another tab saved meanwhile.
  useEffect(() => {
    const onVisibility = async () => {
      if (document.visibilityState === 'hidden') return void flush();
      if (stopped.current || saved.current !== edits.current) return;
      const answer = await getImport(id);
      if (answer.ok && answer.value.import.version !== version.current && saved.current === edits.current) take(answer.value.import);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [flush, id, take]);

  // Closing or reloading with changes not yet saved: the browser asks first.
  useEffect(() => {
    if (state === 'saved' || state === 'conflict') return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state]);

  return { release, view, state, failure, busy, readOnly: view.publishedAs !== null || state === 'conflict', edit, flush, decide, publish };
}
