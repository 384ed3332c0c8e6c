import { tr } from '../../../../shared/text/translation';
import type { SheetTranslation } from '../translate-sheet';

// The patient sheet in Spanish: neutral Latin American Spanish, "usted", in the
// words MedlinePlus en español uses with patients. Each text is an ICU message:
// {audience, select, adult {…} other {…}} holds the adult and the parent's
// readings (the parent's is "other"). The first argument of tr() is the hash
// of the English it translates (sheet-text.ts): when the English changes, a test
// names the text to translate again. Loaded only when the Spanish sheet is asked for.

/** The maker's screening figures, with the groups they describe (F71). */
const makerTestDose = tr(
  'be5aa4fd',
  'Dosis de prueba: el fabricante de un medicamento para bomba da dos cifras. Unas 97 de cada 100 personas con rigidez por la médula espinal responden a ella. También unas 94 de cada 100 con rigidez por el cerebro.',
);

/** The same question on both sheets. */
const whoToCall = tr(
  '2d9a92c0',
  '¿A quién {audience, select, adult {puedo} other {podemos}} llamar, de día o de noche?',
);
const noCure = tr('7cb77b46', 'Una bomba no cura la rigidez muscular ni su causa.');

export const es: SheetTranslation = {
  screen: {
    title: tr('be8031f9', 'Su hoja para la visita con el especialista'),
    print: tr('f6a770b7', 'Imprimir esta hoja'),
    saveHint: tr(
      '130a7492',
      'Para guardar una copia como archivo, elija la opción de guardar como PDF en lugar de una impresora.',
    ),
  },
  title: tr(
    'f074cb90',
    '{audience, select, adult {Su visita} other {La visita de su hijo}} sobre una bomba de baclofeno',
  ),
  intro: tr(
    '805acb32',
    '{audience, select, adult {Su médico pide para usted} other {El médico pide para su hijo}} una visita con un equipo que trata la rigidez muscular, para hablar de una bomba de baclofeno intratecal. Esta hoja no es una decisión. {audience, select, adult {Usted y el equipo deciden} other {Usted, su hijo y el equipo deciden}} juntos. Seguir con el tratamiento actual también es una opción.',
  ),

  why: {
    title: tr('a3a32b81', 'Por qué {audience, select, adult {su médico} other {el médico}} pide esta visita'),
    empty: tr(
      '4a4e6850',
      '{audience, select, adult {Su médico} other {El médico}} quiere que el equipo revise {audience, select, adult {su rigidez muscular} other {la rigidez muscular de su hijo}}.',
    ),
  },
  talk: {
    title: tr('62cd6994', 'Temas para hablar con el equipo'),
    empty: tr('acc540e6', 'Nada más destacó en las respuestas del médico. Traiga las preocupaciones que tenga.'),
  },
  bring: {
    title: tr('a213ad2d', 'Qué traer o averiguar'),
    always: [
      tr(
        'bea4e651',
        'Una lista de {audience, select, adult {sus medicamentos} other {los medicamentos de su hijo}} y sus dosis, y de lo que {audience, select, adult {ha probado} other {su hijo ha probado}} para la rigidez.',
      ),
    ],
  },
  pills: tr('f5141f41', 'No deje ni cambie las pastillas de baclofeno por su cuenta. Pregunte primero al médico.'),

  pump: {
    title: tr('68bc3dfa', 'Qué es una bomba de baclofeno'),
    text: [
      tr(
        'b18c8ad7',
        'La bomba es un aparato pequeño bajo la piel del vientre. Un tubo fino lleva baclofeno, un medicamento para la rigidez, al líquido que rodea la médula espinal.',
      ),
      tr(
        '14129295',
        'Por qué basta una dosis mínima: con pastillas, poco baclofeno llega al líquido que rodea la médula espinal. La bomba lo pone directo en ese líquido, con menos sueño.',
      ),
      noCure,
      tr(
        'ecd8fbb4',
        'La dosis puede variar durante el día. El equipo planea cualquier cambio de dosis. Una bomba nunca debe parar de golpe: la falta repentina de medicamento (abstinencia) puede poner la vida en peligro. Sacar una bomba es una operación.',
      ),
    ],
  },
  testDose: {
    title: tr('8085c131', 'La dosis de prueba'),
    text: [
      tr(
        '305d4ade',
        'Primero, {audience, select, adult {usted y el equipo acuerdan} other {usted, su hijo y el equipo acuerdan}} las metas. Luego un médico pone una dosis pequeña con una aguja fina en la espalda baja. El equipo observa de 4 a 8 horas. Si no ayuda bastante, se puede probar una dosis mayor al día siguiente. Si ninguna ayuda, no se pone una bomba.',
      ),
      tr(
        'fcbc48ae',
        'Después puede haber dolor de cabeza, náuseas o sueño. Rara vez, la dosis causa una convulsión o respiración lenta: el equipo vigila de cerca. Una buena prueba no promete años de ayuda.',
      ),
    ],
  },
  surgery: {
    title: tr('fc79f089', 'La cirugía y la recuperación'),
    text: [
      tr(
        '0aeb6107',
        'La operación casi siempre se hace con anestesia general. Suele durar de 1 a 4 horas. La bomba va bajo la piel del vientre. La hospitalización va de una noche a una semana o más: pregunte.',
      ),
      tr(
        'e0a7f946',
        'Según el fabricante, la actividad puede limitarse de 6 a 8 semanas. El equipo dirá qué es seguro. Una infección es más probable los primeros 2 meses.',
      ),
    ],
  },
  living: {
    title: tr('346da72f', 'Vivir con una bomba'),
    list: [
      tr(
        '69bcfc58',
        'Un enfermero o médico la recarga con una aguja, a menudo cada pocos meses, según la dosis. Faltar a una recarga puede causar abstinencia.',
      ),
      tr('0c03fa04', 'Si suena la alarma de la bomba, llame al equipo. Lleve siempre la tarjeta de la bomba.'),
      tr('bf5c0aed', 'Avise al equipo antes de una resonancia magnética: el efecto depende del tipo de bomba.'),
      tr(
        'b950f731',
        'Con el calor, la bomba puede dar más medicamento: nada de tinas calientes ni saunas. No bucee a más de 10 metros.',
      ),
      tr('f755d889', 'En una marca de bomba, la batería dura de 5 a 7 años. Cambiar una bomba es una operación.'),
      tr('6d10b6d3', 'Tenga pastillas de baclofeno en casa. Úselas solo como diga el equipo.'),
    ],
  },

  warning: {
    title: tr('6240c98e', 'Busque ayuda ya: señales de alarma'),
    once: tr(
      'df4d5cf3',
      'Estas señales importan cuando {audience, select, adult {usted tenga} other {su hijo tenga}} una bomba.',
    ),
    now: tr(
      '620541ac',
      '{audience, select, adult {Usted tiene} other {Su hijo tiene}} una bomba, así que estas señales importan ya.',
    ),
    groups: [
      {
        label: tr('0b64efe5', 'Muy poco medicamento:'),
        signs: tr(
          '13a2e8e7',
          'más rigidez, o vuelven los espasmos. Picazón, hormigueo o sensación de desmayo. Después, fiebre alta o confusión. Esto puede poner la vida en peligro.',
        ),
      },
      {
        label: tr('33437ed8', 'Demasiado medicamento:'),
        signs: tr(
          'e11dfccb',
          'mucho sueño o mareo. Respiración lenta o débil. Temperatura baja del cuerpo. Músculos flojos, cada vez más arriba en el cuerpo. Cuesta despertarse.',
        ),
      },
    ],
    carers: {
      label: tr(
        '3f15f220',
        '{audience, select, adult {Si le cuesta decir cómo se siente, las personas que están con usted deben vigilar estas señales:} other {Puede que su hijo no se lo pueda decir. Vigile estas señales:}}',
      ),
      signs: tr(
        'fbf7a094',
        'rascarse. Más rigidez o espasmos. Fiebre. Más sueño, angustia o inquietud que de costumbre.',
      ),
    },
    urgentAction: tr(
      'd51cc0b2',
      'Una convulsión, o más de las habituales, puede indicar falta o exceso de medicamento. Ante cualquier señal, vaya al hospital ya o pida una ambulancia. Diga que {audience, select, adult {tiene} other {su hijo tiene}} una bomba de baclofeno y muestre la tarjeta.',
    ),
    others: [
      {
        label: tr('50522dff', 'Infección:'),
        signs: tr('952dfe23', 'una herida, o la piel sobre la bomba o el tubo, roja, caliente, hinchada o que supura.'),
        action: tr('af8225bd', 'Llame al equipo de la bomba enseguida.'),
      },
      {
        label: tr('30952387', 'Infección grave:'),
        signs: tr(
          '494f3bc3',
          'fiebre con dolor de cabeza, cuello rígido o dolor de ojos con la luz. Puede ser una infección alrededor del cerebro y la médula (meningitis).',
        ),
        action: tr('463ed730', 'Vaya al hospital ya o pida una ambulancia.'),
      },
      {
        label: tr('50a433bb', 'Fuga de líquido:'),
        signs: tr('816cdcfa', 'dolor de cabeza de pie que mejora acostado.'),
        action: tr('504b2dc1', 'Llame al equipo de la bomba.'),
      },
    ],
  },

  compare: {
    title: tr(
      'd15578b5',
      'Una bomba, o seguir con {audience, select, adult {su tratamiento actual} other {el tratamiento actual de su hijo}}',
    ),
    columns: [tr('c9a6604a', 'Una bomba de baclofeno'), tr('f1e45879', 'Seguir con el tratamiento actual')],
    rows: [
      {
        label: tr('e7d2a715', 'Ventajas'),
        pump: tr(
          '03444ae1',
          'El objetivo: menos rigidez y espasmos, y más comodidad al sentarse, moverse o recibir cuidados. Una dosis mínima suele dar menos sueño que muchas pastillas.',
        ),
        current: tr('f6cf8d8a', 'Sin dosis de prueba, sin cirugía y sin recargas. Ninguno de los riesgos de la bomba.'),
      },
      {
        label: tr('0c5b177b', 'Riesgos'),
        pump: tr(
          '73864613',
          'Efectos más comunes en estudios: sueño, piernas débiles, mareo y convulsiones. Fallas del tubo o de la bomba, infección o fuga de líquido; algunas necesitan otra operación. Exceso o falta de medicamento.',
        ),
        current: tr(
          '75b100d1',
          'La rigidez y los espasmos pueden seguir igual. Los efectos secundarios de los medicamentos actuales pueden continuar.',
        ),
      },
    ],
    otherChoices: tr(
      'bf43b0e3',
      'Otras opciones son la fisioterapia, las pastillas y las inyecciones en el músculo (toxina botulínica). Pregunte al equipo cuáles podrían ayudar.',
    ),
    otherChoicesYoung: tr(
      '47d56ce9',
      'Otras opciones: fisioterapia, pastillas, inyecciones en el músculo (toxina botulínica) y férulas. Algunos niños se operan de tendones, huesos o nervios de la espalda. Pregunte cuáles podrían ayudar.',
    ),
    figuresTitle: tr('fb512976', 'Cifras de estudios'),
    figuresIntro: tr(
      '4077080a',
      'Son sobre grupos de personas, no sobre {audience, select, adult {usted} other {su hijo}}.',
    ),
  },

  figures: {
    testDose: {
      cerebral_palsy: tr(
        '10f4e2fc',
        'Dosis de prueba: un estudio incluyó a 51 personas con parálisis cerebral. Unas 86 de cada 100 recibieron después una bomba.',
      ),
      brain_injury: tr(
        '3208677b',
        'Dosis de prueba: un estudio incluyó a 37 personas con parálisis cerebral o lesión cerebral. Unas 86 de cada 100 tuvieron menos rigidez después de la dosis de prueba.',
      ),
      stroke: tr(
        '22560d10',
        'Dosis de prueba: en un estudio de 21 adultos tras un derrame cerebral, unos 81 de cada 100 recibieron una bomba después de la prueba.',
      ),
      multiple_sclerosis: makerTestDose,
      spinal_cord_injury: makerTestDose,
      other: makerTestDose,
    },
    testDoseChildStroke: makerTestDose,
    risksChild: [
      tr(
        '0b7bb899',
        'Infección: se siguió a 341 niños con parálisis cerebral unos 6 años. Hubo unas 15 infecciones por cada 100 niños.',
      ),
      tr(
        '75e164e2',
        'Problemas: se siguió a 430 niños unos 9 años. Unos 25 de cada 100 tuvieron algún problema, sobre todo con el tubo (unos 15 de cada 100). Unos 9 de cada 100 tuvieron una infección.',
      ),
    ],
    risksAdult: [
      tr(
        '8e112b48',
        'Problemas: un estudio siguió a 158 adultos un año. Unos 18 de cada 100 tuvieron un efecto secundario u otro problema.',
      ),
      tr(
        'fdb727b2',
        'Otro estudio siguió a 116 adultos hasta 11 años. Unos 25 de cada 100 tuvieron un problema, sobre todo del tubo.',
      ),
    ],
    strokeTrial: {
      label: tr('6ba96e24', 'Derrame cerebral'),
      pump: tr(
        'e95fbeb8',
        'En un ensayo pequeño pagado por el fabricante de la bomba, se siguió a adultos después de un derrame cerebral durante 6 meses. Unos 96 de cada 100 con bomba tuvieron algún efecto adverso, incluso leve.',
      ),
      current: tr(
        'ddc04ef3',
        'En ese ensayo, algunas personas siguieron con la atención habitual. Unas 63 de cada 100 tuvieron algún efecto adverso, incluso leve.',
      ),
    },
  },

  matters: {
    title: tr('970fd7c2', 'Marque lo que más importa para {audience, select, adult {usted} other {usted y su hijo}}'),
    legend: tr('31d83d91', 'Su médico anotó las que están en negrita.'),
    doctorMark: tr('d1511fc2', 'anotado por el médico'),
    goals: {
      less_pain: tr('0cd7acf8', 'Menos dolor'),
      fewer_spasms: tr('9b93b911', 'Menos espasmos'),
      better_sleep: tr('92e71c40', 'Dormir mejor'),
      easier_care: tr('b928bd89', 'Cuidados más fáciles'),
      better_sitting: tr('5b9bec47', 'Sentarse mejor'),
      walking: tr('ea6b8258', 'Caminar'),
      transfers: tr('ebe97e3a', 'Pasar de la cama a la silla'),
      independence: tr('6dfec339', '{audience, select, adult {Hacer más sin ayuda} other {Que mi hijo haga más solo}}'),
      fewer_side_effects: tr('59b9423b', 'Menos efectos secundarios'),
    },
    others: [tr('6994fdfc', 'No tener una operación'), tr('625ca112', 'Sin recargas regulares')],
    writeIn: tr('67669d54', 'Otra cosa'),
  },
  questions: {
    title: tr('2570f06a', 'Preguntas para el equipo'),
    list: [
      tr('94cd83dc', '¿Cómo ayudaría una bomba con lo que marqué?'),
      tr('02e39940', '¿Qué riesgos hay para {audience, select, adult {mí} other {mi hijo}}?'),
      tr('a35f5d70', '¿Y si {audience, select, adult {decido} other {decidimos}} no tener una bomba?'),
      tr('2c39d795', '¿Dónde serían las recargas, y cada cuánto?'),
      whoToCall,
    ],
    writeIn: tr('a66c7551', 'Mi propia pregunta'),
  },
  nameLine: tr('3f456d05', '{audience, select, adult {Mi nombre} other {Nombre de mi hijo}}'),
  dateLine: tr('3ecbdbe6', 'Fecha de la visita'),
  footer: {
    notADecision: tr('6700e6a4', 'Esta hoja no es una decisión.'),
    madeWith: tr('d78f6af4', 'ITB Referral Aid, reglas {version}, revisadas el {reviewed, date, long}.'),
  },

  pumpNow: {
    title: tr(
      '31b36233',
      '{audience, select, adult {Su visita sobre su bomba} other {La visita de su hijo sobre su bomba}} de baclofeno',
    ),
    intro: tr(
      '3f325508',
      '{audience, select, adult {Usted tiene} other {Su hijo tiene}} una bomba de baclofeno. {audience, select, adult {Su médico pide para usted} other {El médico pide para su hijo}} una visita con un equipo que trata la rigidez muscular y cuida bombas. Esta hoja no es una decisión. {audience, select, adult {Usted y el equipo deciden} other {Usted, su hijo y el equipo deciden}} juntos sobre la bomba y cualquier cambio.',
    ),
    pump: {
      title: tr('b4eb8e30', 'Sobre {audience, select, adult {su bomba} other {la bomba de su hijo}}'),
      text: [
        tr(
          '8b2a62ca',
          'La bomba está debajo de la piel del vientre. Envía baclofeno por un tubo fino al líquido que rodea la médula espinal.',
        ),
        noCure,
        tr(
          '5a14abc5',
          'El equipo planea cualquier cambio de dosis. Una bomba nunca debe parar de golpe: la falta repentina de medicamento (abstinencia) puede poner la vida en peligro. Sacar una bomba es una operación.',
        ),
      ],
    },
    compare: {
      title: tr('dc17acdf', 'Seguir con la bomba, o pararla'),
      columns: [tr('48c0c057', 'Seguir con la bomba'), tr('8064c29c', 'Parar la bomba')],
      rows: [
        {
          label: tr('e7d2a715', 'Ventajas'),
          pump: tr('34c22d16', 'La bomba sigue dando el medicamento, a la dosis que fija el equipo.'),
          current: tr('d06058af', 'Sin recargas. Una vez sacada la bomba, ninguno de sus riesgos.'),
        },
        {
          label: tr('0c5b177b', 'Riesgos'),
          pump: tr(
            '6808fc89',
            'Recargas mientras la bomba esté puesta. Un problema con el tubo, una infección o una falla de la bomba. Algunos problemas necesitan una operación. Demasiado o muy poco medicamento. Las bombas con batería se cambian en una operación cuando esta se agota.',
          ),
          current: tr(
            'b8259973',
            'Solo con un plan del equipo: una bomba nunca debe parar de golpe. Sacarla es una operación. La bomba no cura la rigidez muscular, así que la rigidez puede volver.',
          ),
        },
      ],
      otherChoices: tr(
        '5c398b91',
        'La fisioterapia y otros tratamientos pueden seguir junto con la bomba. Pregunte al equipo cuáles podrían ayudar.',
      ),
    },
    matters: {
      others: [
        tr('7cc7382e', 'Mantener lo que la bomba hace ahora'),
        tr('502db136', 'Recargas cerca de casa'),
        tr('cc7ee41e', 'No tener más recargas'),
      ],
    },
    questions: {
      list: [
        tr('95d6f4ee', '¿Quién hará la próxima recarga, y cuándo?'),
        tr('6d49db27', '¿Podría un cambio de dosis ayudar con lo que marqué?'),
        tr('6418ec07', '¿Cuándo se agota la batería, y qué pasa entonces?'),
        tr('db7b6b4e', '¿Y si algún día {audience, select, adult {quiero} other {queremos}} parar la bomba?'),
        whoToCall,
      ],
    },
  },
};
