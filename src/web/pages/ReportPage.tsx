import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { isHandedIn, isLate } from '../../domain/lateness.js';
import { isEditable } from '../../domain/workflow.js';
import { reportsApi } from '../api/endpoints.js';
import { CommentList } from '../components/Comments.js';
import { Conversation } from '../components/Conversation.js';
import { ErrorAlert, Loading, Notice } from '../components/Messages.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatDate, formatDateTime } from '../lib/dates.js';
import { roundLabel } from '../lib/labels.js';
import { isRecord } from '../lib/guards.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { NotFoundPage } from './NotFoundPage.js';
import { ImportPanel } from './editor/ImportPanel.js';
import { ReportActions } from './report/ReportActions.js';
import { ReportContent } from './report/ReportContent.js';
import { previousBySection } from './report/PreviousRound.js';
import { RoundClosedNotice } from './report/RoundClosedNotice.js';

/** /rapporter/:id — a report read-only, with its workflow facts, comments, actions and downloads. */
export function ReportPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const loaded = useLoad(() => reportsApi.get(id), [id]);
  // The committee's previous round beside each project; the page stands without it.
  const previous = useLoad(() => reportsApi.previous(id), [id]);
  const location = useLocation();
  // A message handed over by the page that sent the user here (the editor after submitting).
  const handedOver: unknown = location.state;
  const [message, setMessage] = useState<string | null>(
    isRecord(handedOver) && typeof handedOver.message === 'string' ? handedOver.message : null,
  );
  const report = loaded.data;
  // After a workflow step the button that opened the dialog is gone; focus goes to what happened.
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => document.getElementById('report-message')?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [message]);
  usePageTitle(report ? `${report.committee} ${roundLabel(report.round, t)}` : t('report.title'));

  if (!Number.isInteger(id) || id <= 0 || loaded.error?.status === 404) return <NotFoundPage />;
  if (loaded.error) return <><h1>{t('report.title')}</h1><ErrorAlert>{loaded.error.message}</ErrorAlert></>;
  if (!report) return <Loading />;

  const reportComments = report.comments.filter((c) => c.sectionId === null && c.kind !== 'comment');
  const latestReason = [...reportComments].filter((c) => c.kind === 'return_reason')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return (
    <>
      <p className="breadcrumb"><Link to="/">{t('nav.reports')}</Link></p>
      <h1>
        {report.committee}{' '}
        <span className="h1-sub">{report.content.title} · {roundLabel(report.round, t)}</span>
      </h1>
      <div className="report-status">
        <StatusBadge state={report.state} />
        {message ? <div id="report-message" tabIndex={-1}><Notice tone="success">{message}</Notice></div> : null}
      </div>
      <RoundClosedNotice report={report} />
      {report.round && !isHandedIn(report.state) && isLate({ status: report.state, submittedAt: report.submittedAt }, report.round.deadline, new Date()) ? (
        <Notice tone="warning"><p>{t('report.late', { date: formatDate(report.round.deadline) })}</p></Notice>
      ) : null}
      {report.state === 'returned' && latestReason ? (
        <div className="alert alert--warning return-reason">
          <h2 className="alert__title">{t('report.returnedBecause')}</h2>
          <p className="comment__body">{latestReason.body}</p>
          <p className="muted">{t('comments.by', { name: latestReason.authorName, when: formatDateTime(latestReason.createdAt) })}</p>
        </div>
      ) : null}
      <dl className="facts">
        <div><dt>{t('report.round')}</dt><dd>{report.round ? `${t(`roundKind.${report.round.kind}`)} ${report.round.year}` : t('round.none')}</dd></div>
        <div><dt>{t('report.deadline')}</dt><dd>{report.round ? formatDate(report.round.deadline) : '–'}</dd></div>
        <div><dt>{t('report.period')}</dt><dd>{report.content.accrualPeriod.from} – {report.content.accrualPeriod.to}</dd></div>
        <div><dt>{t('report.submitted')}</dt><dd>{report.submittedAt ? t('report.byWhen', { name: report.submittedBy ?? '–', when: formatDateTime(report.submittedAt) }) : '–'}</dd></div>
        <div><dt>{t('report.approved')}</dt><dd>{report.approvedAt ? t('report.byWhen', { name: report.approvedBy ?? '–', when: formatDateTime(report.approvedAt) }) : '–'}</dd></div>
        <div><dt>{t('report.updated')}</dt><dd>{formatDateTime(report.updatedAt)}</dd></div>
      </dl>
      <ReportActions report={report} onChanged={(next, text) => { loaded.setData(next); setMessage(text); }} />
      <section className="downloads" aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t('report.downloads')}</h2>
        <ul className="link-list">
          <li><a href={reportsApi.documentUrl(report.id, 'pdf')} download>{t('report.downloadPdf')}</a></li>
          <li><a href={reportsApi.documentUrl(report.id, 'docx')} download>{t('report.downloadDocx')}</a></li>
          <li><a href={reportsApi.documentUrl(report.id, 'html')} target="_blank" rel="noopener">{t('report.viewHtml')}<span className="visually-hidden"> {t('common.newWindow')}</span></a></li>
        </ul>
      </section>
      {/* The reason shown in the banner above is not listed again. */}
      <CommentList comments={report.state === 'returned' && latestReason ? reportComments.filter((c) => c.id !== latestReason.id) : reportComments} />
      <ReportContent report={report} previous={previousBySection(previous.data)} />
      <Conversation report={report} onChanged={(next) => loaded.setData(next)} />
      {report.abilities.importFile && !report.abilities.edit && isEditable(report.state) ? (
        <ImportPanel reportId={report.id} prepare={async () => report.version}
          onImported={(result) => { loaded.setData(result.report); setMessage(null); }} />
      ) : null}
    </>
  );
}
