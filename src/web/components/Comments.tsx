import type { Comment } from '../api/types.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatDateTime } from '../lib/dates.js';

/** Comments and reasons (returned, reopened), newest first, each with who and when. */
export function CommentList({ comments, headingLevel = 2, title }: { comments: readonly Comment[]; headingLevel?: 2 | 3 | 4; title?: string }) {
  const { t } = useI18n();
  if (comments.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  const sorted = [...comments].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="comments" aria-label={title ?? t('comments.title')}>
      <Heading className="comments__title">{title ?? t('comments.title')}</Heading>
      <ul className="comments__list">
        {sorted.map((c) => (
          <li key={c.id} className={`comment comment--${c.kind}`}>
            <p className="comment__meta">
              <strong>{t(`comment.${c.kind}`)}</strong>{' '}
              <span>{t('comments.by', { name: c.authorName, when: formatDateTime(c.createdAt) })}</span>
            </p>
            <p className="comment__body">{c.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
