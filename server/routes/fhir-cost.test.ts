import { describe, expect, it } from 'vitest';
import { questionnaireResponseOf } from '../../shared/fhir/questionnaire-response';
import { busiestIntake } from '../../shared/fixtures/busiest-intake';
import { postJson } from '../test-helpers';

// The FHIR door may cost more than the JSON one (a bigger body to read, a
// document with narrative to write) but not much more: the busiest intake, each
// request a little different as real ones are, in this process. The two kinds
// alternate request by request, so both see the same moments of a shared machine.

const bodies = Array.from({ length: 150 }, (_, index) => {
  const intake = busiestIntake();
  intake.notes = `${intake.notes!.slice(0, 1500)} ${index}`;
  const authored = `2026-11-25T14:${String(index % 60).padStart(2, '0')}:00Z`;
  return { summary: JSON.stringify(intake), fhir: JSON.stringify(questionnaireResponseOf(intake, authored)) };
});

/** Process CPU (µs) to answer one request. */
async function cpuMicros(path: string, body: string): Promise<number> {
  const started = process.cpuUsage();
  const res = await postJson(path, body);
  expect(res.status).toBe(200);
  await res.arrayBuffer();
  const used = process.cpuUsage(started);
  return used.user + used.system;
}

describe('the cost of $summary', () => {
  it('the busiest intake as a FHIR document costs at most 3 times its JSON summary (server CPU)', async () => {
    let plain = 0;
    let fhir = 0;
    // The first pass compiles both paths and is not counted.
    for (const pass of [0, 1, 2]) {
      for (const body of bodies) {
        const summaryCost = await cpuMicros('/api/summary', body.summary);
        const fhirCost = await cpuMicros('/api/fhir/QuestionnaireResponse/$summary', body.fhir);
        if (pass === 0) continue;
        plain += summaryCost;
        fhir += fhirCost;
      }
    }
    // Measured 2.4 to 2.7 here before the rule text of the document was written once per rule set
    // (3.3 to 3.7 over HTTP on the built server; the attack report's 11 was not reproduced).
    expect(fhir / plain).toBeLessThan(3);
  }, 60_000);
});
