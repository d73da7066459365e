// "Behåll min version" after a conflict: the user's edits go on top of the other person's version,
// not over it. A field the user did not touch since their last load (the base) takes the other
// person's value; a field the user changed keeps theirs. Without this, keeping one's own version
// would silently undo the other person's edits in fields the user never touched.
import { parseKronor } from '../../../domain/money.js';
import type { Draft, DraftEntry, DraftNarrative, DraftSection } from './draft.js';

type EntryValue = Omit<DraftEntry, 'key' | 'savedOre'>;

// An amount compares by value when it can be read, so "1200" and "1 200" are the same edit.
function amountValue(text: string): string {
  const parsed = parseKronor(text);
  return parsed.ok ? String(parsed.value) : text;
}

function entrySignature(e: EntryValue): string {
  return JSON.stringify([e.account, e.ikb, e.counterparty, amountValue(e.amountText), e.text]);
}

function sameEntries(a: readonly DraftEntry[], b: readonly DraftEntry[]): boolean {
  return a.length === b.length && a.every((e, i) => {
    const other = b[i];
    return other !== undefined && entrySignature(e) === entrySignature(other);
  });
}

/** One text field: the user's value when they changed it, else the other person's. */
function pick(base: string, mine: string, theirs: string): string {
  return mine === base ? theirs : mine;
}

function mergeEntry(base: DraftEntry, mine: DraftEntry, theirs: DraftEntry): DraftEntry {
  const amountChanged = amountValue(mine.amountText) !== amountValue(base.amountText);
  return {
    key: mine.key,
    account: pick(base.account, mine.account, theirs.account),
    ikb: pick(base.ikb, mine.ikb, theirs.ikb),
    counterparty: pick(base.counterparty, mine.counterparty, theirs.counterparty),
    amountText: amountChanged ? mine.amountText : theirs.amountText,
    // The server now holds the other person's amount for this row.
    savedOre: theirs.savedOre,
    text: pick(base.text, mine.text, theirs.text),
  };
}

/**
 * Rows merge one by one where both lists still start with the base's rows (rows are added at the
 * end); rows either person added follow, theirs first. When someone removed rows, the rows no longer
 * line up, and the user's list wins as a whole (the conflict panel showed the other one).
 */
function mergeEntries(base: DraftEntry[], mine: DraftEntry[], theirs: DraftEntry[]): DraftEntry[] {
  if (sameEntries(mine, base)) return theirs;
  if (sameEntries(theirs, base)) return mine;
  if (mine.length < base.length || theirs.length < base.length) return mine;
  const merged = base.map((b, i) => mergeEntry(b, mine[i] ?? b, theirs[i] ?? b));
  return [...merged, ...theirs.slice(base.length), ...mine.slice(base.length)];
}

function sameTexts(a: readonly { text: string }[], b: readonly { text: string }[]): boolean {
  return a.length === b.length && a.every((p, i) => p.text === b[i]?.text);
}

function sameNarrative(a: DraftNarrative | null, b: DraftNarrative | null): boolean {
  if (a === null || b === null) return a === b;
  return a.title === b.title && sameTexts(a.paragraphs, b.paragraphs);
}

/**
 * Paragraphs merge one by one only when nobody added, removed or moved any (the same count on all
 * three sides); otherwise the user's paragraphs win as a whole. The title merges on its own.
 */
function mergeNarrative(base: DraftNarrative | null, mine: DraftNarrative | null, theirs: DraftNarrative | null): DraftNarrative | null {
  if (sameNarrative(mine, base)) return theirs;
  if (sameNarrative(theirs, base)) return mine;
  if (base === null || mine === null || theirs === null) return mine;
  let paragraphs = mine.paragraphs;
  if (sameTexts(mine.paragraphs, base.paragraphs)) paragraphs = theirs.paragraphs;
  else if (mine.paragraphs.length === base.paragraphs.length && theirs.paragraphs.length === base.paragraphs.length) {
    paragraphs = mine.paragraphs.map((p, i) => ({ key: p.key, text: pick(base.paragraphs[i]?.text ?? '', p.text, theirs.paragraphs[i]?.text ?? '') }));
  }
  return { title: pick(base.title, mine.title, theirs.title), paragraphs };
}

function mergeSection(base: DraftSection | undefined, mine: DraftSection | undefined, theirs: DraftSection): DraftSection {
  if (!base || !mine) return theirs;
  return {
    id: theirs.id,
    entries: mergeEntries(base.entries, mine.entries, theirs.entries),
    narrative: mergeNarrative(base.narrative, mine.narrative, theirs.narrative),
  };
}

/**
 * The user's draft on top of the other person's version: `base` is the report the user's draft
 * started from, `theirs` the report the server holds now (both as drafts, with keys unused in `mine`).
 */
export function mergeDrafts(base: Draft, mine: Draft, theirs: Draft): Draft {
  const byId = (list: readonly DraftSection[], id: number) => list.find((s) => s.id === id);
  return {
    accrualPeriod: {
      from: pick(base.accrualPeriod.from, mine.accrualPeriod.from, theirs.accrualPeriod.from),
      to: pick(base.accrualPeriod.to, mine.accrualPeriod.to, theirs.accrualPeriod.to),
    },
    sections: theirs.sections.map((t) => mergeSection(byId(base.sections, t.id), byId(mine.sections, t.id), t)),
  };
}
