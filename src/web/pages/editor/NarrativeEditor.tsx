import { TextField } from '../../components/Field.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ids } from '../../lib/field-ids.js';
import { countNarrativeWords } from '../../lib/word-count.js';
import type { DraftNarrative } from './draft.js';
import type { EditorAction } from './editor-state.js';
import { focusSoon } from './focus-field.js';

interface Props {
  sectionIndex: number;
  projectNumber: number;
  narrative: DraftNarrative | null;
  apply: (action: EditorAction) => void;
}

// A textarea as tall as its text (within reason), so long paragraphs are read without scrolling inside.
function rowsFor(text: string): number {
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 90)), 0);
  return Math.min(20, Math.max(3, lines + 1));
}

/** The delredovisning of one project: a title and paragraphs to add, remove and reorder; a word count. */
export function NarrativeEditor({ sectionIndex: s, projectNumber, narrative, apply }: Props) {
  const { t } = useI18n();
  if (narrative === null) {
    return (
      <div className="narrative-editor">
        <p className="muted">{t('project.noNarrative')}</p>
        <button type="button" id={ids.narrative(s)} className="button button--small"
          onClick={() => { apply({ type: 'startNarrative', section: s }); focusSoon(ids.narrativeTitle(s)); }}>
          {t('narrative.start')}<span className="visually-hidden"> {t('entry.toProject', { project: projectNumber })}</span>
        </button>
      </div>
    );
  }
  const { paragraphs } = narrative;
  const words = countNarrativeWords(paragraphs.map((p) => p.text));
  const which = (p: number) => t('narrative.which', { paragraph: p + 1, project: projectNumber });
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
                onClick={() => { apply({ type: 'removeParagraph', section: s, paragraph: p }); focusSoon(`${ids.narrative(s)}-add`); }}>
                {t('narrative.remove')}<span className="visually-hidden"> {which(p)}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
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
