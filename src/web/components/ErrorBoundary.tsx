import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate, type Lang } from '../i18n/translate.js';

interface Props {
  lang: Lang;
  children: ReactNode;
  /** Inside the layout's <main>: draw the message without a landmark of its own. */
  bare?: boolean;
}

/**
 * Catches a fault while drawing a page, so one broken page does not blank the whole application.
 * Unsaved editor text survives in the browser's local backup and is offered again on reload.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = (key: 'boundary.title' | 'boundary.text' | 'boundary.reload') => translate(this.props.lang, key);
    const content = (
      <>
        <h1>{t('boundary.title')}</h1>
        <div role="alert" className="alert alert--error">
          <p>{t('boundary.text')}</p>
          <pre className="error-detail">{error.message}</pre>
        </div>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>{t('boundary.reload')}</button>
      </>
    );
    return this.props.bare ? content : <main id="main" className="page">{content}</main>;
  }
}
