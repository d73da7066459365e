import type { FieldChange } from '../api/types.js';
import { elideUnchanged, wordDiff } from '../../domain/word-diff.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatValue } from '../lib/values.js';

/**
 * Changed fields as people read them: a text with its removed and added words marked in place (the
 * rest of a long paragraph shortened around them), other values before → after. Marks are <del>
 * and <ins> with a visually hidden "borttaget:"/"tillagt:" for screen readers and a line through or
 * under the words, never colour alone.
 */
export function ChangeList({ changes, id }: { changes: readonly FieldChange[]; id?: string }) {
  return (
    <ul className="changes" id={id}>
      {changes.map((change) => (
        <li key={change.path}>
          <span className="changes__label">{change.label}:</span> <ChangeValue change={change} />
        </li>
      ))}
    </ul>
  );
}

function ChangeValue({ change }: { change: FieldChange }) {
  const { t } = useI18n();
  const { before, after, path } = change;
  const empty = t('common.empty');
  // Texts of words get their words marked; a code, a date or a state reads better as before → after.
  if (typeof before === 'string' && typeof after === 'string' && before !== '' && after !== '' && /\s/u.test(before + after)) {
    return (
      <span className="diff">
        {elideUnchanged(wordDiff(before, after)).map((part, i) => {
          if (part.kind === 'gap') return <span key={i} className="diff__gap"><span aria-hidden="true">…</span><span className="visually-hidden">{t('history.gap')}</span></span>;
          if (part.kind === 'removed') return <del key={i}><span className="visually-hidden">{t('history.removed')} </span>{part.text}</del>;
          if (part.kind === 'added') return <ins key={i}><span className="visually-hidden">{t('history.added')} </span>{part.text}</ins>;
          return <span key={i}>{part.text}</span>;
        })}
      </span>
    );
  }
  const hasBefore = before !== null && before !== undefined && before !== '';
  const hasAfter = after !== null && after !== undefined && after !== '';
  if (!hasBefore || !hasAfter) {
    // Something new, or something gone: the one side there is.
    return hasAfter
      ? <ins className="diff"><span className="visually-hidden">{t('history.added')} </span>{formatValue(after, path, empty)}</ins>
      : <del className="diff"><span className="visually-hidden">{t('history.removed')} </span>{formatValue(before, path, empty)}</del>;
  }
  return (
    <span className="diff">
      <span className="visually-hidden">{t('history.before')} </span>
      <del>{formatValue(before, path, empty)}</del>
      {' → '}
      <span className="visually-hidden">{t('history.after')} </span>
      <ins>{formatValue(after, path, empty)}</ins>
    </span>
  );
}
