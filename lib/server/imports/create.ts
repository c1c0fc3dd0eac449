import 'server-only';
import { newDraft } from '@/lib/drafts/new-draft';
import { DEFAULT_MAX_BYTES, importDocument } from '@/lib/import';
import { db } from '@/lib/server/db';
import { importRefusal } from './refusal';
import { draftView, type DraftView } from './view';

export type ImportSource = {
  bytes: Uint8Array;
  /** The body's media type: text/html reads as HTML, as a .html file name does. */
  type: string;
  fileName?: string;
  sourceUrl?: string;
  format: 'auto' | 'text' | 'html';
};

const formatOf = (source: ImportSource) => (source.format !== 'auto' ? source.format : source.type === 'text/html' || /\.html?$/i.test(source.fileName ?? '') ? 'html' : 'auto');

/** Imports a file (or pasted text) as a new draft of its owner's: the importer's refusals become the editor's, and nothing is stored then. */
export async function createImport(ownerId: string, source: ImportSource): Promise<DraftView> {
  let result;
  try {
    result = importDocument(source.bytes, { format: formatOf(source), maxBytes: DEFAULT_MAX_BYTES });
  } catch (error) {
    throw importRefusal(error);
  }
  const { draft, report } = newDraft(result, { fileName: source.fileName ?? null, sourceUrl: source.sourceUrl ?? null });
  const row = await db.importDraft.create({
    data: { ownerId, fileName: source.fileName ?? null, sourceUrl: draft.sourceUrl, report: JSON.stringify(report), draft: JSON.stringify(draft) },
  });
  return draftView(row);
}
