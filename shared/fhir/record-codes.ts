import type { conditions } from '../api/options';
import { systems } from './canonical';
import { snomedConditions } from './well-known-codes';

// The codes a patient's record may use for the five named conditions and for
// oral baclofen, for the CDS Hooks card. There is no terminology server: these
// are lists, chosen and kept here, each with why. A code outside them raises no
// card (a record that codes a condition only in words is not read).

type NamedCondition = Exclude<(typeof conditions)[number], 'other'>;

export const recordSystems = {
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
} as const;

/**
 * ICD-10-CM and WHO ICD-10 code families, as the start of a code without its dot
 * (G80.1 and G801 are both G801). Where the two classifications share a code they
 * mean the same; the ones only WHO ICD-10 has (I64, T09.3, T90.5, T91.3) never occur
 * in ICD-10-CM, which codes a sequela by the 7th character S of the injury code.
 * Why each family, and what is left out:
 * - cerebral palsy: G80, every form but G80.4 ataxic (low tone, not spasticity).
 * - multiple sclerosis: G35, every code (ICD-10-CM 2026 splits it by course: G35.A to G35.D).
 * - spinal cord injury: injury of the cervical, thoracic and lumbar cord (S14.0-S14.1,
 *   S24.0-S24.1, S34.0-S34.1, any encounter, sequela included), WHO T09.3 (level not
 *   given) and T91.3 (sequelae). Not S34.3 cauda equina (nerve roots: flaccid weakness),
 *   not G82 paraplegia or tetraplegia alone (it names no cause).
 * - stroke: I69 sequelae of cerebrovascular disease, and the strokes that leave
 *   hemiparesis and stay on problem lists: I61 intracerebral haemorrhage, I63 cerebral
 *   infarction, WHO I64. Not I60 subarachnoid or I62 other intracranial haemorrhage, not
 *   G45 transient ischaemia, not Z86.73 history without residual deficit.
 * - brain injury: intracranial injury S06.1 to S06.9 and S06.A (any encounter, sequela
 *   included), WHO T90.5 (sequelae of intracranial injury), and G93.1 anoxic brain damage.
 *   Not S06.0 concussion.
 */
export const icd10Families: Record<NamedCondition, readonly string[]> = {
  cerebral_palsy: ['G800', 'G801', 'G802', 'G803', 'G808', 'G809'],
  multiple_sclerosis: ['G35'],
  spinal_cord_injury: ['S140', 'S141', 'S240', 'S241', 'S340', 'S341', 'T093', 'T913'],
  stroke: ['I61', 'I63', 'I64', 'I69'],
  brain_injury: ['S061', 'S062', 'S063', 'S064', 'S065', 'S066', 'S068', 'S069', 'S06A', 'T905', 'G931'],
};

/**
 * SNOMED CT concepts for each condition: the concept of the form (well-known-codes.ts)
 * and kinds of it a problem list uses. Codes and terms from the PRIMIS chronic
 * neurological disease code list (NHS, SNOMED CT UK edition, as published by
 * OpenSAFELY), chosen by their terms; 127295002 traumatic brain injury and 1734006
 * fracture of vertebral column with spinal cord injury (Synthea) are International
 * Edition concepts. Left out as for ICD-10: ataxic and hypotonic cerebral palsy,
 * concussion. Stroke includes its sequela concepts, as ICD-10 I69 does.
 */
const snomedKinds: Record<NamedCondition, readonly string[]> = {
  cerebral_palsy: [
    '230773005', // Spastic cerebral palsy
    '58193001', // Diplegic cerebral palsy
    '43486001', // Hemiplegic cerebral palsy
    '48721008', // Quadriplegic cerebral palsy
    '371079004', // Paraplegic cerebral palsy
    '702320006', // Triplegic cerebral palsy
    '702321005', // Pentaplegic cerebral palsy
    '702319000', // Bilateral cerebral palsy
    '230780007', // Dyskinetic cerebral palsy
    '702315006', // Dystonic cerebral palsy
    '230781006', // Dystonic/rigid cerebral palsy
    '75019001', // Athetoid cerebral palsy
    '702318008', // Mixed cerebral palsy
    '813921000000104', // Spastic hemiplegic cerebral palsy (UK)
    '904531000000100', // Bilateral spastic cerebral palsy (UK)
  ],
  multiple_sclerosis: [
    '426373005', // Relapsing remitting multiple sclerosis
    '425500002', // Secondary progressive multiple sclerosis
    '428700003', // Primary progressive multiple sclerosis
    '724778008', // Progressive relapsing multiple sclerosis
    '816984002', // Progressive multiple sclerosis
    '230372003', // Acute relapsing multiple sclerosis
    '230373008', // Chronic progressive multiple sclerosis
    '192926004', // Multiple sclerosis of the brainstem
    '192927008', // Multiple sclerosis of the spinal cord
    '192928003', // Generalized multiple sclerosis
    '192929006', // Exacerbation of multiple sclerosis
    '438511000', // Benign multiple sclerosis
    '439567002', // Malignant multiple sclerosis
  ],
  spinal_cord_injury: [
    '1734006', // Fracture of vertebral column with spinal cord injury
    '262711004', // Transection of cervical cord
  ],
  stroke: [
    '422504002', // Ischemic stroke
    '432504007', // Cerebral infarction
    '274100004', // Cerebral hemorrhage
    '230706003', // Hemorrhagic cerebral infarction
    '25133001', // Completed stroke
    '230713003', // Stroke of uncertain pathology
    '195212005', // Brainstem stroke syndrome
    '195216008', // Left sided cerebral hemisphere cerebrovascular accident
    '195217004', // Right sided cerebral hemisphere cerebrovascular accident
    '1131000119105', // Sequela of cerebrovascular accident
    '108691000119102', // Spasticity as sequela of stroke
    '425882004', // Paralytic syndrome as late effect of stroke
    '441991000', // Hemiparesis as late effect of cerebrovascular accident
    '442733008', // Hemiplegia as late effect of cerebrovascular accident
  ],
  brain_injury: [
    '127295002', // Traumatic brain injury
    '389098007', // Anoxic encephalopathy
    '17258002', // Chronic anoxic encephalopathy
    '703300001', // Hypoxic ischemic encephalopathy
  ],
};

const bySnomed = new Map<string, NamedCondition>();
for (const [value, { code }] of Object.entries(snomedConditions)) bySnomed.set(code, value as NamedCondition);
for (const [value, codes] of Object.entries(snomedKinds))
  for (const code of codes) bySnomed.set(code, value as NamedCondition);

/** The named condition a coding stands for, if it is in one of the lists above. */
export function namedConditionOf(coding: { system?: string; code?: string }): NamedCondition | undefined {
  if (!coding.code) return undefined;
  if (coding.system === systems.snomed) return bySnomed.get(coding.code);
  if (coding.system !== recordSystems.icd10cm && coding.system !== recordSystems.icd10) return undefined;
  const code = coding.code.replace('.', '').trim().toUpperCase();
  return (Object.keys(icd10Families) as NamedCondition[]).find((value) =>
    icd10Families[value].some((family) => code.startsWith(family)),
  );
}

/**
 * RxNorm codes of oral baclofen: the ingredient, 1292 (a code that says no form:
 * the route and words of the prescription still decide), and the oral products,
 * as openFDA's NDC directory links each marketed baclofen product (its strength
 * and form) to them. Intrathecal products are not listed.
 */
export const oralBaclofenRxNorm: ReadonlySet<string> = new Set([
  '1292', // baclofen (ingredient)
  '430902', // baclofen 5 mg oral tablet
  '197391', // baclofen 10 mg oral tablet
  '2679605', // baclofen 15 mg oral tablet
  '197392', // baclofen 20 mg oral tablet
  '250976', // baclofen 5 mg/5 mL oral solution
  '2667941', // baclofen 10 mg/5 mL oral solution
  '2667943', // Ozobax DS (baclofen 10 mg/5 mL oral solution)
  '2593376', // baclofen 5 mg/mL oral suspension
]);
