import type { CheckIssue } from '../../api/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { fieldIdCandidates } from '../../lib/field-ids.js';
import { focusPath } from './focus-field.js';

/** Where the review stands. */
export type Review =
  | { kind: 'none' }
  | { kind: 'busy' }
  | { kind: 'blocked'; message: string }
  | { kind: 'done'; issues: CheckIssue[]; submittable: boolean; local: boolean };

interface Props {
  review: Review;
  canSubmit: boolean;
  submitting: boolean;
  submitError: string | null;
  onReview: () => void;
  onSubmit: () => void;
}

function IssueList({ issues, title }: { issues: readonly CheckIssue[]; title: string }) {
  if (issues.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="issues">
        {issues.map((issue, i) => (
          <li key={i} className={`issue issue--${issue.severity}`}>
            <a href={`#${fieldIdCandidates(issue.path)[0] ?? ''}`}
              onClick={(event) => { if (focusPath(issue.path)) event.preventDefault(); }}>
              {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

/** "Granska och skicka in": the check's errors (which block) and warnings, each leading to its field. */
export function CheckPanel({ review, canSubmit, submitting, submitError, onReview, onSubmit }: Props) {
  const { t } = useI18n();
  const errors = review.kind === 'done' ? review.issues.filter((i) => i.severity === 'error') : [];
  const warnings = review.kind === 'done' ? review.issues.filter((i) => i.severity === 'warning') : [];
  return (
    <section className="check-panel" id="check" aria-labelledby="check-heading">
      <h2 id="check-heading" tabIndex={-1}>{t('check.title')}</h2>
      <p>{t('check.intro')}</p>
      <button type="button" id="review-button" className="button" onClick={onReview} disabled={review.kind === 'busy'}>
        {t('check.run')}
      </button>
      <div role="status" className="check-panel__result">
        {review.kind === 'busy' ? <p>{t('check.busy')}</p> : null}
        {review.kind === 'blocked' ? <p className="field__error">{review.message}</p> : null}
        {review.kind === 'done' ? (
          <p className={errors.length > 0 ? 'field__error' : 'check-ok'}>
            {errors.length > 0
              ? t(review.local ? 'check.localErrors' : 'check.errors', { errors: errors.length, warnings: warnings.length })
              : warnings.length > 0 ? t('check.onlyWarnings', { warnings: warnings.length }) : t('check.clean')}
          </p>
        ) : null}
      </div>
      <IssueList issues={errors} title={t('check.errorHeading')} />
      <IssueList issues={warnings} title={t('check.warningHeading')} />
      {review.kind === 'done' && review.submittable && errors.length === 0 ? (
        canSubmit ? (
          <div className="submit-box">
            {submitError ? <p className="field__error" role="alert">{submitError}</p> : null}
            <button type="button" id="submit-button" className="button button--primary" onClick={onSubmit} disabled={submitting}>
              {t('submit.confirm')}
            </button>
          </div>
        ) : <p>{t('check.askApprover')}</p>
      ) : null}
    </section>
  );
}
