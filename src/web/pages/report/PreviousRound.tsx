import { Link } from 'react-router';
import { formatSek } from '../../../domain/money.js';
import type { PreviousRound } from '../../api/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { Translate } from '../../i18n/translate.js';

/** One project's part of the committee's report in an earlier round, as GET /api/reports/:id/previous gives it. */
export type PreviousSection = NonNullable<PreviousRound['sections'][number]['previous']>;

/** "Tertialrapport 1 2014": the round a previous report belongs to. */
export function previousRoundName(previous: PreviousSection, t: Translate): string {
  return `${t(`roundKind.${previous.round.kind}`)} ${previous.round.year}`;
}

/** Each section's previous report by section id, from the answer (empty while it loads or if it failed). */
export function previousBySection(answer: PreviousRound | null): ReadonlyMap<number, PreviousSection | null> {
  return new Map((answer?.sections ?? []).map((s) => [s.sectionId, s.previous]));
}

/**
 * "Last round beside this one": which round's report it is and whether it was approved, what it
 * accrued in how many rows, its narrative (folded, to open), and a link to the report.
 */
export function PreviousRoundBox({ previous, id, headingLevel }: { previous: PreviousSection; id: string; headingLevel: 3 | 4 }) {
  const { t } = useI18n();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const round = previousRoundName(previous, t);
  const { narrative } = previous;
  return (
    // Not a landmark: every project has one, and they would all bear the same name.
    <div className="previous-round">
      <Heading id={id} className="previous-round__heading">{t('previous.heading', { round })}</Heading>
      <p className="previous-round__state">
        {previous.state === 'approved' ? t('previous.approved') : t('previous.notApproved', { state: t(`state.${previous.state}`) })}
      </p>
      <dl className="grant">
        <div><dt>{t('previous.accrued')}</dt><dd>{formatSek(previous.totalOre)}</dd></div>
        <div><dt>{t('previous.entries')}</dt><dd>{previous.entryCount}</dd></div>
      </dl>
      {narrative ? (
        <details className="previous-round__narrative">
          <summary>{t('previous.narrative')}</summary>
          {narrative.title ? <p className="previous-round__title">{narrative.title}</p> : null}
          {narrative.paragraphs.map((p, i) => <p key={i}>{p}</p>)}
        </details>
      ) : <p className="muted">{t('previous.noNarrative')}</p>}
      <p><Link to={`/rapporter/${previous.reportId}`}>{t('previous.open', { round })}</Link></p>
    </div>
  );
}
