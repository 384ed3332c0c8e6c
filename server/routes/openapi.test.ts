import { describe, expect, it } from 'vitest';
import { app } from '../test-helpers';

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document of every endpoint, with schemas from zod', async () => {
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/fhir/CodeSystem/{id}',
      '/api/fhir/ConceptMap/itb-referral-condition-snomed',
      '/api/fhir/OperationDefinition/{id}',
      '/api/fhir/Questionnaire/itb-referral',
      '/api/fhir/QuestionnaireResponse/$intake',
      '/api/fhir/QuestionnaireResponse/$summary',
      '/api/fhir/metadata',
      '/api/health',
      '/api/openapi.json',
      '/api/rules',
      '/api/summary',
      '/cds-services',
      '/cds-services/itb-referral-aid',
    ]);
    expect(doc.components.schemas.CdsHookResponse.properties.cards.items.properties.summary.maxLength).toBe(139);
    const intake = doc.components.schemas.Intake;
    expect(intake.required).toEqual([
      'patient',
      'diagnosis',
      'spasticity',
      'oralBaclofen',
      'otherTreatments',
      'goals',
      'considerations',
    ]);
    expect(intake.additionalProperties).toBe(false);
    expect(intake.properties.spasticity.properties.modifiedAshworth.enum.sort()).toEqual([
      '0',
      '1',
      '1+',
      '2',
      '3',
      '4',
      'not_assessed',
    ]);
  });

  it('resolves every $ref inside the document', async () => {
    const text = await (await app.request('/api/openapi.json')).text();
    const doc = JSON.parse(text);
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const name of refs) expect(doc.components.schemas).toHaveProperty(name);
    expect(text).not.toContain('$defs');
  });
});

describe('GET /api/docs', () => {
  it('is an HTML reference with no inline script or style, under the strict CSP', async () => {
    const res = await app.request('/api/docs');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<code>POST /api/summary</code>');
    expect(page).toMatch(/Query parameter <code>lang<\/code>: Language of every patientText: en \(default\) or es/);
    expect(page).toContain('<code>POST /api/fhir/QuestionnaireResponse/$summary</code>');
    expect(page).toContain('<code>POST /cds-services/itb-referral-aid</code>');
    expect(page).not.toMatch(/<script|<style|style=/i);
    expect(page).toMatch(/<link rel="stylesheet" href="\/api\/docs.css" ?\/?>/);
    expect(res.headers.get('content-security-policy')).toContain("style-src 'self';");
    const css = await app.request('/api/docs.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });
});
