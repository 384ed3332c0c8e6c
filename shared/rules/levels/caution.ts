import type { Rule } from '../types';

export const cautionRules: Rule[] = [
  {
    id: 'active-infection',
    level: 'caution',
    title: 'Infection or unhealed wound now',
    when: { path: 'considerations.activeInfection', eq: 'yes' },
    clinicianText:
      'An infection now (such as a urine infection), or an unhealed wound or pressure sore, is reported. The Lioresal label contraindicates implantation with active infection, and NICE CG145 (1.6.3, under 19s) lists local or systemic intercurrent infection as a contraindication; best-practice guidance (Boster 2016) defers the screening test during active problems such as a urine infection, an MS relapse or a non-healing wound.',
    patientText:
      '{{You have|Your child has}} an infection, or a wound or sore that has not healed. Tell the team about it. The test dose and surgery usually wait until it has cleared up.',
    sources: ['label-lioresal', 'nice-cg145', 'boster-2016'],
  },
  {
    id: 'baclofen-allergy',
    level: 'caution',
    title: 'Allergy to baclofen reported',
    when: { path: 'considerations.baclofenAllergy', eq: 'yes' },
    clinicianText:
      'Allergy to baclofen reported. Hypersensitivity to baclofen is a labelled contraindication but is rare, and adverse effects of oral baclofen are sometimes recorded as allergy (Saulino 2016): establish what happened and whether it was a true allergic reaction.',
    patientText:
      'The form says {{you are|your child is}} allergic to baclofen. A true allergy to baclofen is rare. Side effects are sometimes taken for an allergy. Tell the team what happened when {{you|your child}} took it.',
    sources: ['label-lioresal', 'saulino-2016'],
  },
  {
    id: 'current-pump',
    level: 'caution',
    title: 'Has a baclofen pump now',
    when: { path: 'otherTreatments', has: 'itb_pump_current' },
    clinicianText:
      'A baclofen pump is in place now. Confirm who will do the next refill and when, until this team sees the patient: sudden withdrawal happens most often through a catheter or pump problem or a refill not done on time, and abrupt withdrawal can cause high fever, altered mental state, rebound spasticity and rigidity, and rarely muscle breakdown, organ failure and death (boxed warning). The withdrawal and overdose warning signs on the patient sheet apply now.',
    patientText:
      '{{You have|Your child has}} a baclofen pump now. Ask who will do the next refill, and when, until the new team sees {{you|your child}}. Never miss a refill. If the pump runs empty, {{you|your child}} can get very ill. The warning signs on this sheet apply now: if you see them, go to hospital at once.',
    sources: ['label-gablofen', 'label-lioresal'],
  },
  {
    id: 'refills-not-possible',
    level: 'caution',
    title: 'Refills every 1 to 6 months may not be possible',
    when: { path: 'considerations.canAttendRefills', eq: 'no' },
    clinicianText:
      'Refills every 1 to 6 months (at a clinic, or home visits where offered) reported as not possible. A refill not done on schedule is one of the most frequent causes of sudden withdrawal (Gablofen label), and the UK adult criteria expect a commitment to refills; discuss travel, home visits and support.',
    patientText:
      'A pump needs a refill every 1 to 6 months, at a clinic or sometimes at home. Missing a refill can make {{you|your child}} very ill. Talk with the team about how {{you|your child}} could get refills, and what help there is.',
    sources: ['seed', 'label-gablofen', 'nhse-itb'],
  },
  {
    id: 'pump-care-support',
    level: 'caution',
    title: 'No one yet to spot warning signs and get urgent help',
    when: { path: 'considerations.pumpCareSupport', eq: 'no' },
    clinicianText:
      'Reported that neither the patient nor a carer usually with them can learn the warning signs and get urgent hospital help at any hour. Abrupt withdrawal is the boxed-warning risk; its early signs include more spasticity, itching, low blood pressure, light-headedness and tingling, and the Gablofen label asks for immediate hospital assessment when withdrawal or a pump problem is suspected.',
    patientText:
      'With a pump, someone needs to spot the warning signs and get help fast, day or night. Talk with the team about who could do this for {{you|your child}}, and what support there is.',
    sources: ['label-lioresal', 'label-gablofen'],
  },
  {
    id: 'brain-injury-timing',
    level: 'caution',
    title: 'Less than a year since the brain injury',
    when: {
      all: [
        { path: 'diagnosis.condition', eq: 'brain_injury' },
        { path: 'diagnosis.monthsSinceOnset', lt: 12 },
      ],
    },
    clinicianText:
      '{diagnosis.monthsSinceOnset} since the brain injury. The labels advise waiting at least one year after a traumatic brain injury before long-term intrathecal baclofen; the form does not record whether the injury was traumatic.',
    patientText:
      '{{Your|Your child’s}} brain injury was less than a year ago. After an injury to the head, the advice is to wait at least a year before a pump. Ask the team what this means for {{you|your child}}.',
    sources: ['label-lioresal', 'label-gablofen'],
  },
  {
    id: 'seizures-uncontrolled',
    level: 'caution',
    title: 'Seizures not controlled',
    when: { path: 'considerations.seizures', eq: 'uncontrolled' },
    clinicianText:
      'Seizures not controlled. Uncontrolled epilepsy is an exclusion in the UK adult criteria and a potential contraindication in NICE CG145 (1.6.4, under 19s); seizures are among the commonest adverse events in intrathecal baclofen trials and occur in overdose and withdrawal.',
    patientText:
      '{{Your|Your child’s}} seizures are not under control. Tell the team how often they happen and which seizure medicines {{you take|your child takes}}.',
    sources: ['nhse-itb', 'nice-cg145', 'label-lioresal'],
  },
  {
    id: 'mental-health',
    level: 'caution',
    title: 'Unstable mental illness, psychosis or confusion',
    when: { path: 'considerations.mentalHealth', eq: 'yes' },
    clinicianText:
      'Unstable mental illness, psychosis or a confusional state reported. Psychosis and confusion are label precautions (Gablofen), the UK adult criteria exclude severe unstable mental illness, and consensus counts unmanaged mental health problems as a relative contraindication (Saulino 2016).',
    patientText:
      'The form says {{you have|your child has}} mental health problems or times of confusion now. Tell the team about this, so they can plan care that fits {{you|your child}}.',
    sources: ['label-gablofen', 'nhse-itb', 'saulino-2016'],
  },
  {
    id: 'withdrawal-risk',
    level: 'caution',
    title: 'Risk factors for baclofen withdrawal',
    when: {
      any: [
        { path: 'considerations.communicationDifficulty', eq: 'yes' },
        { path: 'considerations.pastWithdrawal', eq: 'yes' },
        {
          all: [
            { path: 'diagnosis.condition', eq: 'spinal_cord_injury' },
            { path: 'diagnosis.injuryLevel', in: ['cervical', 't1_t6'] },
          ],
        },
      ],
    },
    clinicianText:
      'At least one risk factor named in the boxed warning is recorded ({because.answers}). The boxed warning asks for special attention to people with spinal cord injury at T6 or above, communication difficulties or a history of withdrawal, because abrupt withdrawal can cause high fever, altered mental state, rebound spasticity and, rarely, muscle breakdown, organ failure and death; agree a plan for recognising and treating it.',
    patientText:
      'If a pump stops or runs empty, baclofen withdrawal can happen. Some things make it harder to spot or more serious. The form shows at least one of these for {{you|your child}}. The team will make a plan with you to spot it early and get help fast.',
    sources: ['label-lioresal', 'label-gablofen'],
  },
  {
    id: 'autonomic-dysreflexia',
    level: 'caution',
    title: 'Autonomic dysreflexia',
    when: { path: 'considerations.autonomicDysreflexia', eq: 'yes' },
    clinicianText:
      'Autonomic dysreflexia reported. It is a precaution in the Gablofen label, separate from the boxed warning’s withdrawal risk factors; describe the usual triggers and how episodes are managed.',
    patientText: '{{You have|Your child has}} autonomic dysreflexia. Tell the team what sets it off and what helps.',
    sources: ['label-gablofen'],
  },
  {
    id: 'breathing-problems',
    level: 'caution',
    title: 'Breathing disorder with a risk of respiratory failure',
    when: { path: 'considerations.breathingProblems', eq: 'yes' },
    clinicianText:
      'A breathing disorder with a risk of respiratory failure is reported. NICE CG145 (1.6.4, under 19s) lists such respiratory disorders among potential contraindications, and intrathecal baclofen overdose can depress breathing (Lioresal label); give details of any ventilation or night-time breathing support.',
    patientText:
      '{{You have|Your child has}} breathing problems. Too much baclofen can slow breathing, so the team needs to know. Tell them about any breathing help {{you use|your child uses}}, such as a machine at night.',
    sources: ['nice-cg145', 'label-lioresal'],
  },
  {
    id: 'organ-disease',
    level: 'caution',
    title: 'Kidney, liver or gut disease',
    when: { path: 'considerations.kidneyLiverGutDisease', eq: 'yes' },
    clinicianText:
      'Kidney failure, liver disease or gut disease reported. The UK adult criteria expect no indication of renal failure, hepatic or gastrointestinal disease; give the diagnosis and how stable it is.',
    patientText: '{{You have|Your child has}} a kidney, liver or gut problem. Tell the team about it.',
    sources: ['nhse-itb'],
  },
  {
    id: 'nutrition-body-size',
    level: 'caution',
    title: 'Low weight, small body size or malnutrition',
    when: { path: 'considerations.lowWeightOrMalnutrition', eq: 'yes' },
    clinicianText:
      'Very low weight, small body size or malnutrition reported (weight: {patient.weightKg}). The Lioresal label contraindicates implantation with insufficient body size or when the pump would have to sit deeper than 2.5 cm; for under-19s, NICE CG145 lists being too small for the pump as a contraindication (1.6.3) and malnutrition, which raises the risk of complications after surgery, as a potential contraindication (1.6.4).',
    patientText:
      '{{You are|Your child is}} small or underweight, or not eating well. The pump has to fit under the skin of the belly. Being underweight can also make healing after surgery harder. Talk with the team about this.',
    sources: ['label-lioresal', 'nice-cg145'],
  },
  {
    id: 'spinal-surgery-previous',
    level: 'caution',
    title: 'Spinal surgery or fusion in the past',
    when: { path: 'considerations.spinalSurgery', eq: 'previous' },
    clinicianText:
      'Spinal surgery or fusion in the past. It may affect access for the test-dose lumbar puncture and the catheter, so bring operation notes and imaging; NICE CG145 (1.6.4, under 19s) lists a previous spinal fusion as a potential contraindication, and no adult source in this tool’s evidence takes a position either way.',
    patientText:
      '{{You have|Your child has}} had surgery on the spine. This may change how the test dose and the pump tube are put in. Bring any notes about the surgery.',
    sources: ['nice-cg145'],
  },
  {
    id: 'spinal-fusion-planned',
    level: 'caution',
    title: 'Spinal surgery or fusion planned',
    when: { path: 'considerations.spinalSurgery', eq: 'planned' },
    clinicianText:
      'Spinal surgery or fusion is planned. For under-19s, NICE CG145 (1.6.5) advises implanting the pump before the fusion when a fusion for scoliosis is likely; agree the order and timing with the spinal team.',
    patientText:
      '{{You have|Your child has}} spine surgery planned. The order of the spine surgery and the pump surgery matters. Tell both teams about each plan.',
    sources: ['nice-cg145'],
  },
  {
    id: 'bleeding-risk',
    level: 'caution',
    title: 'Blood thinner or bleeding disorder',
    when: { path: 'considerations.bleedingRisk', eq: 'yes' },
    clinicianText:
      'An anticoagulant, an antiplatelet medicine or a bleeding disorder is reported. It changes the plan for the test-dose lumbar puncture and the implant (ASRA guidance on spine and pain procedures); NICE CG145 (1.6.4, under 19s) lists coagulation disorders as a potential contraindication.',
    patientText:
      '{{You take|Your child takes}} a blood thinner or {{bleed|bleeds}} easily. The team will plan the test dose and surgery around this. Do not stop a blood thinner on your own. Ask the doctor who gives it first.',
    sources: ['nice-cg145', 'asra-pain'],
  },
];
