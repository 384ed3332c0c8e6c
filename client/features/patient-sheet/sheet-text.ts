import type { conditions, goals } from '../../../shared/api/options';

// The fixed text of the patient sheet, in plain words (reading grade 6 or
// below), written from the evidence sheet (docs/clinical/EVIDENCE.md; fact ids
// in the comments). Each text holds both readings as {{adult words|child words}}
// (shared/text/audience.ts): the child reading speaks to a parent. No number
// that no source gives; outcome figures say who, how many and over how long, as
// "about X in 100". Two sheets share it: one for someone thinking about a pump,
// and one for someone who lives with a pump now (`pumpNow` replaces the parts
// that differ, and the sheet leaves out the test dose, surgery and test figures).

type Goal = (typeof goals)[number];
type Condition = (typeof conditions)[number];

/** The maker's screening figures, with the groups they describe (F71), where no study fits better. */
const makerTestDose =
  'Test dose: the maker of one pump medicine gives two numbers. About 97 in 100 people with tightness from the spinal cord respond to it. So do about 94 in 100 with tightness from the brain.';

export const sheetText = {
  /** The screen around the printed sheet: the page title, the print button and its hint. */
  screen: {
    title: 'Your sheet for the specialist visit',
    print: 'Print this sheet',
    saveHint: 'To keep a copy as a file, choose “Save as PDF” as the printer.',
  },
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
      'A list of {{your|your child’s}} medicines and doses, and what {{you have|your child has}} tried for tight muscles.',
    ],
  },
  /** Only for someone who has taken baclofen pills (F8: oral baclofen is reduced slowly). */
  pills: 'Do not stop or change baclofen pills on your own. Ask the doctor first.',

  pump: {
    title: 'What a baclofen pump is',
    text: [
      // F83, F1-F4, F9, F5, F6, F7
      'The pump is a small device under the skin of the belly. A thin tube takes baclofen, a medicine for tight muscles, to the fluid around the spinal cord.',
      'Why a tiny dose works: from pills, little baclofen reaches the fluid around the spinal cord. The pump puts it straight into that fluid, with less sleepiness.',
      'A pump does not cure tight muscles or what causes them.',
      'The dose can vary over the day. The team plans any change to the dose. A pump must never stop all at once: the sudden loss of medicine (withdrawal) can be life-threatening. Taking a pump out is an operation.',
    ],
  },
  testDose: {
    title: 'The test dose',
    text: [
      // F56-F58
      'First {{you|you, your child}} and the team agree on goals. A doctor then gives a small dose with a thin needle in the lower back. The team watches for 4 to 8 hours. If it does not help enough, a bigger dose may be tried the next day. If no dose helps, a pump is not used.',
      'Afterwards {{you|your child}} may get a headache or feel sick or sleepy. Rarely, it causes a fit or slow breathing, so the team watches closely. A good test does not promise years of help.',
    ],
  },
  surgery: {
    title: 'Surgery and getting better',
    text: [
      // F59, F93, F66
      '{{You are|Your child is}} most often asleep for the operation. It usually takes 1 to 4 hours. The pump goes under the skin of the belly. The hospital stay can be one night, or a week or more: ask the team.',
      'The maker says activity may be limited for 6 to 8 weeks. The team will say what is safe. An infection is most likely in the first 2 months.',
    ],
  },
  living: {
    title: 'Living with a pump',
    list: [
      // F83, F94, F52, F6
      'A nurse or doctor refills the pump with a needle through the skin, often every few months. How often depends on the dose. A missed refill can cause withdrawal.',
      // F61, F62
      'If the pump alarm sounds, call the team. Always carry the pump ID card.',
      // F88, F63
      'Tell the pump team before any MRI scan. What a scan does to a pump depends on the kind of pump.',
      // F65
      'Heat can make the pump give more medicine, so no hot tubs or saunas. No diving deeper than 10 metres.',
      // F60: one model
      'For one make of pump, the battery lasts 5 to 7 years. Changing a pump is an operation.',
      // F62
      'Keep baclofen pills at home. Use them only as the team says.',
    ],
  },

  warning: {
    title: 'Get help now: warning signs',
    once: 'These signs matter once {{you have|your child has}} a pump.',
    now: '{{You have|Your child has}} a pump now, so these signs matter now.',
    groups: [
      {
        // F53, F6: withdrawal
        label: 'Too little medicine:',
        signs:
          'muscles get tighter, or spasms come back. Itching, tingling, or feeling faint. Later, a high fever or confusion. This can be life-threatening.',
      },
      {
        // F55: overdose
        label: 'Too much medicine:',
        signs:
          'very sleepy or dizzy. Slow or shallow breathing. Low body temperature. Floppy muscles spreading up the body. Hard to wake.',
      },
    ],
    /** For someone who cannot tell others how they feel: signs a carer can see (F53, F6, F55). */
    carers: {
      label:
        '{{If you cannot easily say how you feel, the people with you should watch for these signs:|Your child may not be able to tell you. Watch for these signs:}}',
      signs: 'scratching. More stiffness or spasms. A fever. Being sleepier, or more upset or restless, than usual.',
    },
    // F44, F54
    urgentAction:
      'A fit, or more fits than usual, can mean either. For any of these, go to hospital at once or call an ambulance. Say {{you have|your child has}} a baclofen pump; show the ID card.',
    others: [
      {
        // F66
        label: 'An infection:',
        signs: 'a wound, or the skin over the pump or tube, that is red, warm, swollen or leaking.',
        action: 'Call the pump team straight away.',
      },
      {
        // F66, F85, F87
        label: 'A serious infection:',
        signs:
          'a fever with a headache, a stiff neck, or light hurting the eyes. It can be an infection around the brain and spine (meningitis).',
        action: 'Go to hospital now or call an ambulance.',
      },
      {
        // F67
        label: 'A fluid leak:',
        signs: 'a headache when upright that eases lying flat.',
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
        pump: 'The aim: less tightness and fewer spasms, so comfort, sitting, moving or care get easier. A tiny dose often causes less sleepiness than high doses of pills.',
        current: 'No test dose, no surgery and no refills. None of the pump risks.',
      },
      {
        label: 'Risks',
        // F44 (side effects in trials), F76-F80 (device problems), F55/F6
        pump: 'Side effects seen most in studies: sleepiness, weak legs, dizziness and fits. A problem with the tube, an infection, a fluid leak or a pump fault. Some problems need another operation. Too much or too little medicine.',
        current: 'Tight muscles and spasms may stay as they are. Side effects of current medicines may go on.',
      },
    ],
    // F90, F92, F22: the other options; rhizotomy and surgery from NICE CG145 (children)
    otherChoices:
      'Other choices include physio, pills and shots into the muscle (botulinum toxin). Ask the team which could help.',
    /** Under 19 (NICE CG145 covers children and young people): the options NICE names for them too. */
    otherChoicesYoung:
      'Other choices include physio, pills, shots into the muscle (botulinum toxin) and splints. Some children have an operation on tendons, bones or nerves in the back. Ask the team which could help.',
    figuresTitle: 'Numbers from studies',
    figuresIntro: 'They are about groups of people, not about {{you|your child}}.',
  },

  figures: {
    /** How often a test dose led on to a pump, by condition (the closest study we have). */
    testDose: {
      cerebral_palsy: 'Test dose: one study had 51 people with cerebral palsy. About 86 in 100 went on to get a pump.',
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
      // F73 counts infections (50 in 341 children), not children infected; F74, F76
      'Infection: 341 children with cerebral palsy were followed for about 6 years. There were about 15 infections for every 100 children.',
      'Problems: 430 children were followed for about 9 years. About 25 in 100 had at least one problem, most often with the tube (about 15 in 100). About 9 in 100 had an infection.',
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
    others: ['Not having surgery', 'No regular refill visits'],
    writeIn: 'Something else',
  },
  questions: {
    title: 'Questions to ask the team',
    list: [
      'How might a pump help with what I ticked?',
      'What are the risks for {{me|my child}}?',
      'What if {{I|we}} choose not to have a pump?',
      'Where would refills be, and how often?',
      'Who can {{I|we}} call, day or night?',
    ],
    writeIn: 'My own question',
  },
  nameLine: '{{My name|My child’s name}}',
  dateLine: 'Date of the visit',
  footer: {
    notADecision: 'This sheet is not a decision.',
    /** {version} and {reviewed} are filled in when the sheet is made. */
    madeWith: 'ITB Referral Aid, rule set {version}, checked on {reviewed}.',
  },

  /** The parts that differ for someone who lives with a pump now. */
  pumpNow: {
    title: '{{Your|Your child’s}} visit about {{your|your child’s}} baclofen pump',
    intro:
      '{{You have|Your child has}} a baclofen pump now. {{Your doctor is sending you|The doctor is sending your child}} to a team that treats tight muscles and looks after pumps. This sheet is not a decision. {{You|You, your child}} and the team decide together about the pump and any changes.',
    pump: {
      title: 'About {{your|your child’s}} pump',
      text: [
        'The pump sits under the skin of the belly. It sends baclofen down a thin tube to the fluid around the spinal cord.',
        'A pump does not cure tight muscles or what causes them.',
        'The team plans any change to the dose. A pump must never stop all at once: the sudden loss of medicine (withdrawal) can be life-threatening. Taking a pump out is an operation.',
      ],
    },
    compare: {
      title: 'Keeping the pump, or stopping it',
      columns: ['Keeping the pump', 'Stopping the pump'],
      rows: [
        {
          label: 'Good things',
          pump: 'The pump goes on giving the medicine, at the dose the team sets.',
          current: 'No refills. Once the pump is out, none of the pump risks.',
        },
        {
          label: 'Risks',
          pump: 'Refills for as long as the pump is in. A problem with the tube, an infection or a pump fault. Some problems need an operation. Too much or too little medicine. Pumps with a battery are changed in an operation when it runs down.',
          current:
            'Only ever with a plan from the team: a pump must never stop all at once. Taking it out is an operation. The pump does not cure tight muscles, so the tightness may come back.',
        },
      ],
      otherChoices: 'Physio and other treatments can go on alongside a pump. Ask the team which could help.',
    },
    matters: {
      others: ['Keeping what the pump does now', 'Refills close to home', 'No more refills'],
    },
    questions: {
      list: [
        'Who will do the next refill, and when?',
        'Could a change to the dose help with what I ticked?',
        'When is the battery due, and what happens then?',
        'What if {{I|we}} want to stop the pump one day?',
        'Who can {{I|we}} call, day or night?',
      ],
    },
  },
} as const;
