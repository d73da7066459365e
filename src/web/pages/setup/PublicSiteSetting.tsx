import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { publicSiteApi } from '../../api/endpoints.js';
import { ErrorAlert, Notice } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLoad } from '../../lib/use-load.js';

/** The admin's switch of the public record (/offentligt, /oppna-data/), on the users page. */
export function PublicSiteSetting() {
  const { t } = useI18n();
  const state = useLoad(() => publicSiteApi.get(), []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const site = state.data;
  const toggle = async () => {
    if (!site) return;
    setBusy(true);
    setError(null);
    try {
      await publicSiteApi.set(!site.setting);
      state.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('common.unexpected'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="public-site-heading">
      <h2 id="public-site-heading">{t('publicSite.title')}</h2>
      <p>{t('publicSite.lead')}</p>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {site ? (
        <>
          <Notice tone={site.enabled ? 'success' : 'info'}>{site.enabled ? t('publicSite.on') : t('publicSite.off')}</Notice>
          {site.forcedByEnvironment ? <p>{t('publicSite.forced')}</p> : null}
          <div className="button-row">
            <button type="button" className="button" onClick={() => void toggle()} disabled={busy}>
              {site.setting ? t('publicSite.turnOff') : t('publicSite.turnOn')}
            </button>
            {site.enabled ? <a className="button button--ghost" href={publicSiteApi.url}>{t('publicSite.open')}</a> : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
