import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../i18n/translate.js';
import { sampleReport } from '../../test-support/report.js';
import { editorReducer, initEditor } from './editor-state.js';
import { saveStatusText } from './save-status-text.js';

const sv = (key: MessageKey, params?: MessageParams) => translate('sv', key, params);
const start = initEditor(sampleReport());
const edited = editorReducer(start, { type: 'setTitle', section: 0, value: 'Ny' });

describe('the save status in words', () => {
  it('says where saving stands, with the time in Stockholm', () => {
    expect(saveStatusText(start, sv)).toEqual({ text: 'Inga ändringar', tone: 'idle' });
    expect(saveStatusText(edited, sv)).toEqual({ text: 'Osparade ändringar', tone: 'pending' });
    expect(saveStatusText(editorReducer(edited, { type: 'saveStarted' }), sv).text).toBe('Sparar …');
    const saved = editorReducer(edited, { type: 'saveSucceeded', report: start.report, revision: edited.revision, sentOre: {}, heldBack: 0, at: '2014-08-31T10:03:00Z' });
    expect(saveStatusText(saved, sv)).toEqual({ text: 'Sparat 12:03', tone: 'ok' });
  });

  it('tells about amounts held back and about failures', () => {
    const held = editorReducer(edited, { type: 'saveSucceeded', report: start.report, revision: edited.revision, sentOre: {}, heldBack: 2, at: '2014-08-31T10:03:00Z' });
    expect(saveStatusText(held, sv).text).toBe('Sparat 12:03 – 2 fält kan inte läsas och är inte sparade');
    const failed = editorReducer(edited, { type: 'saveFailed', message: 'Kunde inte nå servern.', retry: true, field: null });
    expect(saveStatusText(failed, sv)).toEqual({ text: 'Ej sparat – fel: Kunde inte nå servern.', tone: 'error' });
  });
});
