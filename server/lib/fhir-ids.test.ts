import { describe, expect, it } from 'vitest';
import { busiestIntake } from '../../shared/fixtures/busiest-intake';
import { examples } from '../../shared/examples/examples';
import { documentIds, uuidFromText } from './fhir-ids';
import { canonicalJson, ruleSetIdentity } from './rule-set-identity';

describe('ids of a summary document', () => {
  it('name the answers and time (response), and with them the rule set (bundle, composition), in canonical JSON', () => {
    for (const intake of [busiestIntake(), ...examples.map((example) => example.intake)]) {
      const authored = '2026-11-25T14:30:00+01:00';
      const document = canonicalJson({ intake, authored, ruleSet: ruleSetIdentity.hash });
      expect(documentIds(intake, authored, ruleSetIdentity)).toEqual({
        response: uuidFromText(`QuestionnaireResponse\n${canonicalJson({ intake, authored })}`),
        bundle: uuidFromText(`Bundle\n${document}`),
        composition: uuidFromText(`Composition\n${document}`),
      });
    }
  });
});
