import { lazy, Suspense, type ComponentType } from 'react';
import { ErrorBoundary } from './components/error-boundary';
import { Layout } from './components/layout';
import { matchPath, usePath } from './lib/router';
import { StartPage } from './pages/start-page';
import { NotFoundPage } from './pages/not-found-page';

// The pages table of the contract. The start page is in the first bundle; the
// others load when first visited.
const SummaryPage = lazy(() => import('./pages/summary-page'));
const PatientSheetPage = lazy(() => import('./pages/patient-sheet-page'));
const RulesPage = lazy(() => import('./pages/rules-page'));
const ExamplesPage = lazy(() => import('./pages/examples-page'));
const ExampleSummaryPage = lazy(() => import('./pages/example-summary-page'));
const ExamplePatientPage = lazy(() => import('./pages/example-patient-page'));

type Route = { pattern: string; page: ComponentType<{ params: Record<string, string> }> };

const routes: Route[] = [
  { pattern: '/', page: StartPage },
  { pattern: '/summary', page: SummaryPage },
  { pattern: '/summary/patient', page: PatientSheetPage },
  { pattern: '/rules', page: RulesPage },
  { pattern: '/examples', page: ExamplesPage },
  { pattern: '/examples/:id', page: ExampleSummaryPage },
  { pattern: '/examples/:id/patient', page: ExamplePatientPage },
];

export function App() {
  const path = usePath();
  const match = routes
    .map((route) => ({ route, params: matchPath(route.pattern, path) }))
    .find((candidate) => candidate.params !== null);
  const Page = match?.route.page ?? NotFoundPage;
  return (
    <Layout>
      <ErrorBoundary resetKey={path}>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Page params={match?.params ?? {}} />
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
