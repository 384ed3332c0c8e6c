import { act } from '@testing-library/react';
import { vi } from 'vitest';

// jsdom is always online: these flip navigator.onLine and fire the event a browser
// fires, as when a laptop leaves the Wi-Fi. setup.ts puts the network back after each test.

export function goOffline(): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  act(() => void window.dispatchEvent(new Event('offline')));
}

export function goOnline(): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
  act(() => void window.dispatchEvent(new Event('online')));
}
