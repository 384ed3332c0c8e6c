import type { conditions, goals } from '../../../shared/api/options';

// The fixed text of the patient sheet, in plain words (reading grade 6 or
// below), written from the evidence sheet (EVIDENCE.md v2). Each text holds
// both readings as {{adult words|child words}} (shared/text/audience.ts): the
// child reading speaks to a parent. No number that no source gives; outcome
// figures say who, how many and over how long, as "about X in 100".

type Goal = (typeof goals)[number];
type Condition = (typeof conditions)[number];

/** The maker's screening figure (spinal and cerebral origin together), where no study fits better. */
const makerTestDose = 'Test dose: the maker of one pump medicine says about 94 to 97 in 100 people respond to it.';

export const sheetText = {
  title: '{{Your|Your child’s}} visit about a baclofen pump',
  intro:
    '{{Your doctor is sending you|The doctor is sending your child}} to a team that treats tight muscles, to talk about a baclofen pump. This sheet is not a decision. {{You|You, your child}} and the team decide together. Staying with {{your|your child’s}} current treatment is a choice too.',

  why: {
    title: 'Why {{your doctor is sending you|the doctor is sending your child}}',
    empty: '{{Your doctor|The doctor}} would like the team to look at {{your|your child’s}} tight muscles.',
  },
  talk: {
    title: 'Things to talk about with the team',
    empty: 'Nothing else stood out in the doctor’s answers. Bring any worries you have.',
  },
  bring: {
    title: 'Things to bring or find out',
    always: [
      'A list of all {{your|your child’s}} medicines and how much {{you take|your child takes}}.',
      'What {{you have|your child has}} tried for tight muscles, and how it went.',
      'Someone to come with {{you|you both}}, if you like.',
    ],
  },
  everyone: 'Do not stop or change baclofen pills or blood thinners on your own. Ask the doctor first.',

  pump: {
    title: 'What a baclofen pump is',
    text: [
      'Baclofen is a medicine that eases tight muscles. The pump is a small device under the skin of the belly. A thin tube takes the medicine to the fluid around the spinal cord.',
      'Why a tiny dose works: the body takes in baclofen pills well, but only a little gets from the blood into the fluid around the brain and spinal cord. The pump puts it straight into that fluid. So a tiny dose can work, with less sleepiness.',
      'A pump does not cure tight muscles or what causes them.',
      'Only the team sets and changes the dose. It can vary over the day. To lower it, they go slowly. A pump must never stop all at once: that can make {{you|your child}} very ill. Taking a pump out is an operation.',
    ],
  },
  testDose: {
    title: 'The test dose',
    text: [
      'First {{you|you, your child}} and the team agree on goals. Then a doctor puts a small dose of baclofen into the fluid around the spinal cord, with a thin needle in the lower back. The team watches for 4 to 8 hours. If it does not help enough, a bigger dose may be tried the next day. If no dose helps, a pump is not used.',
      'Afterwards {{you|your child}} may get a headache, feel sick or feel sleepy. A good test does not promise that a pump will help for years.',
    ],
  },
  surgery: {
    title: 'Surgery and getting better',
    text: [
      '{{You are|Your child is}} most often asleep for the operation. It takes 1 to 4 hours. There is one cut on the belly for the pump and one on the back for the tube. Most people stay in hospital for 1 to 3 days.',
      'No heavy lifting for 4 to 6 weeks, or up to 8 weeks if the team says so. An infection is most likely in the first 2 months.',
    ],
  },
  living: {
    title: 'Living with a pump',
    list: [
      'A nurse or doctor refills the pump with a needle through the skin every 1 to 6 months. A missed refill can make {{you|your child}} very ill.',
      'If the pump alarm sounds, call the team.',
      'Always carry the pump ID card.',
      'Tell the team before any MRI scan: the scan stops the pump, so it must be checked after.',
      'Heat makes the pump give more medicine, so no hot tubs or saunas.',
      'No diving deeper than 10 metres.',
      'The battery lasts 5 to 7 years. Then the pump is changed in a new operation.',
      'Keep baclofen pills at home. Use them only as the team says.',
    ],
  },

  warning: {
    title: 'Get help now: warning signs',
    once: 'These signs matter once {{you have|your child has}} a pump.',
    now: '{{You have|Your child has}} a pump now, so these signs matter now.',
    groups: [
      {
        label: 'Too little medicine:',
        signs:
          'muscles get tighter, or spasms come back. Itching, tingling, or feeling faint. Later, a high fever or confusion.',
      },
      {
        label: 'Too much medicine:',
        signs:
          'very sleepy or dizzy. Slow or shallow breathing. Low body temperature. A fit. Floppy muscles spreading up the body. Hard to wake.',
      },
    ],
    urgentAction:
      'For either, go to hospital at once or call an ambulance. Say {{you have|your child has}} a baclofen pump and show the ID card.',
    others: [
      {
        label: 'Infection:',
        signs:
          'a fever. A wound that is red, warm, swollen or leaking. A headache, stiff neck, or light hurting the eyes.',
        action: 'Call the pump team today. If you cannot reach them, go to hospital.',
      },
      {
        label: 'A fluid leak:',
        signs: 'a headache when sitting or standing that eases when lying flat.',
        action: 'Call the pump team.',
      },
    ],
  },

  compare: {
    title: 'A pump, or staying with {{your|your child’s}} current treatment',
    columns: ['A baclofen pump', 'Staying with current treatment'],
    rows: [
      {
        label: 'Good things',
        pump: 'Less tightness and fewer spasms for many people. Sitting, moving or care may get easier. Less sleepiness than high doses of pills.',
        current:
          'No test dose, no surgery and no refills. None of the pump risks. {{You|Your child}} can still try other treatments.',
      },
      {
        label: 'Risks',
        pump: 'A problem with the tube, an infection, a fluid leak, a pump fault, or too much or too little medicine. Some problems need another operation.',
        current: 'Tight muscles and spasms may stay as they are. Side effects of pills may go on.',
      },
    ],
    figuresTitle: 'Numbers from studies',
    figuresIntro: 'They are about groups of people, not about {{you|your child}}.',
  },

  figures: {
    /** How often a test dose led on to a pump, by condition (the closest study we have). */
    testDose: {
      cerebral_palsy:
        'Test dose: one study had 51 people with cerebral palsy. About 86 in 100 went on to get a pump after the test dose.',
      brain_injury:
        'Test dose: one study had 37 people with cerebral palsy or a brain injury. About 86 in 100 had less tightness after the test dose.',
      stroke:
        'Test dose: one study had 21 adults after a stroke. About 81 in 100 went on to get a pump after the test dose.',
      multiple_sclerosis: makerTestDose,
      spinal_cord_injury: makerTestDose,
      other: makerTestDose,
    } satisfies Record<Condition, string>,
    /** The stroke figure comes from adults; a child after a stroke gets the maker's figure. */
    testDoseChildStroke: makerTestDose,
    risksChild: [
      'Infection: one study followed 341 children with cerebral palsy for about 6 years. About 15 in 100 got an infection.',
      'Problems: another study followed 430 children for about 9 years. About 25 in 100 had at least one problem. The most common was with the tube (about 15 in 100).',
    ],
    risksAdult: [
      'Problems: one study followed 158 adults for a year. About 18 in 100 had a side effect or other problem.',
      'Another study followed 116 adults for up to 11 years. About 25 in 100 had a problem, most often with the tube.',
    ],
    /** SISTERS: the only figures that compare a pump with usual care. */
    strokeTrial: {
      label: 'A stroke trial',
      pump: 'In a small trial paid for by the pump maker, adults after a stroke were followed for 6 months. About 96 in 100 on a pump had any adverse event, including minor ones.',
      current:
        'In that trial, some people stayed on usual care. About 63 in 100 of them had any adverse event, including minor ones.',
    },
  },

  matters: {
    title: 'Tick what matters most to {{you|you and your child}}',
    /** Goals the doctor wrote down print in bold; screen readers hear doctorMark after them. */
    legend: 'Your doctor noted the ones in bold.',
    doctorMark: 'doctor noted',
    goals: {
      less_pain: 'Less pain',
      fewer_spasms: 'Fewer spasms',
      better_sleep: 'Better sleep',
      easier_care: 'Easier care',
      better_sitting: 'Sitting better',
      walking: 'Walking',
      transfers: 'Moving from bed to chair',
      independence: '{{Doing more by myself|My child doing more alone}}',
      fewer_side_effects: 'Fewer side effects',
    } satisfies Record<Goal, string>,
    others: ['Not having surgery', 'No regular refill visits', 'Keeping the current treatment'],
    writeIn: 'Something else',
  },
  questions: {
    title: 'Questions to ask the team',
    list: [
      'How might a pump help with what I ticked?',
      'What are the risks for {{me|my child}}?',
      'What other treatments could {{I|my child}} try?',
      'What if {{I|we}} choose not to have a pump?',
      'Where would refills be, and how often?',
      'Who can {{I|we}} call, day or night?',
    ],
    writeIn: 'My own question',
  },
  nameLine: '{{My name|My child’s name}}',
  dateLine: 'Date of the visit',
  footer: {
    notADecision: 'This sheet lists points to talk about. It is not a decision.',
    /** {version}, {reviewed} and {printed} are filled in when the sheet is made. */
    madeWith: 'ITB Referral Aid, rule set {version}, checked on {reviewed}. Printed on {printed}.',
  },
} as const;
