import { QueryClient } from '@tanstack/react-query';

// networkMode 'always': a request is sent even when the browser says it is offline.
// The default ('online') pauses it instead, with no error and no end: offline, "Create
// summary" said "Creating summary…" for over a minute. Sent, it fails at once, and
// the page says the device is offline and offers to try again.
export const queryDefaults = {
  // Answers are deterministic for a given intake and rule set: no need to refetch on focus.
  // One retry for a passing fault, none offline: it would fail the same way, a second later.
  queries: {
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: (failures: number) => failures < 1 && navigator.onLine,
    networkMode: 'always',
  },
  mutations: { retry: 0, networkMode: 'always' },
} as const;

export const queryClient = new QueryClient({ defaultOptions: queryDefaults });
