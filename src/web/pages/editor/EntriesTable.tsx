import { AmountInput } from '../../components/AmountInput.js';
import { TableWrap } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ids } from '../../lib/field-ids.js';
import type { DraftEntry } from './draft.js';
import type { EditorAction, UndoNotice } from './editor-state.js';
import { focusSoon } from './focus-field.js';
import { UndoStatus } from './UndoStatus.js';

interface Props {
  sectionIndex: number;
  projectNumber: number;
  entries: readonly DraftEntry[];
  /** The editor's undo, when it is a row of this section. */
  undo: UndoNotice | null;
  apply: (action: EditorAction) => void;
}

type CodeField = 'account' | 'ikb' | 'counterparty';
const CODE_FIELDS: readonly CodeField[] = ['account', 'ikb', 'counterparty'];

/**
 * The accrual rows of one project: every cell a labelled field; add and remove rows, and take a
 * removal back. On a narrow screen each row stacks its fields, each with its own visible label.
 */
export function EntriesTable({ sectionIndex: s, projectNumber, entries, undo, apply }: Props) {
  const { t } = useI18n();
  const where = (row: number) => t('entry.where', { project: projectNumber, row: row + 1 });
  // The column heading names a field on a wide screen; the label's first word does on a narrow one.
  // The rest is for screen readers: "IKB i projekt 1, rad 2" (the space keeps the words apart however
  // the two parts are laid out).
  const label = (name: string, row: number) => (
    <><span className="entry-label">{name}</span><span className="visually-hidden"> {t('entry.inRow', { project: projectNumber, row: row + 1 })}</span></>
  );
  const undoId = `${ids.entries(s)}-undo`;
  const add = () => {
    apply({ type: 'addEntry', section: s });
    focusSoon(ids.entryField(s, entries.length, 'amountOre'));
  };
  const remove = (row: number) => {
    apply({ type: 'removeEntry', section: s, entry: row });
    focusSoon(`${undoId}-button`);
  };
  const removed = undo?.undo.kind === 'entry' ? undo.undo : null;
  const restore = () => {
    if (!removed) return;
    apply({ type: 'undo' });
    focusSoon(ids.entryField(s, Math.min(removed.index, entries.length), 'account'));
  };
  const message = removed && undo
    ? t(undo.restored ? 'undo.entryRestored' : 'undo.entryRemoved', { row: removed.index + 1, project: projectNumber })
    : null;
  return (
    <div className="entries">
      {entries.length > 0 ? (
        <TableWrap label={t('project.entriesOf', { number: projectNumber })}>
          <table className="table table--edit">
            <caption className="visually-hidden">{t('project.entriesOf', { number: projectNumber })}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-code">{t('entry.account')}</th>
                <th scope="col" className="col-code">{t('entry.ikb')}</th>
                <th scope="col" className="col-code">{t('entry.counterparty')}</th>
                <th scope="col" className="col-amount">{t('entry.amount')}</th>
                <th scope="col">{t('entry.text')}</th>
                <th scope="col"><span className="visually-hidden">{t('entry.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {entries.map((row, e) => (
                <tr key={row.key}>
                  {CODE_FIELDS.map((field) => {
                    const id = ids.entryField(s, e, field);
                    return (
                      <td key={field} className="cell--code">
                        <label htmlFor={id}>{label(t(`entry.${field}`), e)}</label>
                        <input id={id} type="text" inputMode="numeric" maxLength={10} size={5} autoComplete="off"
                          value={row[field]} onChange={(ev) => apply({ type: 'setEntry', section: s, entry: e, field, value: ev.target.value })} />
                      </td>
                    );
                  })}
                  <td className="cell--amount">
                    <AmountInput id={ids.entryField(s, e, 'amountOre')} label={label(t('entry.amount'), e)}
                      value={row.amountText} onChange={(value) => apply({ type: 'setEntry', section: s, entry: e, field: 'amountText', value })} />
                  </td>
                  <td className="cell--text">
                    <label htmlFor={ids.entryField(s, e, 'text')}>{label(t('entry.text'), e)}</label>
                    <input id={ids.entryField(s, e, 'text')} type="text" maxLength={500} className="input--wide" autoComplete="off"
                      value={row.text} onChange={(ev) => apply({ type: 'setEntry', section: s, entry: e, field: 'text', value: ev.target.value })} />
                  </td>
                  <td className="cell--actions">
                    <button type="button" className="button button--small button--danger" onClick={() => remove(e)}>
                      {t('entry.remove')}<span className="visually-hidden"> {where(e)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : <p className="muted">{t('project.noEntries')}</p>}
      <UndoStatus id={undoId} message={message} onUndo={removed && !undo?.restored ? restore : undefined}
        what={removed ? t('undo.entryWhat', { row: removed.index + 1, project: projectNumber }) : undefined} />
      <button type="button" id={ids.entries(s)} className="button button--small" onClick={add}>
        {t('entry.add')}<span className="visually-hidden"> {t('entry.toProject', { project: projectNumber })}</span>
      </button>
    </div>
  );
}
