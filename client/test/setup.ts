import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';

// Component tests talk to a mocked network: every request must have a handler
// (a test adds its own with server.use), so a stray request fails the test.
export const server = setupServer();

// jsdom does no layout: scrolling is a no-op here (the real browser tests cover it).
Element.prototype.scrollIntoView = () => {};
window.scrollTo = () => {};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  // Back online for the next test: query clients listen to these events once, for the whole run.
  vi.restoreAllMocks();
  window.dispatchEvent(new Event('online'));
});
afterAll(() => server.close());
