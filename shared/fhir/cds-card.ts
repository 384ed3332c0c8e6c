import type { RuleSetIdentity } from '../api/summary';
import { condition as conditionOptions } from '../questions/answers';
import { lowerFirst } from '../rules/words';
import { publisher, systems } from './canonical';
import {
  patientResourceSchema,
  prefetchBundleSchema,
  type Card,
  type CdsService,
  type PrefetchedCondition,
  type PrefetchedMedicationRequest,
  type PrefetchedPatient,
} from './cds-hooks';
import { namedConditionOf, oralBaclofenRxNorm, recordSystems } from './record-codes';
import { bodyWeightCode } from './record-facts';

// The CDS Hooks service: on patient-view, when the problem list holds one of the
// five named conditions (SNOMED CT, ICD-10-CM or ICD-10: record-codes.ts), one
// info card that points to the referral form, with what the record tells of the
// form's answers in the link. Pure: the route verifies the caller, reads the
// request and gives today's date. The card never says who should have a pump; it
// offers the form.

export const serviceId = 'itb-referral-aid';

export const itbReferralService: CdsService = {
  hook: 'patient-view',
  id: serviceId,
  title: 'ITB Referral Aid',
  description:
    'When the patient has cerebral palsy, multiple sclerosis, spinal cord injury, stroke or brain injury (SNOMED CT, ICD-10-CM or ICD-10), offers the ITB referral form: a discussion summary of intrathecal baclofen for a specialist, never a decision.',
  prefetch: {
    conditions: 'Condition?patient={{context.patientId}}',
    medications: 'MedicationRequest?patient={{context.patientId}}',
    patient: 'Patient/{{context.patientId}}',
    // The newest few: the newest may lack a unit or be entered in error.
    weight: `Observation?patient={{context.patientId}}&code=${systems.loinc}|${bodyWeightCode}&_sort=-date&_count=10`,
  },
};

type NamedCondition = NonNullable<ReturnType<typeof namedConditionOf>>;
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

/** The Patient of a prefetch read (Patient/{{context.patientId}}): null when the client had none, undefined when it is not a Patient. */
export function prefetchedPatient(value: unknown): PrefetchedPatient | null | undefined {
  if (value === null) return null;
  const patient = patientResourceSchema.safeParse(value);
  return patient.success ? patient.data : undefined;
}

// A condition entered in error or refuted is not on the list. Any clinical status
// counts: spasticity outlasts an injury or a stroke that a record marks resolved.
const notRefuted = (condition: PrefetchedCondition) =>
  !condition.verificationStatus?.coding?.some(
    (coding) => coding.code === 'refuted' || coding.code === 'entered-in-error',
  );

/** A named condition on the problem list, with the first code that named it. */
export type ListedCondition = { value: NamedCondition; code: string; system: string };

const systemNames: Record<string, string> = {
  [systems.snomed]: 'SNOMED CT',
  [recordSystems.icd10cm]: 'ICD-10-CM',
  [recordSystems.icd10]: 'ICD-10',
};

/** The named conditions on the problem list, in the form's order. */
export function listedConditions(conditions: readonly PrefetchedCondition[]): ListedCondition[] {
  const found = new Map<NamedCondition, ListedCondition>();
  for (const condition of conditions.filter(notRefuted)) {
    for (const coding of condition.code?.coding ?? []) {
      const value = namedConditionOf(coding);
      if (value && !found.has(value)) found.set(value, { value, code: coding.code!, system: coding.system! });
    }
  }
  return [...found.values()].sort((a, b) => conditionOrder.indexOf(a.value) - conditionOrder.indexOf(b.value));
}

const takenStatuses = new Set(['active', 'on-hold', 'completed', 'stopped']);
const intrathecalRoute = '72607000'; // SNOMED CT Intrathecal route

/**
 * Whether a prescription shows oral baclofen was taken: an RxNorm code of oral
 * baclofen (record-codes.ts) or "baclofen" in the medication's words, and nothing
 * that says intrathecal or injection (in its words, the route's words, or the
 * SNOMED CT intrathecal route). No prescription is not "not tried": the form then
 * leaves the question open.
 */
export function oralBaclofenPrescribed(requests: readonly PrefetchedMedicationRequest[]): boolean {
  return requests.some((request) => {
    const medication = request.medicationCodeableConcept;
    const codings = medication?.coding ?? [];
    const words = [medication?.text, ...codings.map((coding) => coding.display)];
    const routes = (request.dosageInstruction ?? []).map((dose) => dose.route);
    const routeWords = (request.dosageInstruction ?? []).flatMap((dose) => [
      dose.text,
      dose.route?.text,
      ...(dose.route?.coding ?? []).map((coding) => coding.display),
    ]);
    const baclofen =
      codings.some((coding) => coding.system === recordSystems.rxnorm && oralBaclofenRxNorm.has(coding.code ?? '')) ||
      words.some((word) => /baclofen/i.test(word ?? ''));
    const intrathecal =
      [...words, ...routeWords].some((word) => /intrathecal|inject/i.test(word ?? '')) ||
      routes.some((route) =>
        route?.coding?.some((coding) => coding.system === systems.snomed && coding.code === intrathecalRoute),
      );
    return takenStatuses.has(request.status) && baclofen && !intrathecal;
  });
}

/** What the record tells of the patient: each only when it holds a value the form takes. */
export type RecordFacts = { ageYears?: number; weightKg?: number };

/** The card, or none when no named condition is listed. formUrl is the app's root (ending in /). The answers known go in the link's fragment, never its query. */
export function referralCard(input: {
  conditions: readonly ListedCondition[];
  oralBaclofen: boolean;
  patient: RecordFacts;
  formUrl: string;
  ruleSet: RuleSetIdentity;
}): Card | undefined {
  const first = input.conditions[0]?.value;
  if (!first) return undefined;
  const { ageYears, weightKg } = input.patient;
  // Exactly these keys: the form takes these and no others from a link (client/features/intake).
  const known = new URLSearchParams({
    'diagnosis.condition': first,
    ...(input.oralBaclofen ? { 'oralBaclofen.tried': 'yes' } : {}),
    ...(ageYears !== undefined ? { 'patient.ageYears': String(ageYears) } : {}),
    ...(weightKg !== undefined ? { 'patient.weightKg': String(weightKg) } : {}),
  });
  const listed = input.conditions
    .map(({ value, code, system }) => `**${conditionWords(value)}** (${systemNames[system]} ${code})`)
    .join(', ');
  const filled = [
    `the condition (${conditionWords(first)})`,
    ...(input.oralBaclofen ? ['"oral baclofen tried: yes"'] : []),
    ...(ageYears !== undefined ? [`age ${ageYears}`] : []),
    ...(weightKg !== undefined ? [`weight ${weightKg} kg (the latest recorded)`] : []),
  ];
  const inWords = filled.length > 1 ? `${filled.slice(0, -1).join(', ')} and ${filled.at(-1)}` : filled[0]!;
  return {
    summary: `Spasticity from ${conditionWords(first)}? ITB Referral Aid lists points to discuss with a specialist about a baclofen pump`,
    detail: [
      `The problem list includes ${listed}.`,
      'If spasticity limits daily life, ITB Referral Aid turns a short referral form into a summary for a specialist: the documented reasons for and cautions about an intrathecal baclofen (ITB) pump that the answers raise, each with its source. It is a discussion aid, not a decision.',
      `The form opens with ${inWords} filled in from the record, for you to check. It asks for no name, date of birth or record number.`,
    ].join('\n\n'),
    indicator: 'info',
    source: {
      label: `${publisher}, rule set ${input.ruleSet.id} ${input.ruleSet.version}`,
      url: `${input.formUrl}rules`,
    },
    links: [{ label: 'Open the ITB referral form', url: `${input.formUrl}#${known}`, type: 'absolute' }],
  };
}
