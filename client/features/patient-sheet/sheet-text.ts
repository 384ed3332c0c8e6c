// The fixed text of the patient sheet, in plain words (reading grade 6 or
// below), written from the evidence sheet. No numbers that no source gives.

export const sheetText = {
  title: 'Your visit about a baclofen pump',
  intro:
    'Your doctor is sending you to a team that treats tight muscles. They will talk with you about a baclofen pump. This sheet helps you get ready. It is not a decision. You and the team will decide together.',
  whyTitle: 'Why your doctor is sending you',
  bringTitle: 'Things to bring or find out',
  bringAlways: ['A list of all the medicines you take, and how much.', 'Someone who helps you, if you would like.'],
  pump: {
    title: 'What is a baclofen pump?',
    text: [
      'Baclofen is a medicine that eases tight muscles. A pump is a small round device. It goes under the skin of your belly. A thin tube runs from it to the fluid around your spinal cord.',
      'The pump sends tiny doses there. They can work well because they do not pass through your stomach. The dose can be changed, and the pump can be turned off.',
    ],
  },
  testDose: {
    title: 'The test dose',
    text: 'First you get a test dose. A doctor puts a small amount of baclofen into your lower back with a thin needle. Then the team watches you for 4 to 8 hours. If it does not help enough, they may try a bigger dose on another day.',
  },
  surgery: {
    title: 'Surgery and getting better',
    text: 'You sleep or are numb for the surgery. There is one cut on your belly and one on your lower back. Most people stay in hospital for 1 to 3 days. Do not lift heavy things or do hard exercise for 4 to 6 weeks. The battery lasts about 5 to 7 years. Then the pump is changed in a new operation.',
  },
  living: {
    title: 'Living with a pump',
    text: 'A nurse or doctor fills the pump with a needle through your skin. This happens every 1 to 6 months. Never miss a refill. If the pump runs empty, you can get very ill.',
  },
  warning: {
    title: 'Get help now if you notice these signs',
    lines: [
      'Too little medicine. Your muscles get tight again. You itch or tingle, or feel faint. You may get a high fever or feel mixed up.',
      'Too much medicine. You feel very sleepy or dizzy. Your breathing is slow. Your muscles go floppy, or you have a fit.',
      'Call for emergency help for any of these. Tell them you have a baclofen pump.',
      'Call your pump team if the skin near the pump is red, warm, swollen or leaking.',
    ],
  },
  compare: {
    title: 'Good things and risks side by side',
    columns: ['', 'A baclofen pump', 'Staying with your current treatment'],
    rows: [
      [
        'What may get better',
        'Less tightness and fewer spasms. Moving and care may get easier. Fewer side effects than high doses of pills.',
        'No surgery and no refills. You keep the care you know.',
      ],
      [
        'What could go wrong',
        'An infection, bleeding, a problem with the pump or tube, or too much or too little medicine. You may need another operation to fix a problem.',
        'Tight muscles and spasms may stay as they are. Side effects of pills may go on.',
      ],
      [
        'What it asks of you',
        'A test dose, surgery, a short hospital stay, and refill visits for as long as you have the pump.',
        'You keep your usual visits and pills.',
      ],
    ],
  },
  matters: {
    title: 'What matters most to you',
    hint: 'Tick the ones that matter. Your doctor marked the goals they wrote down.',
    choices: [
      ['less_pain', 'Less pain'],
      ['fewer_spasms', 'Fewer spasms'],
      ['better_sleep', 'Better sleep'],
      ['easier_care', 'Easier care by others'],
      ['better_sitting', 'Sitting better'],
      ['walking', 'Walking'],
      ['transfers', 'Moving in and out of bed or a chair'],
      ['independence', 'Doing more by myself'],
      ['fewer_side_effects', 'Fewer side effects from medicines'],
      ['no_surgery', 'Not having surgery'],
    ] as const,
    writeIn: 'Something else:',
  },
  questions: {
    title: 'Questions to ask the team',
    list: [
      'How much might a pump help me?',
      'What are the risks for me?',
      'Where would I go for refills, and how often?',
      'What happens if I choose not to have a pump?',
      'Who do I call if something goes wrong, day or night?',
    ],
  },
  nameLine: 'My name',
  dateLine: 'Date of my visit',
  footer: 'This sheet lists points to talk about. It is not a decision.',
} as const;
