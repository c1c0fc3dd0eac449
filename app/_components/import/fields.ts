import type { DraftRelease } from '@/lib/drafts/schema';

// A publish blocker names its field by its path in the draft (title.en, speakers.k.zh,
// segments.3.zh, damage.0): here is the element that edits it, to point at and to focus.

export const segmentInputId = (id: string) => `segment-${id}`;
export const damageInputId = (spot: number, which: 'restored' | 'keep') => `damage-${spot}-${which}`;
export const fieldInputId = (field: string) => `field-${field.replace(/[^A-Za-z0-9-]/g, '-')}`;

/** The id of the element that edits `field`, or null when the draft has no such thing. */
export function inputOf(field: string, release: DraftRelease): string | null {
  const [head, second] = field.split('.');
  if (head === 'damage') return damageInputId(Number(second), 'restored');
  if (head === 'segments') {
    const segment = release.segments[Number(second)];
    return segment ? segmentInputId(segment.id) : null;
  }
  return fieldInputId(field);
}

/** Moves the focus to what edits `field` (an input, or else the element given). */
export function focusField(field: string, release: DraftRelease, fallback?: HTMLElement | null) {
  const id = inputOf(field, release);
  const element = (id && document.getElementById(id)) || fallback;
  element?.focus();
  element?.scrollIntoView({ block: 'center' });
}
