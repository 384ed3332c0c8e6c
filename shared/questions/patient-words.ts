import type { IntakePath } from '../api/paths';

// What an answer is about, in the patient's words, for the sheet's "find out"
// lines ({because.fields} in a rule's patient text): every question that can be
// answered "not sure". Plain words at reading grade 6; {{adult|child}} pairs
// where a parent reads it. A test checks that each such question has words here.

export const patientWords: Partial<Record<IntakePath, string>> = {
  'spasticity.distribution': 'where the tightness is',
  'spasticity.dystonia': 'dystonia (twisting movements)',
  'diagnosis.injuryLevel': 'how high the spinal cord injury is',
  'considerations.activeInfection': 'any infection or open wound now',
  'considerations.baclofenAllergy': 'any allergy to baclofen',
  'considerations.seizures': 'seizures (fits)',
  'considerations.bleedingRisk': 'blood thinners or bleeding easily',
  'considerations.breathingProblems': 'breathing problems',
  'considerations.kidneyLiverGutDisease': 'kidney, liver or gut problems',
  'considerations.lowWeightOrMalnutrition': 'weight and eating',
  'considerations.spinalSurgery': 'any surgery on the spine, past or planned',
  'considerations.shunt': 'a shunt',
  'considerations.autonomicDysreflexia': 'autonomic dysreflexia',
  'considerations.mentalHealth': 'mental health or times of confusion',
  'considerations.pregnancy': 'pregnancy',
  'considerations.canAttendRefills': 'getting to refill visits',
  'considerations.pumpCareSupport': 'who could spot warning signs and get help fast',
  'considerations.communicationDifficulty': '{{telling others|how your child tells others}} about new symptoms',
  'considerations.pastWithdrawal': 'baclofen withdrawal in the past',
  'considerations.reliesOnTone': 'using the tightness to stand, walk or move',
  'considerations.needsMri': 'MRI scans',
};
