import { useI18n } from '../i18n/I18nProvider.js';
import { LANGS, type Lang } from '../i18n/translate.js';

const NAMES: Readonly<Record<Lang, string>> = { sv: 'Svenska', en: 'English' };

/** Svenska | English: each name in its own language (lang attribute), the current one pressed. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGS.map((code) => (
        <button key={code} type="button" lang={code} className="button button--small button--ghost"
          aria-pressed={lang === code} onClick={() => setLang(code)}>
          {NAMES[code]}
        </button>
      ))}
    </div>
  );
}
