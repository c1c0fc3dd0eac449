import 'server-only';
import { DomainError, signInRequired } from '@/lib/errors';
import { SCRIPT_LANG, type Script } from '@/lib/core/text';
import type { NoteViewer } from '@/lib/server/notes/visibility';
import { passageReference } from '@/lib/reader/citation';
import { CEDICT_ATTRIBUTION } from '@/lib/study/cedict';
import { exportVocabulary, type ExportFile, type ExportFormat } from '@/lib/study/export';
import { attachmentDisposition } from '@/lib/study/export/disposition';
import { filterVocabulary, type VocabularyFilter } from '@/lib/study/vocabulary';
import { myGlossary, releaseVocabulary, type Cite } from './vocabulary';

export type VocabularyExportRequest = {
  format: ExportFormat;
  scope: 'release' | 'mine';
  /** The release's slug; needed with scope=release. */
  release?: string;
  script: Script;
  show: VocabularyFilter;
  /** '1': also numbers, date and count units and lone function characters (left out by default). */
  minor?: '0' | '1';
  /** The site locale the citation links open in. */
  locale: string;
  /** The public origin the citation links start with (see publicOrigin in lib/auth/env.ts). */
  origin: string;
  viewer: NoteViewer | null;
};

export type VocabularyExport = ExportFile & { disposition: string };

/** A release's vocabulary or the viewer's own glossary as a file, with its title, citations and name. */
export async function vocabularyExport(request: VocabularyExportRequest): Promise<VocabularyExport> {
  const { format, scope, release: slug, script, show, minor, locale, origin, viewer } = request;
  const cite: Cite = (r, id) => passageReference({ issuer: r.issuer.en, title: r.title.en, date: r.date }, id, `${origin}/${locale}/releases/${r.slug}?script=${script}#p-${id}`);

  let items, title, name;
  if (scope === 'mine') {
    if (!viewer) throw signInRequired('export your glossary');
    items = await myGlossary(script, viewer, cite);
    title = 'My Duizhao glossary';
    name = `duizhao-my-glossary-${script}`;
  } else {
    const vocabulary = slug ? await releaseVocabulary(slug, script, viewer, cite, { minor: minor === '1' }) : null;
    if (!vocabulary) throw new DomainError('not_found', `No release with slug "${slug}"`);
    items = filterVocabulary(vocabulary.items, show);
    title = `${vocabulary.release.title.zh} — ${vocabulary.release.title.en}`;
    name = `duizhao-${slug}-${show}-${script}`;
  }
  const attribution = `Definitions of dictionary words: ${CEDICT_ATTRIBUTION}.`;
  const file = exportVocabulary(format, items, { title, attribution, deckName: 'Duizhao', lang: SCRIPT_LANG[script] });
  return { ...file, disposition: attachmentDisposition(name, file.extension) };
}
