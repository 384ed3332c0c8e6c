import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    // Answers are deterministic for a given intake and rule set: no need to refetch on focus.
    queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 },
    mutations: { retry: 0 },
  },
});
