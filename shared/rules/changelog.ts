// What changed in each version of the rule set. The newest entry gives the
// version and review date the server sends; its hash pins the rules, texts and
// sources, so a change without a new entry (and a new version) fails the tests.

export type Release = { version: string; date: string; hash: string; changes: readonly string[] };

export const changelog: readonly Release[] = [
  {
    version: '1.0.0',
    date: '2026-11-24',
    hash: 'sha256:daa85f8f1338c6d8b3fe56f375009f9ce8a0b42aa2a38f531948bc4f455a9d48',
    changes: ['First rule set: 33 rules of catalogue v1 on intake v1.'],
  },
  {
    version: '2.0.0',
    date: '2026-11-25',
    hash: 'sha256:f5366f9ac0fd6ea8de5d4400519891fa07338e30ddbaf7aeb138a3a8afef7866',
    changes: [
      'Intake v2 and catalogue v2: 49 rules (16 new), texts rewritten from evidence sheet v2 after a clinical review.',
      'New: one-side-pattern, gmfcs-typical, current-pump, pump-care-support, autonomic-dysreflexia, breathing-problems, organ-disease, nutrition-body-size, spinal-fusion-planned, one-side-child, gmfcs-low, walks, dystonia, mri-needed, gmfcs-not-known, previous-itb.',
      'spinal-surgery became spinal-surgery-previous (a caution); bleeding-risk is a caution; withdrawal-risk reads the injury level, communication difficulty and past withdrawal, and names which applies.',
      'oral-not-enough no longer fires beside oral-dose-below-usual; oral-side-effects fires with an empty side-effect list; child-guidance only for cerebral palsy, brain injury and stroke under 19.',
      '"Severe" is this tool’s marker, with the UK and trial thresholds beside it; patient texts address a parent under 12.',
    ],
  },
  {
    version: '2.1.0',
    date: '2026-12-06',
    hash: 'sha256:4724f2e028fe7873893e8669b96511ba63c2e969bc0c0c0d7eb9f8ccf38e3833',
    changes: [
      'Safe printed outputs: 50 rules. widespread-pattern is for adults (18 and over); new widespread-child (consider) gives under-18s the NICE CG145 wording.',
      'Rule data gains contraindication (active-infection, baclofen-allergy, nutrition-body-size: listed first among the cautions), pumpNow (current-pump: the patient sheet for life with a pump) and additions (sentences that apply only under their own condition).',
      'current-pump asks for what a receiving team needs to take a pump over; with a pump now, severe-spasticity and below-severe-range say the scores were taken on intrathecal baclofen, and test-dose and surgery sentences are left out.',
      'withdrawal-risk names the risk factor in the patient text; unsure-answers names the answers to find out and cites no source; withdrawal is "life-threatening"; autonomic-dysreflexia says advanced withdrawal may resemble it (Gablofen 5.5): an attack with no clear cause, or with itching or fever, means hospital at once.',
      'previous-itb asks why a pump or test stopped only if it did; walks says less tightness can make walking easier or harder; the stroke-trial sentence of listed-condition is added for stroke and cerebral palsy only.',
      'No persuasive lines: widespread-pattern, one-side-pattern and gmfcs-typical describe, gmfcs-low never says the child walks; brain-injury-timing says the one-year advice is for a blow to the head; mri-needed says the effect depends on the pump model; refills "often every few months, depending on the dose".',
      'Sources: NICE CG145 labelled for under-19s with non-progressive brain disorders, the UK criteria as NHS England access criteria, the Lioresal Intrathecal Canadian monograph and the FDA MRI safety communication added, the lay seed page no longer cited.',
    ],
  },
  {
    version: '2.2.0',
    date: '2026-12-06',
    hash: 'sha256:a5ab8311b51bb46941e37a333feb135d9a014682a9e46fc1fdceae0d5736f122',
    changes: [
      'Patient texts in Spanish: every rule’s patient text and every addition’s, and the patient’s words for the answers a text names (shared/rules/translations/es.ts), as ICU messages with the adult and parent readings. Each keeps the hash of the English it translates. POST /api/summary?lang=es returns them; the clinician texts stay English. The Spanish follows the English of 2.1.0. No condition, English text or source changed.',
    ],
  },
];
