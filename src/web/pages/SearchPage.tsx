import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { roundsApi, searchApi, setupApi } from '../api/endpoints.js';
import { SelectField, TextField } from '../components/Field.js';
import { LoadState } from '../components/DataTable.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { Snippet } from './search/Snippet.js';

// The search lives in the address (/sok?q=bostad&omgang=2014-VB), so a search can be linked and the
// browser's back button returns to it.
const FILTERS = { committee: 'namnd', round: 'omgang', year: 'ar', programme: 'satsning' } as const;

/** `/sok`: full-text search over the reports the user may read, with filters and highlighted snippets. */
export function SearchPage() {
  const { t } = useI18n();
  usePageTitle(t('search.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const filter = {
    committee: params.get(FILTERS.committee) ?? '', round: params.get(FILTERS.round) ?? '',
    year: params.get(FILTERS.year) ?? '', programme: params.get(FILTERS.programme) ?? '',
  };
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped(q), [q]);

  const committees = useLoad(() => setupApi.committees(), []);
  const programmes = useLoad(() => setupApi.programmes(), []);
  const rounds = useLoad(() => roundsApi.list(), []);
  const results = useLoad(
    () => (q === '' ? Promise.resolve(null) : searchApi.search({ q, ...filter })),
    [q, filter.committee, filter.round, filter.year, filter.programme],
  );

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: key !== 'q' });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParam('q', typed.trim());
  };

  const roundList = rounds.data?.rounds ?? [];
  const years = [...new Set(roundList.map((r) => r.year))].sort((a, b) => b - a);
  const hits = results.data?.hits ?? [];
  const announcement = q === '' || results.loading || !results.data
    ? ''
    : hits.length === 0 ? t('search.none', { q }) : hits.length === 1 ? t('search.countOne', { q }) : t('search.count', { count: hits.length, q });

  return (
    <>
      <h1>{t('search.title')}</h1>
      <form className="search-form" role="search" aria-label={t('search.query')} onSubmit={submit}>
        <TextField id="search-q" type="search" label={t('search.query')} hint={t('search.hint')} value={typed} maxLength={200}
          onChange={setTyped} className="search-form__query" />
        <button type="submit" className="button">{t('search.button')}</button>
      </form>
      <form className="filters" aria-label={t('search.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField id="search-committee" label={t('search.committee')} value={filter.committee}
          options={[{ value: '', label: t('search.allCommittees') }, ...(committees.data?.committees ?? []).map((c) => ({ value: String(c.id), label: c.name }))]}
          onChange={(v) => setParam(FILTERS.committee, v)} />
        <SelectField id="search-round" label={t('search.round')} value={filter.round}
          options={[{ value: '', label: t('search.allRounds') }, ...roundList.map((r) => ({ value: r.code, label: `${t(`roundKind.${r.kind}`)} ${r.year}` }))]}
          onChange={(v) => setParam(FILTERS.round, v)} />
        <SelectField id="search-year" label={t('search.year')} value={filter.year}
          options={[{ value: '', label: t('search.allYears') }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
          onChange={(v) => setParam(FILTERS.year, v)} />
        <SelectField id="search-programme" label={t('search.programme')} value={filter.programme}
          options={[{ value: '', label: t('search.allProgrammes') }, ...(programmes.data?.programmes ?? []).map((p) => ({ value: String(p.id), label: p.name }))]}
          onChange={(v) => setParam(FILTERS.programme, v)} />
      </form>
      <p role="status" aria-live="polite" className="search-count">{announcement}</p>
      {q === '' ? <p>{t('search.start')}</p> : <LoadState load={results} isEmpty={false} />}
      {hits.length > 0 ? (
        <section aria-labelledby="search-results">
          <h2 id="search-results" className="visually-hidden">{t('search.results')}</h2>
          <ol className="search-hits">
            {hits.map((hit, i) => (
              <li key={`${hit.reportId}-${i}`} className="search-hit">
                <h3 className="search-hit__title">
                  <Link to={`/rapporter/${hit.reportId}`}>{hit.committee}: {hit.project}</Link>
                </h3>
                <p className="search-hit__meta">
                  {hit.round ?? t('round.none')} <StatusBadge state={hit.reportState} />
                </p>
                <Snippet hit={hit} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
