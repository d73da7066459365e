import { useEffect, useState, type FormEvent } from 'react';
import { notificationsApi } from '../../api/endpoints.js';
import type { NotificationSettingsAnswer } from '../../api/types.js';
import { ErrorAlert, Loading, Notice } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLoad } from '../../lib/use-load.js';

type Setting = NotificationSettingsAnswer['settings'][number];

/** The signed-in user's choice per kind: in the app only, or also by e-mail. */
export function NotificationSettingsForm() {
  const { t } = useI18n();
  const loaded = useLoad(() => notificationsApi.settings(), []);
  const [settings, setSettings] = useState<Setting[] | null>(null);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (loaded.data) setSettings(loaded.data.settings);
  }, [loaded.data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    setState('saving');
    setError(null);
    try {
      const saved = await notificationsApi.saveSettings({ settings: settings.map(({ kind, email }) => ({ kind, email })) });
      setSettings(saved.settings);
      setState('saved');
    } catch (e) {
      setError(e instanceof Error ? e.message : t('common.unexpected'));
      setState('idle');
    }
  };

  return (
    <section className="panel" aria-labelledby="notification-settings-heading">
      <h2 id="notification-settings-heading">{t('notifications.settingsTitle')}</h2>
      <p>{t('notifications.settingsLead')}</p>
      {settings === null ? <Loading /> : (
        <form onSubmit={(e) => void submit(e)}>
          <fieldset className="checkbox-list">
            <legend>{t('notifications.alsoEmail')}</legend>
            {settings.map((s) => (
              <label key={s.kind} className="checkbox">
                <input type="checkbox" checked={s.email} onChange={(e) => {
                  const email = e.target.checked;
                  setState('idle');
                  setSettings((all) => all?.map((x) => (x.kind === s.kind ? { ...x, email } : x)) ?? null);
                }} />
                {' '}{s.kindName}
              </label>
            ))}
          </fieldset>
          {error ? <ErrorAlert>{error}</ErrorAlert> : null}
          <div role="status">{state === 'saved' ? <Notice tone="success">{t('notifications.settingsSaved')}</Notice> : null}</div>
          <button type="submit" className="button" disabled={state === 'saving'}>{t('notifications.saveSettings')}</button>
        </form>
      )}
    </section>
  );
}
