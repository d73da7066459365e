import { Link, useParams } from 'react-router';
import { reportsApi } from '../api/endpoints.js';
import { ErrorAlert, Loading } from '../components/Messages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { Editor } from './editor/Editor.js';
import { NotFoundPage } from './NotFoundPage.js';
import { RoundClosedNotice } from './report/RoundClosedNotice.js';

/** /rapporter/:id/redigera — loads the report and opens the editor when the user may edit it (never in a closed round). */
export function EditorPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const loaded = useLoad(() => reportsApi.get(id), [id]);
  usePageTitle(loaded.data ? `${t('editor.title')}: ${loaded.data.committee}` : t('editor.title'));
  if (!Number.isInteger(id) || id <= 0 || loaded.error?.status === 404) return <NotFoundPage />;
  if (loaded.error) return <><h1>{t('editor.title')}</h1><ErrorAlert>{loaded.error.message}</ErrorAlert></>;
  if (!loaded.data) return <Loading />;
  // A closed round freezes its reports whatever their state: say that, not "a draft cannot be changed".
  if (loaded.data.round?.state === 'closed') {
    return (
      <>
        <h1>{t('editor.title')}</h1>
        <RoundClosedNotice report={loaded.data} />
        <p><Link to={`/rapporter/${id}`}>{t('editor.view')}</Link></p>
      </>
    );
  }
  if (!loaded.data.abilities.edit) {
    return (
      <>
        <h1>{t('editor.title')}</h1>
        <p>{t('editor.notEditable', { state: t(`state.${loaded.data.state}`) })}</p>
        <p><Link to={`/rapporter/${id}`}>{t('editor.view')}</Link></p>
      </>
    );
  }
  // A new key per report: the editor's state belongs to one report.
  return <Editor key={loaded.data.id} initial={loaded.data} />;
}
