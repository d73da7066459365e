import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider.js';

/** The search box in the header of every signed-in page: it opens /sok with the words typed. */
export function HeaderSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = q.trim();
    navigate(words ? `/sok?q=${encodeURIComponent(words)}` : '/sok');
    setQ('');
  };
  return (
    <form className="header-search" role="search" aria-label={t('search.label')} onSubmit={submit}>
      <label htmlFor="header-search" className="visually-hidden">{t('search.field')}</label>
      <input id="header-search" type="search" name="q" value={q} maxLength={200} autoComplete="off"
        onChange={(e) => setQ(e.target.value)} />
      <button type="submit" className="button button--small">{t('search.button')}</button>
    </form>
  );
}
