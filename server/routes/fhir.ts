import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Intake } from '../../shared/api/intake';
import { capabilityStatement, operationDefinitions } from '../../shared/fhir/capability';
import { codeSystemById } from '../../shared/fhir/code-systems';
import { conditionMap, conditionMapId } from '../../shared/fhir/concept-map';
import { questionnaireId } from '../../shared/fhir/canonical';
import { questionnaire } from '../../shared/fhir/questionnaire';
import { intakeFromResponse } from '../../shared/fhir/response-to-intake';
import { summaryDocument } from '../../shared/fhir/summary-document';
import { summarize } from '../../shared/rules/summarize';
import { FhirError, fhirBody, onFhirError } from '../lib/fhir-errors';
import { documentIds } from '../lib/fhir-ids';
import { findAbsurdShape } from '../lib/json-guard';
import { ruleSetIdentity } from '../lib/rule-set-identity';
import { readJsonBody, type ParsedBody } from '../lib/validate-json';

// FHIR R4 at /api/fhir: the form as a Questionnaire, its CodeSystems, and two
// operations on a QuestionnaireResponse to it: $intake (back to the intake of
// the JSON API) and $summary (the discussion summary as a FHIR document).
// Same limits as POST /api/summary; errors are OperationOutcomes.

// A response nests items in groups and answers, deeper than an intake: 20 levels
// leaves room for a renderer's extensions, and still stops a body built to be deep.
const maxFhirDepth = 20;

// Fixed while the server runs: serialise once.
const questionnaireJson = JSON.stringify(questionnaire);
const codeSystemJson = new Map([...codeSystemById].map(([id, system]) => [id, JSON.stringify(system)]));
const conditionMapJson = JSON.stringify(conditionMap);
const capabilityJson = JSON.stringify(capabilityStatement);
const operationJson = new Map(operationDefinitions.map((definition) => [definition.id!, JSON.stringify(definition)]));

/** "item.0.answer" (a JSON path of the guard) as FHIRPath: QuestionnaireResponse.item[0].answer */
const fhirPath = (dotPath: string) =>
  ['QuestionnaireResponse', ...dotPath.split('.').filter(Boolean)]
    .map((key) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`))
    .join('')
    .slice(1);

const readResponse = (needsAuthored: boolean) =>
  createMiddleware<{ Variables: ParsedBody['Variables'] & { intake: Intake; authored?: string } }>(async (c, next) => {
    const body = c.get('jsonBody');
    const absurd = findAbsurdShape(body, maxFhirDepth);
    if (absurd)
      throw new FhirError(400, [{ code: 'structure', message: absurd.message, expression: fhirPath(absurd.path) }]);
    const read = intakeFromResponse(body, { needsAuthored });
    if (!read.ok) throw new FhirError(400, read.issues, 'The QuestionnaireResponse');
    c.set('intake', read.intake);
    if (read.authored) c.set('authored', read.authored);
    await next();
  });

const notFound = (type: string, id: string): never => {
  throw new FhirError(404, [
    {
      code: 'not-found',
      message: `There is no ${type} "${id.slice(0, 60)}"; GET /api/fhir/metadata lists what is served`,
    },
  ]);
};

export const fhirRoute = new Hono()
  .get('/metadata', (c) => fhirBody(c, capabilityJson))
  .get(`/Questionnaire/${questionnaireId}`, (c) => fhirBody(c, questionnaireJson))
  .get('/CodeSystem/:id', (c) => {
    const id = c.req.param('id');
    return fhirBody(c, codeSystemJson.get(id) ?? notFound('CodeSystem', id));
  })
  .get('/OperationDefinition/:id', (c) => {
    const id = c.req.param('id');
    return fhirBody(c, operationJson.get(id) ?? notFound('OperationDefinition', id));
  })
  .get(`/ConceptMap/${conditionMapId}`, (c) => fhirBody(c, conditionMapJson))
  .post('/QuestionnaireResponse/$intake', ...readJsonBody, readResponse(false), (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(c.get('intake'));
  })
  .post('/QuestionnaireResponse/$summary', ...readJsonBody, readResponse(true), (c) => {
    c.header('Cache-Control', 'no-store');
    const intake = c.get('intake');
    const authored = c.get('authored')!;
    const summary = summarize(intake, ruleSetIdentity);
    return fhirBody(
      c,
      summaryDocument({ intake, summary, authored, ids: documentIds(intake, authored, ruleSetIdentity) }),
    );
  });

// Any other path under /api/fhir: 405 on a known path, else 404, both as OperationOutcome.
const knownPaths = fhirRoute.routes.map((route) => ({
  method: route.method,
  pattern: new RegExp(`^${route.path.replace(/\$/g, '\\$').replace(/:[a-z]+/gi, '[^/]+')}$`),
}));

fhirRoute.all('*', (c) => {
  const path = c.req.path.replace(/^\/api\/fhir/, '');
  const allowed = [...new Set(knownPaths.filter((known) => known.pattern.test(path)).map((known) => known.method))];
  if (allowed.length > 0) {
    c.header('Allow', [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : [])].join(', '));
    throw new FhirError(405, [{ code: 'not-supported', message: `Use ${allowed.join(' or ')} for ${c.req.path}.` }]);
  }
  throw new FhirError(404, [
    { code: 'not-found', message: `There is no FHIR endpoint at ${c.req.path.slice(0, 100)}.` },
  ]);
});

fhirRoute.onError(onFhirError);
