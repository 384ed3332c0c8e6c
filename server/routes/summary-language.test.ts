import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/api/errors';
import { summarySchema } from '../../shared/api/summary';
import { englishWordsIn } from '../../shared/fixtures/english-words';
import { postJson, sampleIntake } from '../test-helpers';

// POST /api/summary?lang=es: the patient texts in Spanish, everything else as in English.

const summaryIn = async (query: string) => {
  const res = await postJson(`/api/summary${query}`, sampleIntake());
  return { res, body: (await res.json()) as unknown };
};

describe('POST /api/summary?lang=', () => {
  it('gives the patient texts in Spanish with lang=es, the clinician texts, titles and sources unchanged', async () => {
    const english = summarySchema.parse((await summaryIn('')).body);
    const { res, body } = await summaryIn('?lang=es');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const spanish = summarySchema.parse(body);
    expect(spanish.findings.map(({ patientText: _, ...rest }) => rest)).toEqual(
      english.findings.map(({ patientText: _, ...rest }) => rest),
    );
    expect(spanish.ruleSet).toEqual(english.ruleSet);
    for (const [index, finding] of spanish.findings.entries()) {
      expect(finding.patientText).not.toBe(english.findings[index]!.patientText);
      expect(englishWordsIn(finding.patientText), finding.ruleId).toEqual([]);
    }
    expect(spanish.findings[0]!.patientText).toMatch(/bombas de baclofeno/);
  });

  it('is English without lang and with lang=en', async () => {
    const none = (await summaryIn('')).body;
    expect((await summaryIn('?lang=en')).body).toEqual(none);
    expect(summarySchema.parse(none).findings[0]!.patientText).toMatch(/baclofen pumps/);
  });

  it.each(['?lang=fr', '?lang=ES', '?lang=', '?lang=es&lang=en', '?lang=es-MX'])(
    'refuses %s with a 400 naming lang',
    async (query) => {
      const { res, body } = await summaryIn(query);
      expect(res.status).toBe(400);
      const error = errorBodySchema.parse(body);
      expect(error.error).toBe('invalid_request');
      expect(error.issues!.map((issue) => issue.path)).toEqual(['lang']);
    },
  );
});
