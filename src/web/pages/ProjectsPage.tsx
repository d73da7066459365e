import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatSek } from '../../domain/money.js';
import { setupApi } from '../api/endpoints.js';
import type { Project } from '../api/types.js';
import { Dialog } from '../components/Dialog.js';
import { SelectField } from '../components/Field.js';
import { DataTable, EditButton, LoadState } from '../components/DataTable.js';
import { Loading, Notice } from '../components/Messages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useSorting, type SortKey } from '../lib/sorting.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { IndicatorsPanel } from './setup/IndicatorsPanel.js';
import { ProjectForm } from './setup/ProjectForm.js';
import { projectYearOptions, runningIn } from './setup/project-years.js';

const SORT_KEYS: readonly SortKey<Project>[] = [(p) => p.committeeName, (p) => p.number, (p) => p.projectCode, (p) => p.name, (p) => p.programmeName, (p) => p.activeFromYear, null, null];

/** /installningar/projekt — projects with their grants per year: filter, create, edit. */
export function ProjectsPage() {
  const { t } = useI18n();
  usePageTitle(t('projects.title'));
  const [params, setParams] = useSearchParams();
  const committeeId = params.get('namnd') ?? '';
  const year = params.get('ar') ?? '';
  // The year is filtered here, not by the server: the year filter offers the years of all the projects shown.
  const projects = useLoad(() => setupApi.projects({ committeeId: committeeId ? Number(committeeId) : undefined }), [committeeId]);
  const committees = useLoad(() => setupApi.committees(), []);
  const programmes = useLoad(() => setupApi.programmes(), []);
  const [editing, setEditing] = useState<Project | null>(null);
  const [measuring, setMeasuring] = useState<Project | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const all = projects.data?.projects ?? [];
  const list = runningIn(all, /^\d{4}$/.test(year) ? Number(year) : null);
  const sorting = useSorting(list, SORT_KEYS);
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const years = projectYearOptions(all, new Date().getFullYear()).map(String);
  // A year in the address that no project runs stays selectable, so the filter shows what the list is.
  if (/^\d{4}$/.test(year) && !years.includes(year)) years.push(year);

  return (
    <>
      <h1>{t('projects.title')}</h1>
      {message ? <Notice tone="success">{message}</Notice> : null}
      <form className="filters" role="search" aria-label={t('projects.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField id="filter-committee" label={t('projects.committee')} value={committeeId} onChange={(v) => setFilter('namnd', v)}
          options={[{ value: '', label: t('projects.allCommittees') }, ...(committees.data?.committees ?? []).map((c) => ({ value: String(c.id), label: c.name }))]} />
        <SelectField id="filter-year" label={t('projects.year')} value={year} onChange={(v) => setFilter('ar', v)}
          options={[{ value: '', label: t('projects.allYears') }, ...years.map((y) => ({ value: y, label: y }))]} />
      </form>
      <LoadState load={projects} isEmpty={list.length === 0} empty={t('projects.empty')} />
      {list.length > 0 ? (
        <DataTable sorting={sorting} label={t('projects.title')}
          columns={[{ label: t('projects.committee') }, { label: t('projects.number'), className: 'num' }, { label: t('projects.code') }, { label: t('projects.name') },
            { label: t('projects.programme') }, { label: t('projects.years') }, { label: t('projects.grants') }, 'actions']}>
          {sorting.rows.map((p) => (
            <tr key={p.id}>
              <td>{p.committeeName}</td>
              <td className="num">{p.number}</td>
              <td className="nowrap">{p.projectCode}</td>
              <th scope="row">{p.name}</th>
              <td>{p.programmeName}</td>
              <td className="nowrap">{p.activeFromYear}–{p.activeToYear ?? ''}</td>
              <td>
                <ul className="plain-list">
                  {[...p.grants].sort((a, b) => a.year - b.year).map((g) => <li key={g.year} className="nowrap">{g.year}: {formatSek(g.grantOre)}</li>)}
                </ul>
              </td>
              <td className="nowrap">
                <EditButton name={p.name} onClick={() => setEditing(p)} />{' '}
                <button type="button" className="button button--small" onClick={() => setMeasuring(p)}>
                  {t('indicators.manage')}<span className="visually-hidden"> {p.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <section className="panel" aria-labelledby="create-project-heading">
        <h2 id="create-project-heading">{t('projects.create')}</h2>
        {committees.data && programmes.data ? (
          <ProjectForm prefix="project-" committees={committees.data.committees} programmes={programmes.data.programmes}
            submitLabel={t('projects.createButton')} onSubmit={async (input) => {
              const created = await setupApi.createProject(input);
              setMessage(t('setup.created', { name: created.name }));
              projects.reload();
            }} />
        ) : <Loading />}
      </section>
      <Dialog open={editing !== null} id="edit-project-dialog" title={t('projects.edit', { name: editing?.name ?? '' })}
        onClose={() => setEditing(null)}>
        {editing && committees.data && programmes.data ? (
          <ProjectForm key={editing.id} project={editing} prefix="edit-project-" committees={committees.data.committees} programmes={programmes.data.programmes}
            submitLabel={t('common.save')} onCancel={() => setEditing(null)} onSubmit={async ({ committeeId: _c, grants, ...patch }) => {
              // The years first: a grant for a year the project now runs is accepted only after.
              let saved = await setupApi.updateProject(editing.id, patch);
              for (const grant of grants ?? []) saved = await setupApi.setGrant(editing.id, grant.year, grant.grantOre);
              setMessage(t('setup.saved', { name: saved.name }));
              setEditing(null);
              projects.reload();
            }} />
        ) : null}
      </Dialog>
      <Dialog open={measuring !== null} id="project-indicators-dialog" title={t('indicators.title', { name: measuring?.name ?? '' })}
        onClose={() => setMeasuring(null)}>
        {measuring ? <IndicatorsPanel key={measuring.id} project={measuring} /> : null}
      </Dialog>
    </>
  );
}
