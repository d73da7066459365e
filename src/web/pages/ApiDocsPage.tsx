import { openApi } from '../api/endpoints.js';
import { ErrorAlert, Loading, TableWrap } from '../components/Messages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { readOpenApi, type ApiField, type ApiOperation } from '../lib/openapi.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';

const LOCATIONS = ['path', 'query', 'header', 'cookie', 'body'] as const;
type Location = (typeof LOCATIONS)[number];
const isLocation = (value: string): value is Location => (LOCATIONS as readonly string[]).includes(value);

function Fields({ fields, caption }: { fields: readonly ApiField[]; caption: string }) {
  const { t } = useI18n();
  return (
    <TableWrap label={caption}>
      <table className="table table--api">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('api.field')}</th>
            <th scope="col">{t('api.in')}</th>
            <th scope="col">{t('api.type')}</th>
            <th scope="col">{t('api.required')}</th>
            <th scope="col">{t('api.description')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={`${f.location}-${f.name}`}>
              <th scope="row"><code>{f.name}</code></th>
              <td>{isLocation(f.location) ? t(`api.in.${f.location}`) : f.location}</td>
              <td><code>{f.type}</code></td>
              <td>{f.required ? t('common.yes') : t('common.no')}</td>
              <td>{f.description || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function Operation({ op }: { op: ApiOperation }) {
  const { t } = useI18n();
  return (
    <section className="api-op" aria-labelledby={op.id}>
      <h3 id={op.id}>
        <span className={`method method--${op.method.toLowerCase()}`}>{op.method}</span> <code>{op.path}</code>
      </h3>
      {op.summary ? <p>{op.summary}</p> : null}
      {op.parameters.length > 0 ? <Fields fields={op.parameters} caption={t('api.parameters', { op: `${op.method} ${op.path}` })} /> : null}
      {op.body.length > 0 ? <Fields fields={op.body} caption={t('api.body', { op: `${op.method} ${op.path}` })} /> : null}
    </section>
  );
}

/** /api-dokumentation — the OpenAPI description, grouped by tag, readable without Swagger UI. */
export function ApiDocsPage() {
  const { t } = useI18n();
  usePageTitle(t('api.title'));
  const spec = useLoad(() => openApi(), []);
  if (spec.error) return <><h1>{t('api.title')}</h1><ErrorAlert>{spec.error.message}</ErrorAlert></>;
  if (!spec.data) return <><h1>{t('api.title')}</h1><Loading /></>;
  const api = readOpenApi(spec.data, t('api.untagged'));
  return (
    <>
      <h1>{t('api.title')}</h1>
      <p className="lead">{api.description}</p>
      <p><a href="/api/openapi.json">{t('api.raw')}</a></p>
      <nav aria-label={t('api.toc')} className="toc">
        <ul>
          {api.groups.map((g, i) => <li key={g.tag}><a href={`#api-group-${i}`}>{g.tag}</a></li>)}
        </ul>
      </nav>
      {api.groups.map((g, i) => (
        <section key={g.tag} aria-labelledby={`api-group-${i}`} className="api-group">
          <h2 id={`api-group-${i}`}>{g.tag}</h2>
          {g.operations.map((op) => <Operation key={op.id} op={op} />)}
        </section>
      ))}
    </>
  );
}
