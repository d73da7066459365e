import { useState } from 'react';
import { Link } from 'react-router';
import { reportsApi } from '../../api/endpoints.js';
import type { Report } from '../../api/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { TransitionDialog } from './TransitionDialog.js';

type Open = 'submit' | 'return' | 'approve' | 'reopen' | null;

/** The buttons the report's abilities allow, each workflow step behind a confirming dialog. */
export function ReportActions({ report, onChanged }: { report: Report; onChanged: (report: Report, message: string) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Open>(null);
  const a = report.abilities;
  const close = () => setOpen(null);
  const base = `/rapporter/${report.id}`;
  return (
    <div className="actions" role="group" aria-label={t('report.actions')}>
      {a.edit ? <Link className="button button--primary" to={`${base}/redigera`}>{t('action.edit')}</Link> : null}
      {a.submit ? <button type="button" className="button button--primary" onClick={() => setOpen('submit')}>{t('action.submit')}</button> : null}
      {a.approve ? <button type="button" className="button button--primary" onClick={() => setOpen('approve')}>{t('action.approve')}</button> : null}
      {a.return ? <button type="button" className="button" onClick={() => setOpen('return')}>{t('action.return')}</button> : null}
      {a.reopen ? <button type="button" className="button" onClick={() => setOpen('reopen')}>{t('action.reopen')}</button> : null}
      {a.viewHistory ? <Link className="button" to={`${base}/historik`}>{t('action.history')}</Link> : null}

      <TransitionDialog open={open === 'submit'} id="submit-dialog" reportId={report.id} onClose={close}
        title={t('submit.title')} intro={t('submit.intro')} confirmLabel={t('submit.confirm')}
        onConfirm={async () => onChanged(await reportsApi.submit(report.id, report.version), t('submit.done'))} />
      <TransitionDialog open={open === 'approve'} id="approve-dialog" reportId={report.id} onClose={close}
        title={t('approve.title')} intro={t('approve.intro')} confirmLabel={t('approve.confirm')}
        onConfirm={async () => onChanged(await reportsApi.approve(report.id, report.version), t('approve.done'))} />
      <TransitionDialog open={open === 'return'} id="return-dialog" reportId={report.id} onClose={close} needsReason
        sections={report.sections} title={t('return.title')} intro={t('return.intro')} confirmLabel={t('return.confirm')}
        onConfirm={async ({ reason, sectionReasons }) => onChanged(
          await reportsApi.return(report.id, { version: report.version, reason, ...(sectionReasons.length > 0 ? { sectionReasons } : {}) }),
          t('return.done'),
        )} />
      <TransitionDialog open={open === 'reopen'} id="reopen-dialog" reportId={report.id} onClose={close} needsReason
        title={t('reopen.title')} intro={t('reopen.intro')} confirmLabel={t('reopen.confirm')}
        onConfirm={async ({ reason }) => onChanged(await reportsApi.reopen(report.id, report.version, reason), t('reopen.done'))} />
    </div>
  );
}
