import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { queryDefaults } from '../lib/query-client';

/**
 * Renders a component with its own query client, with the app's defaults but no
 * retries unless asked. The client stays across rerender, as the app's does across pages.
 */
export function renderWithQueries(ui: ReactElement, { appRetries = false } = {}) {
  const client = new QueryClient({
    defaultOptions: {
      queries: appRetries ? queryDefaults.queries : { ...queryDefaults.queries, retry: false },
      mutations: queryDefaults.mutations,
    },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return render(ui, { wrapper });
}
