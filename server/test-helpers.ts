import { baseIntake } from '../shared/fixtures/intakes';
import { createApp } from './app';

export const app = createApp();

/** A fresh deep copy of the example intake, typed, for tests to change freely. */
export const sampleIntake = baseIntake;

export const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
