import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider.js';
import { usePageTitle } from '../lib/use-load.js';

/** Any address without a page, and any report the user may not see (the server says 404 for both). */
export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p><Link to="/">{t('notFound.home')}</Link></p>
    </>
  );
}
