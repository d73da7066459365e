import { formatIndicatorValue } from '../../../domain/indicator-value.js';
import { formatSek } from '../../../domain/money.js';
import type { Report } from '../../api/types.js';
import { CommentList } from '../../components/Comments.js';
import { EntryCodeCells, EntryCodeHeads } from '../../components/EntryCells.js';
import { TableWrap } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { periodLabel } from '../../lib/labels.js';
import { PreviousRoundBox, type PreviousSection } from './PreviousRound.js';

/**
 * The report's content, read-only: the period, then per project its entries and narrative, and
 * beside them what the committee's previous round said (`previous`, by section id, when loaded).
 */
export function ReportContent({ report, previous }: { report: Report; previous?: ReadonlyMap<number, PreviousSection | null> }) {
  const { t } = useI18n();
  const { content } = report;
  return (
    <section className="report-content" aria-labelledby="content-heading">
      <h2 id="content-heading">{t('report.content')}</h2>
      <p><strong>{t('report.period')}:</strong> {periodLabel(content.accrualPeriod)}</p>
      {content.projects.map((project, i) => {
        const section = report.sections[i];
        const sectionComments = report.comments.filter((c) => section && c.sectionId === section.id && c.kind !== 'comment');
        const total = project.entries.reduce((sum, e) => sum + e.amountOre, 0);
        const before = section ? previous?.get(section.id) : undefined;
        return (
          <section key={section?.id ?? i} className="project" aria-labelledby={`project-${i}`}>
            <h3 id={`project-${i}`}>{t('project.heading', { number: project.number, name: project.name })}</h3>
            <CommentList comments={sectionComments} headingLevel={4} title={t('comments.forProject')} />
            {section && section.grantOre !== null ? (
              <p className="project__grant">
                {t('project.grant')}: {formatSek(section.grantOre)} · {t('project.accrued')}: {formatSek(section.accruedBeforeOre + total)}
              </p>
            ) : null}
            {project.entries.length === 0 ? <p className="muted">{t('project.noEntries')}</p> : (
              <TableWrap label={t('project.entriesOf', { number: project.number })}>
                <table className="table table--entries">
                  <caption className="visually-hidden">{t('project.entriesOf', { number: project.number })}</caption>
                  <thead>
                    <tr>
                      <EntryCodeHeads />
                      <th scope="col">{t('entry.text')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {project.entries.map((e, j) => (
                      <tr key={j}>
                        <EntryCodeCells entry={e} />
                        <td>{e.text}</td>
                      </tr>
                    ))}
                  </tbody>
                  {project.entries.length > 1 ? (
                    <tfoot>
                      <tr>
                        <th scope="row" colSpan={3}>{t('project.total')}</th>
                        <td className="num nowrap">{formatSek(total)}</td>
                        <td />
                      </tr>
                    </tfoot>
                  ) : null}
                </table>
              </TableWrap>
            )}
            {project.indicators && project.indicators.length > 0 ? (
              <TableWrap label={t('project.indicatorsOf', { number: project.number })}>
                <table className="table table--indicators">
                  <caption className="visually-hidden">{t('project.indicatorsOf', { number: project.number })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('indicator.name')}</th>
                      <th scope="col">{t('indicator.unit')}</th>
                      <th scope="col" className="num">{t('indicator.baseline')}</th>
                      <th scope="col" className="num">{report.round ? t('indicator.target', { year: report.round.year }) : t('indicator.targetNoYear')}</th>
                      <th scope="col" className="num">{t('indicator.outcome')}</th>
                      <th scope="col">{t('indicator.comment')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {project.indicators.map((x) => (
                      <tr key={x.name}>
                        <th scope="row">{x.name}</th>
                        <td>{x.unit}</td>
                        {[x.baseline, x.target, x.outcome].map((v, k) => (
                          <td key={k} className="num nowrap">{v === undefined ? t('indicator.none') : formatIndicatorValue(v)}</td>
                        ))}
                        <td>{x.comment ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            ) : null}
            {project.narrative && (project.narrative.title || project.narrative.paragraphs.length > 0) ? (
              <div className="narrative">
                <h4>{t('project.narrative')}{project.narrative.title ? `: ${project.narrative.title}` : ''}</h4>
                {project.narrative.paragraphs.map((p, k) => <p key={k}>{p}</p>)}
              </div>
            ) : <p className="muted">{t('project.noNarrative')}</p>}
            {before ? <PreviousRoundBox previous={before} id={`project-${i}-previous`} headingLevel={4} /> : null}
          </section>
        );
      })}
    </section>
  );
}
