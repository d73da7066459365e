import type { Translate } from '../../i18n/translate.js';
import { formatTime } from '../../lib/dates.js';
import { isDirty, type EditorState } from './editor-state.js';

/** How the save status reads and how it looks. */
export interface SaveStatusText {
  text: string;
  tone: 'idle' | 'pending' | 'ok' | 'warning' | 'error';
}

/** The save status in words: "Sparat 12:03", "Sparar …", "Ej sparat – fel: …", "Osparade ändringar". */
export function saveStatusText(state: EditorState, t: Translate): SaveStatusText {
  const { status } = state;
  switch (status.kind) {
    case 'saving':
      return { text: t('save.saving'), tone: 'pending' };
    case 'error':
      return { text: t('save.error', { message: status.message }), tone: 'error' };
    case 'conflict':
      return { text: t('save.conflict'), tone: 'error' };
    case 'stopped':
      return { text: t('save.stopped', { message: status.message }), tone: 'error' };
    case 'saved':
      if (isDirty(state)) return { text: t('save.pending'), tone: 'pending' };
      if (status.heldBack > 0) return { text: t('save.heldBack', { time: formatTime(status.at), count: status.heldBack }), tone: 'warning' };
      return { text: t('save.saved', { time: formatTime(status.at) }), tone: 'ok' };
    default:
      return isDirty(state) ? { text: t('save.pending'), tone: 'pending' } : { text: t('save.idle'), tone: 'idle' };
  }
}
