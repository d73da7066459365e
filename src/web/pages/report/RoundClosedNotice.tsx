import { Link } from 'react-router';
import type { Report } from '../../api/types.js';
import { Notice } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useSession } from '../../session/SessionProvider.js';

/**
 * Says plainly that the report's round is closed and what that means for the user: the committee
 * asks the central office to open it again; the central office may still approve what was submitted,
 * and opens the round again to let changes in. Nothing when the round is not closed.
 */
export function RoundClosedNotice({ report }: { report: Report }) {
  const { t } = useI18n();
  const session = useSession();
  const round = report.round;
  if (round?.state !== 'closed') return null;
  const name = `${t(`roundKind.${round.kind}`)} ${round.year}`;
  return (
    <Notice tone="warning">
      <p className="alert__title">{t('roundClosed.title', { round: name })}</p>
      {session.user.committeeId !== null ? <p>{t('roundClosed.committee')}</p> : null}
      {session.abilities.reviewReports ? <p>{t('roundClosed.review')}</p> : null}
      {session.user.committeeId === null && !session.abilities.reviewReports ? <p>{t('roundClosed.other')}</p> : null}
      {session.abilities.manageSetup ? <p><Link to="/omgangar">{t('roundClosed.toRounds')}</Link></p> : null}
    </Notice>
  );
}
