import exampleIntake from '../shared/fixtures/example-intake.json' with { type: 'json' };
import type { Intake } from '../shared/api/intake';
import { createApp } from './app';

export const app = createApp();

/** A fresh deep copy of the example intake, typed, for tests to change freely. */
export const sampleIntake = (): Intake => structuredClone(exampleIntake) as Intake;

export const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
