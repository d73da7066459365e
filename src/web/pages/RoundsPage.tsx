import { useState } from 'react';
import { Link } from 'react-router';
import { roundsApi } from '../api/endpoints.js';
import type { Round } from '../api/types.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { DataTable, LoadState } from '../components/DataTable.js';
import { Notice } from '../components/Messages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatDate } from '../lib/dates.js';
import { useSorting, type SortKey } from '../lib/sorting.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { useSession } from '../session/SessionProvider.js';
import { CreateRoundForm } from './rounds/CreateRoundForm.js';

type Pending = { round: Round; step: 'open' | 'close' } | null;

const SORT_KEYS: readonly SortKey<Round>[] = [(r) => `${r.year}-${r.kind === 'VB' ? 'T3' : r.kind}`, (r) => r.periodFrom, (r) => r.deadline, (r) => r.state, null];

/** /omgangar — the reporting rounds; controllers and admins create, open and close them. */
export function RoundsPage() {
  const { t } = useI18n();
  usePageTitle(t('rounds.title'));
  const { abilities } = useSession();
  const rounds = useLoad(() => roundsApi.list(), []);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<string | null>(null);
  const list = [...(rounds.data?.rounds ?? [])].sort((a, b) => b.year - a.year || b.kind.localeCompare(a.kind));
  const sorting = useSorting(list, SORT_KEYS);
  const name = (r: Round) => `${t(`roundKind.${r.kind}`)} ${r.year}`;

  return (
    <>
      <h1>{t('rounds.title')}</h1>
      {message ? <Notice tone="success">{message}</Notice> : null}
      <LoadState load={rounds} isEmpty={list.length === 0} empty={t('rounds.empty')} />
      {list.length > 0 ? (
        <DataTable sorting={sorting} label={t('rounds.title')}
          columns={[{ label: t('rounds.round') }, { label: t('rounds.period') }, { label: t('rounds.deadline') }, { label: t('rounds.state') }, 'actions']}>
          {sorting.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                {abilities.viewRoundOverview ? <Link to={`/omgangar/${r.id}`}>{name(r)}</Link> : name(r)}
              </th>
              <td className="nowrap">{r.periodFrom} – {r.periodTo}</td>
              <td className="nowrap">{formatDate(r.deadline)}</td>
              <td><span className={`badge badge--round-${r.state}`}>{t(`roundState.${r.state}`)}</span></td>
              <td className="actions-cell">
                {abilities.viewRoundOverview ? (
                  <Link className="button button--small" to={`/omgangar/${r.id}`}>
                    {t('rounds.overview')}<span className="visually-hidden"> {name(r)}</span>
                  </Link>
                ) : null}
                <Link className="button button--small" to={`/ekonomi/${r.code}`}>
                  {t('nav.finance')}<span className="visually-hidden"> {name(r)}</span>
                </Link>
                {abilities.manageSetup && r.state === 'planned' ? (
                  <button type="button" className="button button--small button--primary" onClick={() => setPending({ round: r, step: 'open' })}>
                    {t('rounds.open')}<span className="visually-hidden"> {name(r)}</span>
                  </button>
                ) : null}
                {/* A closed round freezes its reports; opening it again lets late changes in. */}
                {abilities.manageSetup && r.state === 'closed' ? (
                  <button type="button" className="button button--small" onClick={() => setPending({ round: r, step: 'open' })}>
                    {t('rounds.reopen')}<span className="visually-hidden"> {name(r)}</span>
                  </button>
                ) : null}
                {abilities.manageSetup && r.state === 'open' ? (
                  <button type="button" className="button button--small" onClick={() => setPending({ round: r, step: 'close' })}>
                    {t('rounds.close')}<span className="visually-hidden"> {name(r)}</span>
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {abilities.manageSetup ? (
        <CreateRoundForm onCreated={(round) => { setMessage(t('rounds.created', { name: name(round) })); rounds.reload(); }} />
      ) : null}
      <ConfirmDialog open={pending?.step === 'open'} id="open-round-dialog" onClose={() => setPending(null)}
        title={pending ? t('rounds.openTitle', { name: name(pending.round) }) : ''}
        text={t(pending?.round.state === 'closed' ? 'rounds.reopenText' : 'rounds.openText')}
        confirmLabel={t('rounds.openConfirm')}
        onConfirm={async () => {
          if (!pending) return;
          await roundsApi.open(pending.round.id);
          setMessage(t('rounds.opened', { name: name(pending.round) }));
          rounds.reload();
        }} />
      <ConfirmDialog open={pending?.step === 'close'} id="close-round-dialog" onClose={() => setPending(null)}
        title={pending ? t('rounds.closeTitle', { name: name(pending.round) }) : ''} text={t('rounds.closeText')}
        confirmLabel={t('rounds.closeConfirm')}
        onConfirm={async () => {
          if (!pending) return;
          await roundsApi.close(pending.round.id);
          setMessage(t('rounds.closed', { name: name(pending.round) }));
          rounds.reload();
        }} />
    </>
  );
}
