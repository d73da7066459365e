import { NotificationsPage } from './pages/notifications/NotificationsPage.js';
import { OutboxPage } from './pages/notifications/OutboxPage.js';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { I18nProvider, useI18n } from './i18n/I18nProvider.js';
import { ApiDocsPage } from './pages/ApiDocsPage.js';
import { ChoosePasswordPage } from './pages/ChoosePasswordPage.js';
import { CommitteesPage } from './pages/CommitteesPage.js';
import { DashboardPage } from './pages/DashboardPage.js';
import { EditorPage } from './pages/EditorPage.js';
import { FinancePage } from './pages/FinancePage.js';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage.js';
import { HistoryPage } from './pages/HistoryPage.js';
import { Layout } from './pages/Layout.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { ProgrammesPage } from './pages/ProgrammesPage.js';
import { ProjectsPage } from './pages/ProjectsPage.js';
import { ReconciliationPage } from './pages/ReconciliationPage.js';
import { ReportPage } from './pages/ReportPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { ReportsPage } from './pages/ReportsPage.js';
import { RoundOverviewPage } from './pages/RoundOverviewPage.js';
import { RoundsPage } from './pages/RoundsPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { UsersPage } from './pages/UsersPage.js';
import { RequireSession } from './session/RequireSession.js';
import { SessionProvider } from './session/SessionProvider.js';

function AppRoutes() {
  const { lang } = useI18n();
  return (
    <ErrorBoundary lang={lang}>
      <Routes>
        <Route path="/logga-in" element={<SignInPage />} />
        <Route path="/glomt-losenord" element={<ForgotPasswordPage />} />
        <Route path="/konto/losenord" element={<ChoosePasswordPage />} />
        <Route element={<RequireSession><Layout /></RequireSession>}>
          <Route index element={<ReportsPage />} />
          <Route path="rapporter/:id" element={<ReportPage />} />
          <Route path="rapporter/:id/redigera" element={<EditorPage />} />
          <Route path="rapporter/:id/historik" element={<HistoryPage />} />
          <Route path="oversikt" element={<DashboardPage />} />
          <Route path="omgangar" element={<RoundsPage />} />
          <Route path="omgangar/:id" element={<RoundOverviewPage />} />
          <Route path="ekonomi" element={<FinancePage />} />
          <Route path="ekonomi/:round" element={<FinancePage />} />
          <Route path="avstamningar/:id" element={<ReconciliationPage />} />
          <Route path="installningar/namnder" element={<CommitteesPage />} />
          <Route path="installningar/program" element={<ProgrammesPage />} />
          <Route path="installningar/projekt" element={<ProjectsPage />} />
          <Route path="anvandare" element={<UsersPage />} />
          <Route path="api-dokumentation" element={<ApiDocsPage />} />
          <Route path="sok" element={<SearchPage />} />
          <Route path="aviseringar" element={<NotificationsPage />} />
          <Route path="utkorg" element={<OutboxPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </ErrorBoundary>
  );
}

/** The application: language, session, and the pages by their Swedish addresses. */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
