import { formatSek } from '../../../domain/money.js';
import type { Comment, ReportIndicator, Section } from '../../api/types.js';
import { CommentList } from '../../components/Comments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ids } from '../../lib/field-ids.js';
import { sectionTotalOre, type DraftSection } from './draft.js';
import type { EditorAction, UndoNotice } from './editor-state.js';
import { EntriesTable } from './EntriesTable.js';
import { IndicatorsTable } from './IndicatorsTable.js';
import { NarrativeEditor } from './NarrativeEditor.js';
import { PreviousRoundBox, previousRoundName, type PreviousSection } from '../report/PreviousRound.js';

interface Props {
  index: number;
  meta: Section;
  /** The section's indicators as the report states them (from content.projects[index]). */
  stated: readonly ReportIndicator[];
  section: DraftSection;
  year: number | null;
  comments: readonly Comment[];
  /** The project in the committee's previous round: undefined while it loads, null when there is none. */
  previous: PreviousSection | null | undefined;
  /** The editor's undo, when it belongs to this section. */
  undo: UndoNotice | null;
  apply: (action: EditorAction) => void;
}

/** One project in the editor: its reasons from review, grant and accrued so far, entries, narrative. */
export function SectionEditor({ index, meta, stated, section, year, comments, previous, undo, apply }: Props) {
  const { t } = useI18n();
  const copyable = previous?.narrative ? { narrative: previous.narrative, round: previousRoundName(previous, t) } : null;
  const thisReport = sectionTotalOre(section);
  const accrued = meta.accruedBeforeOre + thisReport;
  const over = meta.grantOre !== null && accrued > meta.grantOre ? accrued - meta.grantOre : 0;
  return (
    <section className="project project--edit" aria-labelledby={ids.section(index)}>
      <h2 id={ids.section(index)} tabIndex={-1}>{t('project.heading', { number: meta.number, name: meta.name })}</h2>
      <CommentList comments={comments} headingLevel={3} title={t('comments.forProject')} />
      <dl className="grant">
        <div>
          <dt>{year ? t('project.grantYear', { year }) : t('project.grant')}</dt>
          <dd>{meta.grantOre === null ? t('project.noGrant') : formatSek(meta.grantOre)}</dd>
        </div>
        <div>
          <dt>{t('project.accrued')}</dt>
          <dd>
            {formatSek(accrued)}{' '}
            <span className="muted">{t('project.accruedParts', { before: formatSek(meta.accruedBeforeOre), now: formatSek(thisReport) })}</span>
          </dd>
        </div>
      </dl>
      {over > 0 ? <p className="inline-warning">{t('project.overGrant', { amount: formatSek(over) })}</p> : null}
      {previous ? <PreviousRoundBox previous={previous} id={`${ids.section(index)}-previous`} headingLevel={3} /> : null}
      {previous === null ? <p className="muted">{t('previous.none')}</p> : null}
      <h3>{t('project.entries')}</h3>
      <EntriesTable sectionIndex={index} projectNumber={meta.number} entries={section.entries} undo={undo} apply={apply} />
      {(section.indicators ?? []).length > 0 ? (
        <>
          <h3>{t('project.indicators')}</h3>
          <IndicatorsTable sectionIndex={index} projectNumber={meta.number} year={year} stated={stated}
            indicators={section.indicators ?? []} apply={apply} />
        </>
      ) : null}
      <h3>{t('project.narrative')}</h3>
      <NarrativeEditor sectionIndex={index} projectNumber={meta.number} narrative={section.narrative} previous={copyable} undo={undo} apply={apply} />
    </section>
  );
}
