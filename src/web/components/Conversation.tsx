import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { reportsApi } from '../api/endpoints.js';
import type { Comment, Report } from '../api/types.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatDateTime } from '../lib/dates.js';
import { SelectField, TextAreaField } from './Field.js';

interface Props {
  report: Report;
  onChanged: (next: Report) => void;
}

/**
 * The conversation on a report between the committee and the central office: remarks on the whole
 * report or a project, each with its answers beneath it. Return and reopen reasons are shown where
 * they were (CommentList); these are the talk around them.
 */
export function Conversation({ report, onChanged }: Props) {
  const { t } = useI18n();
  const talk = report.comments.filter((c) => c.kind === 'comment');
  const threads = talk.filter((c) => c.parentId === null);
  const repliesTo = (id: number) => talk.filter((c) => c.parentId === id);
  const projectName = (sectionId: number | null) => {
    const index = report.sections.findIndex((s) => s.id === sectionId);
    const section = report.sections[index];
    return section ? t('project.heading', { number: section.number, name: section.name }) : t('conversation.wholeReportAbout');
  };
  if (talk.length === 0 && !report.abilities.comment) return null;
  return (
    <section className="conversation" aria-labelledby="conversation-heading">
      <h2 id="conversation-heading">{t('conversation.title')}</h2>
      {threads.length === 0 ? <p className="muted">{t('conversation.empty')}</p> : (
        <ol className="conversation__threads">
          {threads.map((c) => (
            <li key={c.id} className="conversation__thread">
              <Remark comment={c} about={projectName(c.sectionId)} />
              {repliesTo(c.id).length > 0 ? (
                <ol className="conversation__replies" aria-label={t('conversation.repliesTo', { name: c.authorName })}>
                  {repliesTo(c.id).map((r) => <li key={r.id}><Remark comment={r} /></li>)}
                </ol>
              ) : null}
              {report.abilities.comment ? <Reply report={report} parent={c} onChanged={onChanged} /> : null}
            </li>
          ))}
        </ol>
      )}
      {report.abilities.comment ? <NewRemark report={report} onChanged={onChanged} /> : null}
    </section>
  );
}

function Remark({ comment, about }: { comment: Comment; about?: string }) {
  const { t } = useI18n();
  return (
    <article className="remark">
      <p className="remark__meta">
        <strong>{comment.authorName}</strong> <span>{formatDateTime(comment.createdAt)}</span>
        {about ? <span className="remark__about">{t('conversation.about', { what: about })}</span> : null}
      </p>
      <p className="remark__body">{comment.body}</p>
    </article>
  );
}

/** Sends a remark; the answer is the report as it now stands. */
function useSend(report: Report, onChanged: (next: Report) => void) {
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (body: { body: string; sectionId?: number | null; parentId?: number | null }) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await reportsApi.comment(report.id, body));
      return true;
    } catch (thrown) {
      const field = thrown instanceof ApiError && typeof thrown.details.field === 'string' ? thrown.details.field : 'body';
      setError({ field, message: thrown instanceof Error ? thrown.message : String(thrown) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { send, error, busy };
}

function NewRemark({ report, onChanged }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [about, setAbout] = useState('');
  const [sent, setSent] = useState(false);
  const { send, error, busy } = useSend(report, onChanged);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await send({ body: text, sectionId: about === '' ? null : Number(about) })) {
      setText('');
      setSent(true);
    }
  };
  const options = [{ value: '', label: t('conversation.wholeReport') },
    ...report.sections.map((s) => ({ value: String(s.id), label: t('project.heading', { number: s.number, name: s.name }) }))];
  return (
    <form className="conversation__form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('conversation.new')}</h3>
      <SelectField id="remark-about" label={t('conversation.aboutLabel')} value={about} options={options}
        onChange={(v) => { setAbout(v); setSent(false); }} error={error?.field === 'sectionId' ? error.message : undefined} />
      <TextAreaField id="remark-body" label={t('conversation.text')} value={text} rows={3}
        onChange={(v) => { setText(v); setSent(false); }} error={error && error.field !== 'sectionId' ? error.message : undefined} />
      <p className="button-row"><button type="submit" className="button button--primary" disabled={busy}>{t('conversation.send')}</button></p>
      <p className="visually-hidden" aria-live="polite">{sent ? t('conversation.sent') : ''}</p>
    </form>
  );
}

function Reply({ report, parent, onChanged }: Props & { parent: Comment }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const { send, error, busy } = useSend(report, onChanged);
  const id = `reply-${parent.id}`;
  if (!open) {
    return <button type="button" className="button button--ghost button--small" onClick={() => setOpen(true)}>{t('conversation.reply')}<span className="visually-hidden"> {t('conversation.replyTo', { name: parent.authorName })}</span></button>;
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await send({ body: text, parentId: parent.id })) {
      setText('');
      setOpen(false);
    }
  };
  return (
    <form className="conversation__reply" onSubmit={(e) => void submit(e)} noValidate>
      <TextAreaField id={id} label={t('conversation.replyTo', { name: parent.authorName })} value={text} rows={2} onChange={setText}
        error={error?.message} autoFocus />
      <p className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>{t('conversation.sendReply')}</button>
        <button type="button" className="button" onClick={() => setOpen(false)}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}
