// Word-level differences between two texts, for people reading a report's history: which words were
// removed and which added, the rest as it was. Words, punctuation marks and runs of whitespace are
// tokens (jsdiff's diffWordsWithSpace, whose word characters include å, ä and ö), so a changed comma
// is a changed comma and a paragraph is never struck through whole for one word.
import { diffWordsWithSpace } from 'diff';

/** A stretch of text that is in both versions, only in the earlier one, or only in the later one. */
export interface DiffPart {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/** How many words and marks may be removed or added before two texts count as rewritten outright. */
export const MAX_EDITS = 1_000;

/** Where unchanged text was left out of a long passage. */
export interface DiffGap {
  readonly kind: 'gap';
}

/**
 * The differences between `before` and `after`, word by word. The parts in order spell both texts:
 * the `same` and `removed` parts give `before`, the `same` and `added` parts give `after`, exactly.
 * Whitespace between two changes joins them, so a rewritten phrase reads as one removal followed by
 * one addition instead of alternating word by word.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  // Two long texts with little in common would take the diff long to compare word by word; past
  // MAX_EDITS it gives up, and the texts are shown as one removal and one addition.
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDITS })
    ?? [{ value: before, removed: true, added: false, count: 1 }, { value: after, added: true, removed: false, count: 1 }].filter((c) => c.value !== '');
  const parts: DiffPart[] = [];
  let removed = '';
  let added = '';
  const push = (part: DiffPart) => {
    const last = parts.at(-1);
    if (part.text === '') return;
    if (last?.kind === part.kind) parts[parts.length - 1] = { kind: part.kind, text: last.text + part.text };
    else parts.push(part);
  };
  const flush = () => {
    // Whitespace at the edge of both sides of a replacement belongs to neither.
    const lead = removed !== '' && added !== '' ? sharedWhitespace(removed, added, 'lead') : '';
    const trail = removed !== '' && added !== '' ? sharedWhitespace(removed.slice(lead.length), added.slice(lead.length), 'trail') : '';
    push({ kind: 'same', text: lead });
    push({ kind: 'removed', text: removed.slice(lead.length, removed.length - trail.length) });
    push({ kind: 'added', text: added.slice(lead.length, added.length - trail.length) });
    push({ kind: 'same', text: trail });
    removed = '';
    added = '';
  };
  changes.forEach((change, i) => {
    if (change.removed) removed += change.value;
    else if (change.added) added += change.value;
    else if (/^\s+$/u.test(change.value) && (removed !== '' || added !== '') && changes[i + 1] !== undefined) {
      // Between two changes (jsdiff merges neighbouring unchanged parts, so the next one is a change).
      removed += change.value;
      added += change.value;
    } else {
      flush();
      push({ kind: 'same', text: change.value });
    }
  });
  flush();
  return parts;
}

// The whitespace both texts start (or end) with, so that it can stand outside the change.
function sharedWhitespace(a: string, b: string, side: 'lead' | 'trail'): string {
  const pattern = side === 'lead' ? /^\s*/u : /\s*$/u;
  const x = pattern.exec(a)?.[0] ?? '';
  const y = pattern.exec(b)?.[0] ?? '';
  let n = 0;
  while (n < x.length && n < y.length && (side === 'lead' ? x[n] === y[n] : x[x.length - 1 - n] === y[y.length - 1 - n])) n += 1;
  // Never the whole of either side: a change of whitespace alone stays a change.
  if (n >= a.length || n >= b.length) return '';
  return side === 'lead' ? x.slice(0, n) : x.slice(x.length - n);
}

/** Whether a diff holds any change at all. */
export function hasChange(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}

/**
 * The diff with long unchanged passages shortened to `context` words on the side of each change,
 * and a gap where words were left out: a changed word in a long paragraph is shown in its
 * sentence, not with the whole paragraph around it. Changed text is never left out.
 */
export function elideUnchanged(parts: readonly DiffPart[], context = 12): Array<DiffPart | DiffGap> {
  const out: Array<DiffPart | DiffGap> = [];
  parts.forEach((part, i) => {
    if (part.kind !== 'same') {
      out.push(part);
      return;
    }
    const words = [...part.text.matchAll(/\S+/gu)];
    const changeBefore = i > 0;
    const changeAfter = i < parts.length - 1;
    const keep = (changeBefore ? context : 0) + (changeAfter ? context : 0);
    // Leaving out fewer than a few words saves nothing worth a gap.
    if (words.length <= keep + 3 || (!changeBefore && !changeAfter)) {
      out.push(part);
      return;
    }
    if (changeBefore) {
      const last = words[context - 1];
      out.push({ kind: 'same', text: part.text.slice(0, last === undefined ? 0 : last.index + last[0].length) });
    }
    out.push({ kind: 'gap' });
    if (changeAfter) {
      const first = words[words.length - context];
      out.push({ kind: 'same', text: part.text.slice(first?.index ?? part.text.length) });
    }
  });
  return out;
}
