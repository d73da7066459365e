import { notificationsApi } from '../../api/endpoints.js';
import { DataTable, LoadState } from '../../components/DataTable.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatDateTime } from '../../lib/dates.js';
import { useLoad, usePageTitle } from '../../lib/use-load.js';

/** /utkorg — the outbox (admin): every e-mail, its state, attempts and last error. */
export function OutboxPage() {
  const { t } = useI18n();
  usePageTitle(t('outbox.title'));
  const outbox = useLoad(() => notificationsApi.outbox(), []);
  const messages = outbox.data?.messages ?? [];
  return (
    <>
      <h1>{t('outbox.title')}</h1>
      <p>{t('outbox.lead')}</p>
      {outbox.data ? <p>{t('outbox.counts', outbox.data.counts)}</p> : null}
      <LoadState load={outbox} isEmpty={messages.length === 0} empty={t('outbox.empty')} />
      {messages.length > 0 ? (
        <DataTable label={t('outbox.title')}
          columns={[{ label: t('outbox.recipient') }, { label: t('outbox.subject') }, { label: t('outbox.state') }, { label: t('outbox.attempts') },
            { label: t('outbox.error') }, { label: t('outbox.created') }, { label: t('outbox.next') }]}>
          {messages.map((m) => (
            <tr key={m.id}>
              <td>{m.recipient}</td>
              <th scope="row">{m.subject}</th>
              <td>{m.stateName}</td>
              <td className="number">{m.attempts}</td>
              <td>{m.lastError ?? '–'}</td>
              <td className="nowrap">{formatDateTime(m.createdAt)}</td>
              <td className="nowrap">{m.state === 'sent' ? formatDateTime(m.sentAt) : formatDateTime(m.nextAttemptAt)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}
