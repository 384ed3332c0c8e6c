// The summary's steps timed alone, in this process, after the load runs: a
// breakdown to read next to the server's CPU per request, not a goal.
import { intakeSchema } from '../../shared/api/intake';
import { summaryJson } from '../../shared/rules/summarize';
import { ruleSetIdentity } from '../../server/lib/rule-set-identity';

let sink = 0; // results feed this so no step can be optimised away

/** Median µs per call over 5 batches of about 150 ms each, after a warm-up. */
function micros(step: () => unknown): number {
  const warmUntil = performance.now() + 200;
  let perBatch = 0;
  while (performance.now() < warmUntil) {
    sink ^= step() === undefined ? 1 : 0;
    perBatch++;
  }
  perBatch = Math.max(1, Math.round(perBatch * 0.75));
  const batches: number[] = [];
  for (let b = 0; b < 5; b++) {
    const started = performance.now();
    for (let i = 0; i < perBatch; i++) sink ^= step() === undefined ? 1 : 0;
    batches.push(((performance.now() - started) * 1000) / perBatch);
  }
  return batches.sort((a, b) => a - b)[2]!;
}

export function breakdown(body: string): [string, number][] {
  const value: unknown = JSON.parse(body);
  const intake = intakeSchema.parse(value);
  const answer = summaryJson(intake, ruleSetIdentity);
  // The server's own steps: the rules and the answer's bytes are one step (summaryJson).
  const result: [string, number][] = [
    ['JSON.parse', micros(() => JSON.parse(body))],
    ['zod safeParse', micros(() => intakeSchema.safeParse(value))],
    [
      `summaryJson (rules and ${(Buffer.byteLength(answer) / 1024).toFixed(1)} KB of JSON)`,
      micros(() => summaryJson(intake, ruleSetIdentity)),
    ],
  ];
  if (sink === 42) console.log(''); // keeps sink alive
  return result;
}
