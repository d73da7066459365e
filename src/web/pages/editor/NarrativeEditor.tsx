import type { ReactNode } from 'react';
import type { Narrative } from '../../api/types.js';
import { TextField } from '../../components/Field.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ids } from '../../lib/field-ids.js';
import { countNarrativeWords } from '../../lib/word-count.js';
import type { DraftNarrative } from './draft.js';
import { isEmptyNarrative, type EditorAction, type UndoNotice } from './editor-state.js';
import { focusSoon } from './focus-field.js';
import { UndoStatus } from './UndoStatus.js';

interface Props {
  sectionIndex: number;
  projectNumber: number;
  narrative: DraftNarrative | null;
  /** The previous round's text for this project and the round's name, when there is one to copy. */
  previous: { narrative: Narrative; round: string } | null;
  /** The editor's undo, when it is a paragraph or the copied text of this section. */
  undo: UndoNotice | null;
  apply: (action: EditorAction) => void;
}

// A textarea as tall as its text (within reason), so long paragraphs are read without scrolling inside.
function rowsFor(text: string): number {
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 90)), 0);
  return Math.min(20, Math.max(3, lines + 1));
}

/**
 * The delredovisning of one project: a title and paragraphs to add, remove (and take back) and
 * reorder; a word count. While it is empty, the previous round's text can be copied in as a start.
 */
export function NarrativeEditor({ sectionIndex: s, projectNumber, narrative, previous, undo, apply }: Props) {
  const { t } = useI18n();
  const copyId = `${ids.narrative(s)}-copy`;
  const copyUndoId = `${copyId}-undo`;

  const copy = previous && isEmptyNarrative(narrative) ? previous : null;
  const copied = undo?.undo.kind === 'narrative' ? undo.undo : null;
  // The copy can be taken back while its text is as copied; after that it is the user's text.
  const copyMessage = copied && undo
    ? (undo.restored ? t('undo.copyUndone') : narrative === copied.copied ? t('undo.copied', { round: previous?.round ?? '' }) : null)
    : null;

  const copyButton = copy ? (
    <button type="button" id={copyId} className="button button--small"
      onClick={() => { apply({ type: 'copyNarrative', section: s, narrative: copy.narrative }); focusSoon(`${copyUndoId}-button`); }}>
      {t('narrative.copyPrevious')}<span className="visually-hidden"> {t('narrative.copyTo', { project: projectNumber })}</span>
    </button>
  ) : null;
  const copyStatus = (
    <UndoStatus id={copyUndoId} message={copyMessage}
      onUndo={copied && !undo?.restored ? () => { apply({ type: 'undo' }); focusSoon(copyId); } : undefined}
      what={t('undo.copyWhat', { project: projectNumber })} />
  );

  // The copy's live region stays in one place whether or not there is a narrative, so that what it
  // says when the copy comes (or goes) is announced.
  return (
    <div className="narrative-area">
      {copyStatus}
      {narrative === null ? (
        <div className="narrative-editor">
          <p className="muted">{t('project.noNarrative')}</p>
          <div className="button-row narrative-editor__start">
            <button type="button" id={ids.narrative(s)} className="button button--small"
              onClick={() => { apply({ type: 'startNarrative', section: s }); focusSoon(ids.narrativeTitle(s)); }}>
              {t('narrative.start')}<span className="visually-hidden"> {t('entry.toProject', { project: projectNumber })}</span>
            </button>
            {copyButton}
          </div>
        </div>
      ) : <NarrativeFields sectionIndex={s} projectNumber={projectNumber} narrative={narrative} copyButton={copyButton} undo={undo} apply={apply} />}
    </div>
  );
}

/** A narrative's title and paragraphs with their tools, the undo of a removed paragraph, and the word count. */
function NarrativeFields({ sectionIndex: s, projectNumber, narrative, copyButton, undo, apply }: {
  sectionIndex: number;
  projectNumber: number;
  narrative: DraftNarrative;
  copyButton: ReactNode;
  undo: UndoNotice | null;
  apply: (action: EditorAction) => void;
}) {
  const { t } = useI18n();
  const paragraphUndoId = `${ids.narrative(s)}-undo`;
  const which = (p: number) => t('narrative.which', { paragraph: p + 1, project: projectNumber });
  const removed = undo?.undo.kind === 'paragraph' ? undo.undo : null;
  const removedMessage = removed && undo
    ? t(undo.restored ? 'undo.paragraphRestored' : 'undo.paragraphRemoved', { paragraph: removed.index + 1, project: projectNumber })
    : null;
  const { paragraphs } = narrative;
  const words = countNarrativeWords(paragraphs.map((p) => p.text));
  const move = (p: number, by: -1 | 1, button: 'up' | 'down') => {
    apply({ type: 'moveParagraph', section: s, paragraph: p, by });
    const to = p + by;
    // Focus follows the paragraph; at the end of the list, the other button is the one left.
    const stay = (button === 'up' && to === 0) || (button === 'down' && to === paragraphs.length - 1);
    focusSoon(`${ids.paragraph(s, to)}-${stay ? (button === 'up' ? 'down' : 'up') : button}`);
  };
  return (
    <fieldset className="narrative-editor" id={ids.narrative(s)} tabIndex={-1}>
      <legend className="visually-hidden">{t('narrative.legend', { project: projectNumber })}</legend>
      {copyButton ? <p>{copyButton}</p> : null}
      <TextField id={ids.narrativeTitle(s)} label={t('narrative.title')} value={narrative.title} className="field--wide"
        onChange={(value) => apply({ type: 'setTitle', section: s, value })} maxLength={300} />
      <ol className="paragraphs">
        {paragraphs.map((paragraph, p) => (
          <li key={paragraph.key} className="paragraph">
            <label htmlFor={ids.paragraph(s, p)}>{t('narrative.paragraph', { n: p + 1 })}</label>
            <textarea id={ids.paragraph(s, p)} value={paragraph.text} rows={rowsFor(paragraph.text)} maxLength={20000}
              onChange={(ev) => apply({ type: 'setParagraph', section: s, paragraph: p, value: ev.target.value })} />
            <div className="paragraph__tools">
              <button type="button" id={`${ids.paragraph(s, p)}-up`} className="button button--small" disabled={p === 0}
                onClick={() => move(p, -1, 'up')}>
                {t('narrative.up')}<span className="visually-hidden"> {which(p)}</span>
              </button>
              <button type="button" id={`${ids.paragraph(s, p)}-down`} className="button button--small" disabled={p === paragraphs.length - 1}
                onClick={() => move(p, 1, 'down')}>
                {t('narrative.down')}<span className="visually-hidden"> {which(p)}</span>
              </button>
              <button type="button" className="button button--small"
                onClick={() => { apply({ type: 'addParagraph', section: s, after: p }); focusSoon(ids.paragraph(s, p + 1)); }}>
                {t('narrative.insertAfter')}<span className="visually-hidden"> {which(p)}</span>
              </button>
              <button type="button" className="button button--small button--danger"
                onClick={() => { apply({ type: 'removeParagraph', section: s, paragraph: p }); focusSoon(`${paragraphUndoId}-button`); }}>
                {t('narrative.remove')}<span className="visually-hidden"> {which(p)}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      <UndoStatus id={paragraphUndoId} message={removedMessage}
        onUndo={removed && !undo?.restored ? () => { apply({ type: 'undo' }); focusSoon(ids.paragraph(s, Math.min(removed.index, paragraphs.length))); } : undefined}
        what={removed ? t('undo.paragraphWhat', { paragraph: removed.index + 1, project: projectNumber }) : undefined} />
      <div className="narrative-editor__foot">
        <button type="button" id={`${ids.narrative(s)}-add`} className="button button--small"
          onClick={() => { apply({ type: 'addParagraph', section: s }); focusSoon(ids.paragraph(s, paragraphs.length)); }}>
          {t('narrative.add')}<span className="visually-hidden"> {t('entry.toProject', { project: projectNumber })}</span>
        </button>
        <p className="word-count" id={`${ids.narrative(s)}-words`}>{t('narrative.words', { count: words })}</p>
      </div>
    </fieldset>
  );
}
