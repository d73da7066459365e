import { describe, expect, it } from 'vitest';
import type { ConflictDetails } from '../../api/types.js';
import { sampleReport } from '../../test-support/report.js';
import { draftSignature, toPayload } from './draft.js';
import { editorReducer, initEditor, isDirty, type EditorAction, type EditorState } from './editor-state.js';

const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);

describe('the editor state', () => {
  it('starts clean and becomes dirty with each edit', () => {
    const start = initEditor(sampleReport());
    expect(isDirty(start)).toBe(false);
    const edited = run(start, { type: 'setPeriod', field: 'to', value: '2014-08-31' });
    expect(isDirty(edited)).toBe(true);
    expect(edited.draft.accrualPeriod).toEqual({ from: '2014-08-01', to: '2014-08-31' });
    expect(start.draft.accrualPeriod.to).toBe('2014-12-31');
  });

  it('pre-fills a new row from the section defaults with an empty amount and a fresh key', () => {
    const state = run(initEditor(sampleReport()), { type: 'addEntry', section: 1 });
    const rows = state.draft.sections[1]!.entries;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ account: '3699', ikb: '1771', counterparty: '1704', amountText: '', savedOre: null, text: '' });
    expect(new Set(state.draft.sections.flatMap((s) => s.entries.map((e) => e.key))).size).toBe(3);
  });

  it('edits and removes rows', () => {
    const state = run(initEditor(sampleReport()),
      { type: 'setEntry', section: 0, entry: 0, field: 'amountText', value: '-1 200' },
      { type: 'setEntry', section: 0, entry: 0, field: 'text', value: 'Rättelse' },
      { type: 'removeEntry', section: 1, entry: 0 });
    expect(state.draft.sections[0]!.entries[0]).toMatchObject({ amountText: '-1 200', text: 'Rättelse' });
    expect(state.draft.sections[1]!.entries).toEqual([]);
  });

  it('adds, moves and removes paragraphs, and starts a narrative where there was none', () => {
    let state = run(initEditor(sampleReport()),
      { type: 'addParagraph', section: 0 },
      { type: 'setParagraph', section: 0, paragraph: 1, value: 'Andra stycket' },
      { type: 'moveParagraph', section: 0, paragraph: 1, by: -1 });
    expect(state.draft.sections[0]!.narrative!.paragraphs.map((p) => p.text)).toEqual(['Andra stycket', 'Under andra tertialen har insatserna fortsatt.']);
    state = run(state, { type: 'moveParagraph', section: 0, paragraph: 0, by: -1 }, { type: 'addParagraph', section: 0, after: 0 });
    expect(state.draft.sections[0]!.narrative!.paragraphs.map((p) => p.text)).toEqual(['Andra stycket', '', 'Under andra tertialen har insatserna fortsatt.']);
    state = run(state, { type: 'removeParagraph', section: 0, paragraph: 1 });
    expect(state.draft.sections[0]!.narrative!.paragraphs).toHaveLength(2);
    state = run(state, { type: 'startNarrative', section: 1 }, { type: 'setTitle', section: 1, value: 'Bibliotek och lärandecenter' });
    expect(state.draft.sections[1]!.narrative).toMatchObject({ title: 'Bibliotek och lärandecenter', paragraphs: [{ text: '' }] });
  });

  it('after a save, remembers what the server holds; edits made during the save stay unsaved', () => {
    const report = sampleReport();
    let state = run(initEditor(report), { type: 'setEntry', section: 0, entry: 0, field: 'amountText', value: '200 000' });
    const payload = toPayload(state.draft, state.report);
    const savedAt = state.revision;
    state = run(state, { type: 'saveStarted' }, { type: 'setTitle', section: 0, value: 'Ny rubrik' });
    state = run(state, { type: 'saveSucceeded', report: { ...report, version: 4 }, revision: savedAt, sentOre: payload.sentOre, heldBack: 0, at: '2014-08-31T10:03:00Z' });
    expect(state.report.version).toBe(4);
    expect(state.draft.sections[0]!.entries[0]!.savedOre).toBe(20000000);
    expect(state.draft.sections[0]!.narrative!.title).toBe('Ny rubrik');
    expect(isDirty(state)).toBe(true);
    expect(state.status).toEqual({ kind: 'saved', at: '2014-08-31T10:03:00Z', heldBack: 0 });
  });

  describe('a conflict', () => {
    const theirs = sampleReport({ version: 5 });
    theirs.content.projects[0]!.narrative = { title: 'Deras rubrik', paragraphs: ['Deras text'] };
    const details: ConflictDetails = {
      current: theirs, savedBy: 'Anna Andersson', savedAt: '2014-08-31T10:03:00Z',
      changes: [{ path: 'projects.0.narrative.title', label: 'Projekt 1, rubrik', yours: 'Min rubrik', theirs: 'Deras rubrik' }],
    };
    const mine = () => run(initEditor(sampleReport()), { type: 'setTitle', section: 0, value: 'Min rubrik' },
      { type: 'conflict', details, message: 'Någon annan (Anna Andersson) sparade rapporten 12:03.' });

    it('keeps the user\'s text while the choice is open', () => {
      const state = mine();
      expect(state.status.kind).toBe('conflict');
      expect(state.draft.sections[0]!.narrative!.title).toBe('Min rubrik');
      expect(isDirty(state)).toBe(true);
    });

    it('"Behåll min version" puts the user\'s draft on top of their version', () => {
      const state = run(mine(), { type: 'keepMine' });
      expect(state.report.version).toBe(5);
      expect(state.draft.sections[0]!.narrative!.title).toBe('Min rubrik');
      // Their paragraph, which the user never touched, is not undone.
      expect(state.draft.sections[0]!.narrative!.paragraphs.map((p) => p.text)).toEqual(['Deras text']);
      expect(isDirty(state)).toBe(true);
      expect(toPayload(state.draft, state.report).body.version).toBe(5);
    });

    it('"Använd deras version" loads theirs and keeps the user\'s draft aside to copy from', () => {
      const state = run(mine(), { type: 'useTheirs' });
      expect(state.report.version).toBe(5);
      expect(state.draft.sections[0]!.narrative!.title).toBe('Deras rubrik');
      expect(state.discarded?.sections[0]!.narrative!.title).toBe('Min rubrik');
      expect(isDirty(state)).toBe(false);
      expect(run(state, { type: 'dismissDiscarded' }).discarded).toBeNull();
    });
  });

  it('restores a backup with fresh keys, as an edit to save', () => {
    const start = initEditor(sampleReport());
    const backup = run(start, { type: 'setTitle', section: 0, value: 'Från kopian' }).draft;
    const state = run(start, { type: 'restore', draft: backup });
    expect(state.draft.sections[0]!.narrative!.title).toBe('Från kopian');
    expect(isDirty(state)).toBe(true);
    const keys = state.draft.sections.flatMap((s) => s.entries.map((e) => e.key));
    expect(keys.every((k) => !start.draft.sections.flatMap((s) => s.entries.map((e) => e.key)).includes(k))).toBe(true);
  });

  describe('taking a removal or a copy back', () => {
    const texts = (state: EditorState, section = 0) => state.draft.sections[section]!.narrative?.paragraphs.map((p) => p.text) ?? null;

    it('puts a removed row back at its place with its key and content, as an edit to save', () => {
      let state = run(initEditor(sampleReport()), { type: 'addEntry', section: 0 }, { type: 'addEntry', section: 0 },
        { type: 'setEntry', section: 0, entry: 1, field: 'amountText', value: '1 200' });
      const before = state.draft.sections[0]!.entries;
      state = run(state, { type: 'removeEntry', section: 0, entry: 1 });
      expect(state.draft.sections[0]!.entries.map((e) => e.key)).toEqual([before[0]!.key, before[2]!.key]);
      expect(state.undo).toEqual({ undo: { kind: 'entry', section: 0, index: 1, entry: before[1] }, restored: false });

      const revision = state.revision;
      state = run(state, { type: 'setEntry', section: 0, entry: 0, field: 'text', value: 'Skrivet efteråt' }, { type: 'undo' });
      expect(state.draft.sections[0]!.entries.map((e) => e.key)).toEqual(before.map((e) => e.key));
      expect(state.draft.sections[0]!.entries[1]).toEqual(before[1]);
      expect(state.draft.sections[0]!.entries[0]!.text).toBe('Skrivet efteråt');
      expect(state.undo).toMatchObject({ restored: true });
      expect(state.revision).toBe(revision + 2);
      // Once is enough: a second undo changes nothing.
      expect(run(state, { type: 'undo' })).toEqual(state);
    });

    it('puts a removed paragraph back between its neighbours', () => {
      let state = run(initEditor(sampleReport()), { type: 'addParagraph', section: 0 }, { type: 'setParagraph', section: 0, paragraph: 1, value: 'Andra' },
        { type: 'addParagraph', section: 0 }, { type: 'setParagraph', section: 0, paragraph: 2, value: 'Tredje' });
      const signature = draftSignature(state.draft);
      state = run(state, { type: 'removeParagraph', section: 0, paragraph: 1 });
      expect(texts(state)).toEqual(['Under andra tertialen har insatserna fortsatt.', 'Tredje']);
      state = run(state, { type: 'undo' });
      expect(texts(state)).toEqual(['Under andra tertialen har insatserna fortsatt.', 'Andra', 'Tredje']);
      expect(draftSignature(state.draft)).toBe(signature);
    });

    it('keeps one removal to take back, forgets it when its list changes shape or the draft is replaced', () => {
      const start = run(initEditor(sampleReport()), { type: 'removeEntry', section: 0, entry: 0 });
      expect(run(start, { type: 'removeEntry', section: 1, entry: 0 }).undo?.undo).toMatchObject({ kind: 'entry', section: 1 });
      expect(run(start, { type: 'addEntry', section: 0 }).undo).toBeNull();
      expect(run(start, { type: 'addEntry', section: 1 }).undo).not.toBeNull();
      expect(run(start, { type: 'dismissUndo' }).undo).toBeNull();
      expect(run(start, { type: 'loaded', report: sampleReport({ version: 9 }) }).undo).toBeNull();
      expect(run(start, { type: 'restore', draft: start.draft }).undo).toBeNull();
      // Nothing to remove: nothing to take back either.
      expect(run(initEditor(sampleReport()), { type: 'removeEntry', section: 0, entry: 5 }).undo).toBeNull();
    });

    it('copies the previous text only into an empty narrative, and takes the copy back while it is untouched', () => {
      const previous = { title: 'Förra året', paragraphs: ['Första stycket.', 'Andra stycket.'] };
      const start = initEditor(sampleReport());
      // Project 1 has its own text: nothing is copied over it.
      expect(run(start, { type: 'copyNarrative', section: 0, narrative: previous })).toEqual(start);

      let state = run(start, { type: 'copyNarrative', section: 1, narrative: previous });
      expect(state.draft.sections[1]!.narrative?.title).toBe('Förra året');
      expect(texts(state, 1)).toEqual(previous.paragraphs);
      expect(isDirty(state)).toBe(true);
      state = run(state, { type: 'undo' });
      expect(state.draft.sections[1]!.narrative).toBeNull();
      expect(state.undo).toMatchObject({ restored: true, undo: { kind: 'narrative', section: 1 } });

      // An empty narrative (a title and paragraphs with nothing in them) takes the copy too; once
      // the copy has been edited, undo would throw the edit away, so it is not offered.
      state = run(start, { type: 'startNarrative', section: 1 }, { type: 'copyNarrative', section: 1, narrative: previous },
        { type: 'setParagraph', section: 1, paragraph: 0, value: 'Ändrat.' }, { type: 'undo' });
      expect(texts(state, 1)).toEqual(['Ändrat.', 'Andra stycket.']);
      expect(state.undo).toBeNull();
    });
  });
});
