import type { RuleSetIdentity } from '../api/summary';
import { condition as conditionOptions } from '../questions/answers';
import { lowerFirst } from '../rules/words';
import { publisher, systems } from './canonical';
import {
  prefetchBundleSchema,
  type Card,
  type CdsService,
  type PrefetchedCondition,
  type PrefetchedMedicationRequest,
} from './cds-hooks';
import { snomedConditions } from './well-known-codes';

// The CDS Hooks service: on patient-view, when the problem list holds one of the
// five named conditions (by its SNOMED CT code), one info card that points to
// the referral form. Pure: the route verifies the caller and reads the request.
// The card never says who should have a pump; it offers the form.

export const serviceId = 'itb-referral-aid';

export const itbReferralService: CdsService = {
  hook: 'patient-view',
  id: serviceId,
  title: 'ITB Referral Aid',
  description:
    'When the patient has cerebral palsy, multiple sclerosis, spinal cord injury, stroke or brain injury (SNOMED CT), offers the ITB referral form: a discussion summary of intrathecal baclofen for a specialist, never a decision.',
  prefetch: {
    conditions: 'Condition?patient={{context.patientId}}',
    medications: 'MedicationRequest?patient={{context.patientId}}',
  },
};

type NamedCondition = keyof typeof snomedConditions;
const bySnomedCode = new Map(
  Object.entries(snomedConditions).map(([value, { code }]) => [code, value as NamedCondition]),
);
const conditionOrder = conditionOptions.map((option) => option.value);
const conditionWords = (value: NamedCondition) =>
  lowerFirst(conditionOptions.find((option) => option.value === value)!.label);

/** The resources of one type in a prefetched searchset; null (the client had none) is an empty list. */
export function prefetched<T>(
  value: unknown,
  schema: { safeParse: (data: unknown) => { success: true; data: T } | { success: false } },
): T[] | undefined {
  if (value === null) return [];
  const bundle = prefetchBundleSchema.safeParse(value);
  if (!bundle.success) return undefined;
  return (bundle.data.entry ?? []).flatMap((entry) => {
    const parsed = schema.safeParse(entry.resource);
    return parsed.success ? [parsed.data] : [];
  });
}

// A condition entered in error or refuted is not on the list. Any clinical status
// counts: spasticity outlasts an injury or a stroke that a record marks resolved.
const notRefuted = (condition: PrefetchedCondition) =>
  !condition.verificationStatus?.coding?.some(
    (coding) => coding.code === 'refuted' || coding.code === 'entered-in-error',
  );

/** The named conditions on the problem list, in the form's order. */
export function listedConditions(conditions: readonly PrefetchedCondition[]): NamedCondition[] {
  const found = new Set<NamedCondition>();
  for (const condition of conditions.filter(notRefuted)) {
    for (const coding of condition.code?.coding ?? []) {
      const value = coding.system === systems.snomed && coding.code ? bySnomedCode.get(coding.code) : undefined;
      if (value) found.add(value);
    }
  }
  return [...found].sort((a, b) => conditionOrder.indexOf(a) - conditionOrder.indexOf(b));
}

const takenStatuses = new Set(['active', 'on-hold', 'completed', 'stopped']);

/**
 * Whether a prescription shows oral baclofen was taken. Without a terminology
 * server this reads the words: "baclofen" in the medication's text or a coding's
 * display, and no "intrathecal" there or in the route. No prescription is not
 * "not tried": the form then leaves the question open.
 */
export function oralBaclofenPrescribed(requests: readonly PrefetchedMedicationRequest[]): boolean {
  return requests.some((request) => {
    const medication = request.medicationCodeableConcept;
    const words = [medication?.text, ...(medication?.coding ?? []).map((coding) => coding.display)];
    const route = (request.dosageInstruction ?? []).flatMap((dose) => [
      dose.text,
      dose.route?.text,
      ...(dose.route?.coding ?? []).map((coding) => coding.display),
    ]);
    return (
      takenStatuses.has(request.status) &&
      words.some((word) => /baclofen/i.test(word ?? '')) &&
      ![...words, ...route].some((word) => /intrathecal/i.test(word ?? ''))
    );
  });
}

/** The card, or none when no named condition is listed. formUrl is the app's root (ending in /). The answers known go in the link's fragment, never its query. */
export function referralCard(input: {
  conditions: readonly NamedCondition[];
  oralBaclofen: boolean;
  formUrl: string;
  ruleSet: RuleSetIdentity;
}): Card | undefined {
  const [first] = input.conditions;
  if (!first) return undefined;
  const known = new URLSearchParams({
    'diagnosis.condition': first,
    ...(input.oralBaclofen ? { 'oralBaclofen.tried': 'yes' } : {}),
  });
  const listed = input.conditions
    .map((value) => `**${conditionWords(value)}** (SNOMED CT ${snomedConditions[value].code})`)
    .join(', ');
  const filled = input.oralBaclofen ? 'the condition and "oral baclofen tried: yes"' : 'the condition';
  return {
    summary: `Spasticity from ${conditionWords(first)}? ITB Referral Aid lists points to discuss with a specialist about a baclofen pump`,
    detail: [
      `The problem list includes ${listed}.`,
      'If spasticity limits daily life, ITB Referral Aid turns a short referral form into a summary for a specialist: the documented reasons for and cautions about an intrathecal baclofen (ITB) pump that the answers raise, each with its source. It is a discussion aid, not a decision.',
      `The form opens with ${filled} filled in. It asks for no name, date of birth or record number.`,
    ].join('\n\n'),
    indicator: 'info',
    source: {
      label: `${publisher}, rule set ${input.ruleSet.id} ${input.ruleSet.version}`,
      url: `${input.formUrl}rules`,
    },
    links: [{ label: 'Open the ITB referral form', url: `${input.formUrl}#${known}`, type: 'absolute' }],
  };
}
