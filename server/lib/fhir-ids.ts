// Server-only (node:crypto). Ids of the resources in a summary document, derived
// from a hash of what the document says, so the same response always gets the
// same ids (and the same bytes) and two different ones never share an id.
import { createHash } from 'node:crypto';
import type { Intake } from '../../shared/api/intake';
import type { RuleSetIdentity } from '../../shared/api/summary';
import type { DocumentIds } from '../../shared/fhir/summary-document';
import { canonicalJson } from './rule-set-identity';

/** A name-based UUID (RFC 9562 version 8) from the first 128 bits of a SHA-256. */
export function uuidFromText(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function documentIds(intake: Intake, authored: string, ruleSet: RuleSetIdentity): DocumentIds {
  const answers = canonicalJson({ intake, authored });
  // canonicalJson({ intake, authored, ruleSet: ruleSet.hash }), its keys in order, without walking the intake again.
  const document = `${answers.slice(0, -1)},"ruleSet":${JSON.stringify(ruleSet.hash)}}`;
  return {
    response: uuidFromText(`QuestionnaireResponse\n${answers}`),
    bundle: uuidFromText(`Bundle\n${document}`),
    composition: uuidFromText(`Composition\n${document}`),
  };
}
