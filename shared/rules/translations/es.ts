import { patientWordsIn } from '../../questions/patient-words';
import { tr } from '../../text/translation';
import type { RuleSetTranslation } from './types';

// Every patient text of the rule set in Spanish (neutral Latin American Spanish,
// "usted", MedlinePlus en español words), and the patient's words for the
// answers a text names (those live beside the English, in the question
// catalogue). Part of the rule set: its hash covers these texts, so a change
// needs a changelog entry. Each text is an ICU message: {audience, select,
// adult {…} other {…}} gives the adult and the parent's readings, {fields} the answers behind the finding and {count} how many. tr()'s first
// argument is the hash of the English it translates (a test compares).

const scoresOnItb = tr('9eb4a5da', 'Estas puntuaciones se tomaron con la bomba ya puesta.');

export const es: RuleSetTranslation = {
  rules: {
    // Indication
    'listed-condition': {
      patientText: tr(
        'c41fccaf',
        '{audience, select, adult {Su rigidez muscular viene} other {La rigidez de su hijo viene}} de un problema de salud para el que se usan bombas de baclofeno.',
      ),
    },
    'severe-spasticity': {
      patientText: tr(
        '43f9e7b7',
        '{audience, select, adult {Su médico} other {El médico de su hijo}} puntuó alto la rigidez o los espasmos. El equipo lo volverá a revisar.',
      ),
      additions: [scoresOnItb],
    },
    'oral-not-enough': {
      patientText: tr(
        '47c985ab',
        'Las pastillas de baclofeno no alivian bastante {audience, select, adult {su rigidez muscular} other {la rigidez de su hijo}}. Diga al equipo la dosis más alta.',
      ),
    },
    'oral-side-effects': {
      patientText: tr(
        'eea0c871',
        'Por efectos secundarios, {audience, select, adult {usted} other {su hijo}} no pudo tomar más pastillas de baclofeno. Diga al equipo cuáles.',
      ),
    },
    'daily-impact': {
      patientText: tr(
        'deece1f3',
        '{audience, select, adult {Su rigidez muscular} other {La rigidez de su hijo}} dificulta la vida diaria. Es una razón para hablar con expertos en bombas.',
      ),
    },
    'widespread-pattern': {
      patientText: tr(
        '9356fce5',
        'La rigidez abarca gran parte del cuerpo{audience, select, adult {} other { de su hijo}} o ambas piernas. El equipo verá dónde está la rigidez y qué le impide hacer{audience, select, adult {} other { a su hijo}}.',
      ),
    },
    'one-side-pattern': {
      patientText: tr(
        'd1d4c1b7',
        'La rigidez está en el brazo y la pierna de un lado. El equipo verá dónde está la rigidez y qué le impide hacer{audience, select, adult {} other { a su hijo}}.',
      ),
    },
    'gmfcs-typical': {
      patientText: tr(
        '659ef54e',
        'El equipo preguntará cómo se mueve {audience, select, adult {usted} other {su hijo}}, con una puntuación llamada GMFCS.',
      ),
    },

    // Caution
    'active-infection': {
      patientText: tr(
        '448d2e84',
        '{audience, select, adult {Usted tiene} other {Su hijo tiene}} una infección, o una herida o llaga que no ha sanado. Dígaselo al equipo.',
      ),
      additions: [
        tr('5686c0e5', 'La dosis de prueba y la cirugía suelen esperar hasta que se cure.'),
        tr('663b8984', 'Con una bomba, llame hoy al equipo de la bomba para contarlo.'),
      ],
    },
    'baclofen-allergy': {
      patientText: tr(
        '3fcdc5b6',
        'El formulario dice que {audience, select, adult {usted tiene} other {su hijo tiene}} alergia al baclofeno. Una alergia real al baclofeno es poco común. A veces se confunden los efectos secundarios con una alergia. Diga al equipo qué pasó cuando {audience, select, adult {lo tomó} other {su hijo lo tomó}}.',
      ),
    },
    'current-pump': {
      patientText: tr(
        'e6649116',
        '{audience, select, adult {Usted tiene} other {Su hijo tiene}} ahora una bomba de baclofeno. Pregunte quién hará la próxima recarga, y cuándo, hasta que se encargue el nuevo equipo. Nunca falte a una recarga: la abstinencia puede poner la vida en peligro. Traiga la tarjeta de la bomba y la fecha de la última recarga.',
      ),
    },
    'refills-not-possible': {
      patientText: tr(
        'c6dd4e6d',
        'Una bomba necesita recargas, a menudo cada pocos meses. La frecuencia depende de la dosis. Faltar a una recarga puede causar abstinencia, que puede poner la vida en peligro. Hable con el equipo de cómo {audience, select, adult {podría recibir} other {su hijo podría recibir}} las recargas y qué ayuda hay.',
      ),
    },
    'pump-care-support': {
      patientText: tr(
        '4c442b9e',
        'Con una bomba, alguien tiene que reconocer las señales de alarma y buscar ayuda rápido, de día o de noche. Hable con el equipo de quién podría hacerlo por {audience, select, adult {usted} other {su hijo}} y qué apoyo hay.',
      ),
    },
    'brain-injury-timing': {
      patientText: tr(
        '8657fc8f',
        '{audience, select, adult {Su lesión cerebral} other {La lesión cerebral de su hijo}} fue hace menos de un año. El consejo de esperar al menos un año es para una lesión por un golpe en la cabeza. Pregunte al equipo qué significa esto para {audience, select, adult {usted} other {su hijo}}.',
      ),
    },
    'seizures-uncontrolled': {
      patientText: tr(
        '5014b515',
        '{audience, select, adult {Sus convulsiones} other {Las convulsiones de su hijo}} no están controladas. Diga al equipo cada cuánto ocurren y qué medicamentos para las convulsiones toma{audience, select, adult {} other { su hijo}}.',
      ),
    },
    'mental-health': {
      patientText: tr(
        '59b67eda',
        'El formulario dice que {audience, select, adult {usted tiene} other {su hijo tiene}} ahora problemas de salud mental o momentos de confusión. Hable de esto con el equipo, para que planee una atención que se adapte a {audience, select, adult {usted} other {su hijo}}.',
      ),
    },
    'withdrawal-risk': {
      patientText: tr(
        '95e6760f',
        'Si una bomba para o se vacía, la abstinencia puede poner la vida en peligro. El equipo planeará con usted cómo notarla pronto y pedir ayuda rápido.',
      ),
      additions: [
        tr('257a3f4d', 'A {audience, select, adult {usted} other {su hijo}} le puede costar contar síntomas nuevos.'),
        tr(
          '6a5b521e',
          '{audience, select, adult {Usted tuvo} other {Su hijo tuvo}} abstinencia de baclofeno antes, y eso aumenta el riesgo.',
        ),
        tr('1d3b79bc', 'Una lesión de la médula espinal en T6 o más arriba aumenta el riesgo.'),
      ],
    },
    'autonomic-dysreflexia': {
      patientText: tr(
        '82cfe385',
        '{audience, select, adult {Usted tiene} other {Su hijo tiene}} disreflexia autónoma. Diga al equipo qué la provoca y qué ayuda. Con una bomba, la abstinencia de baclofeno puede parecerse a una crisis. Si una crisis no tiene una causa clara, o viene con picazón o fiebre, vaya al hospital ya.',
      ),
    },
    'breathing-problems': {
      patientText: tr(
        '94cf4dde',
        '{audience, select, adult {Usted tiene} other {Su hijo tiene}} problemas para respirar. Demasiado baclofeno puede frenar la respiración. Hable con el equipo de cualquier ayuda para respirar, como una máquina por la noche.',
      ),
    },
    'organ-disease': {
      patientText: tr(
        '21dce41d',
        '{audience, select, adult {Usted tiene} other {Su hijo tiene}} un problema de riñón, de hígado o intestinal. Dígaselo al equipo.',
      ),
    },
    'nutrition-body-size': {
      patientText: tr(
        'fb46123e',
        '{audience, select, adult {Usted tiene} other {Su hijo tiene}} un cuerpo pequeño o bajo peso, o come mal. El bajo peso puede dificultar sanar de una cirugía. Hable de esto con el equipo.',
      ),
      additions: [tr('aa0f53f6', 'La bomba tiene que caber bajo la piel del vientre.')],
    },
    'spinal-surgery-previous': {
      patientText: tr(
        '4e62f7d4',
        '{audience, select, adult {Usted tuvo} other {Su hijo tuvo}} una cirugía de la columna. Traiga cualquier informe de esa cirugía.',
      ),
      additions: [tr('ace02e99', 'Puede cambiar cómo se ponen la dosis de prueba y el tubo de la bomba.')],
    },
    'spinal-fusion-planned': {
      patientText: tr(
        'fc66c679',
        '{audience, select, adult {Usted tiene} other {Su hijo tiene}} una cirugía de columna planeada. Cuente cada plan al equipo de columna y al equipo de la bomba.',
      ),
      additions: [tr('e03aa680', 'Si también se planea una bomba, importa el orden de las dos operaciones.')],
    },
    'bleeding-risk': {
      patientText: tr(
        'd1a118ee',
        '{audience, select, adult {Usted toma} other {Su hijo toma}} un anticoagulante o sangra con facilidad. El equipo planeará cualquier pinchazo u operación según esto. No lo deje de tomar por su cuenta. Pregunte primero al médico que se lo receta.',
      ),
    },

    // Consider
    'stroke-timing': {
      patientText: tr(
        'a9ef79f6',
        '{audience, select, adult {Su derrame cerebral} other {El derrame cerebral de su hijo}} fue hace menos de 6 meses. Los estudios de bombas tras un derrame incluyeron a personas que lo tuvieron hace más tiempo. Pregunte al equipo sobre el momento.',
      ),
    },
    'focal-pattern': {
      patientText: tr(
        '1d42d25c',
        'La rigidez está en una extremidad o en una sola zona. Los expertos dicen que las inyecciones en el músculo (toxina botulínica) suelen servir para esto. Diga al equipo si {audience, select, adult {usted las ha recibido} other {su hijo las ha recibido}}.',
      ),
    },
    'one-side-child': {
      patientText: tr(
        '2e9e1c97',
        'La rigidez está en el brazo y la pierna de un lado. Una guía de Inglaterra describe a los jóvenes que se benefician de una bomba. A menudo tienen rigidez en los brazos y las piernas de los dos lados. Pregunte al equipo qué significa esto para {audience, select, adult {usted} other {su hijo}}.',
      ),
    },
    'widespread-child': {
      patientText: tr(
        '51658e22',
        'La rigidez abarca gran parte del cuerpo{audience, select, adult {} other { de su hijo}} o ambas piernas. Pregunte qué significa para {audience, select, adult {usted} other {su hijo}}.',
      ),
    },
    'gmfcs-low': {
      patientText: tr(
        '92b4cc3f',
        'Según el formulario, {audience, select, adult {su nivel GMFCS} other {el nivel GMFCS de su hijo}} es I o II. GMFCS es una puntuación de cómo se mueve un niño. Una guía de Inglaterra dice que los jóvenes que se benefician de una bomba más a menudo tienen el nivel III, IV o V. Hable con el equipo de lo que espera que cambie una bomba.',
      ),
    },
    'below-severe-range': {
      patientText: tr(
        '42fc992d',
        'Las puntuaciones de {audience, select, adult {su rigidez muscular} other {la rigidez muscular de su hijo}} no son altas en la escala del formulario. Las puntuaciones no lo dicen todo. Diga al equipo cómo afecta la rigidez a la vida diaria.',
      ),
      additions: [scoresOnItb],
    },
    'oral-not-tried': {
      patientText: tr(
        'bc3f9758',
        '{audience, select, adult {Usted no ha tomado} other {Su hijo no ha tomado}} baclofeno por boca. Para algunos tipos de rigidez, se prueba antes de una bomba. Para otros, no hace falta. Pregunte al equipo cuál es {audience, select, adult {su caso} other {el caso de su hijo}}.',
      ),
    },
    'oral-working': {
      patientText: tr(
        '633b09d7',
        'El baclofeno por boca le alivia ahora la rigidez{audience, select, adult {} other { a su hijo}}. Pregunte al equipo qué más haría una bomba. Siga tomándolo como {audience, select, adult {le dice su médico} other {dice el médico de su hijo}}.',
      ),
    },
    'oral-dose-below-usual': {
      patientText: tr(
        '93ce816b',
        'La dosis más alta de baclofeno por boca que {audience, select, adult {ha tomado} other {ha tomado su hijo}} es menor que la dosis habitual para adultos. No cambie la dosis sin hablar con {audience, select, adult {su médico} other {el médico de su hijo}}. Pregunte al equipo sobre esto.',
      ),
    },
    'relies-on-tone': {
      patientText: tr(
        '0371e1db',
        '{audience, select, adult {Usted usa} other {Su hijo usa}} la rigidez para ponerse de pie, caminar o moverse. Con menos rigidez, esto podría ser más difícil. El equipo le preguntará qué es lo más importante para usted.',
      ),
      additions: [tr('28006609', 'El equipo puede usar una dosis de prueba más pequeña.')],
    },
    walks: {
      patientText: tr(
        '72f037ed',
        'Algunas personas que caminan tienen una bomba. Tener menos rigidez puede hacer que caminar sea más fácil o más difícil. El equipo hablará con usted de metas para caminar.',
      ),
      additions: [
        tr(
          '70b1c508',
          'Las metas se acuerdan antes de cualquier dosis de prueba. La prueba ayuda a ver cómo afecta una dosis al caminar.',
        ),
      ],
    },
    'seizures-controlled': {
      patientText: tr(
        'a3de6355',
        '{audience, select, adult {Usted tiene} other {Su hijo tiene}} convulsiones controladas. Hable con el equipo de ellas y de sus medicamentos.',
      ),
    },
    pregnancy: {
      patientText: tr(
        '957834d0',
        '{audience, select, adult {Usted está} other {Su hija está}} embarazada. Se sabe poco del baclofeno en el embarazo. Algunos bebés tuvieron abstinencia después de nacer cuando la madre tomaba baclofeno por boca. Hable de esto con el equipo. No deje ni cambie el baclofeno por su cuenta.',
      ),
    },
    'young-child': {
      patientText: tr(
        '7b56e439',
        '{audience, select, adult {Usted tiene} other {Su hijo tiene}} menos de 4 años. La información oficial del baclofeno para bomba es para niños de 4 años o más. El equipo verá si una bomba cabe en un cuerpo pequeño.',
      ),
    },
    dystonia: {
      patientText: tr(
        'acad3ee3',
        '{audience, select, adult {Usted tiene} other {Su hijo tiene}} distonía además de rigidez muscular. Diga al equipo cuál causa más problemas.',
      ),
    },
    'mri-needed': {
      patientText: tr(
        '66f60344',
        '{audience, select, adult {A usted le hacen} other {A su hijo le hacen}} resonancias magnéticas. Lo que una resonancia le hace a una bomba depende del tipo de bomba. Avise siempre al equipo de la bomba antes de una resonancia. Pueden planearla y revisar la bomba después.',
      ),
    },

    // Check
    'other-condition': {
      patientText: tr(
        'a3523135',
        '{audience, select, adult {Su problema de salud} other {El problema de salud de su hijo}} no es uno de los que nombra el formulario. El equipo lo estudiará con cuidado. Traiga cualquier informe médico sobre esto.',
      ),
    },
    'severity-not-recorded': {
      patientText: tr(
        'a136dc5b',
        'Nadie ha medido todavía la rigidez de {audience, select, adult {sus músculos} other {los músculos de su hijo}}. Se puede hacer antes de la visita o en la visita.',
      ),
    },
    'oral-history-unclear': {
      patientText: tr(
        '3c0aebe0',
        'Averigüe qué medicamento de baclofeno tomó{audience, select, adult {} other { su hijo}}, la dosis más alta, qué tan bien funcionó y si hubo efectos secundarios. Traiga esta información a la visita.',
      ),
    },
    'onset-unknown': {
      patientText: tr(
        'c3b39606',
        'Averigüe cuándo ocurrió el derrame cerebral o la lesión cerebral. El equipo necesita saber hace cuánto tiempo fue.',
      ),
    },
    'goals-not-recorded': {
      patientText: tr(
        'ff353842',
        'Piense en lo que {audience, select, adult {usted más quiere} other {usted y su hijo más quieren}} cambiar. El equipo le preguntará sobre esto.',
      ),
      additions: [tr('7611a785', 'Las metas se acuerdan antes de cualquier dosis de prueba.')],
    },
    'gmfcs-not-known': {
      patientText: tr(
        '55bf3d7c',
        'El equipo le pedirá {audience, select, adult {su nivel GMFCS} other {el nivel GMFCS de su hijo}}. Es una puntuación de cómo se mueve {audience, select, adult {usted} other {su hijo}}. Si no lo sabe, pregunte {audience, select, adult {a su fisioterapeuta o médico} other {al fisioterapeuta o médico de su hijo}}.',
      ),
    },
    'unsure-answers': {
      patientText: tr(
        'cb395a92',
        'En el formulario, {count, plural, one {una respuesta es} other {algunas respuestas son}} “no sé”: {fields}. Trate de saber esto antes de la visita.',
      ),
    },

    // Info
    'previous-itb': {
      patientText: tr(
        '4ae23bbc',
        '{audience, select, adult {Usted ya tuvo} other {Su hijo ya tuvo}} una dosis de prueba o una bomba de baclofeno. Traiga cualquier informe sobre eso: la dosis y cómo funcionó. Si se suspendió, diga por qué.',
      ),
    },
    'child-guidance': {
      patientText: tr(
        '38796af0',
        'El equipo puede usar una guía de Inglaterra para niños y jóvenes con rigidez muscular.',
      ),
    },
    shunt: {
      patientText: tr(
        '20b39dd9',
        '{audience, select, adult {Usted tiene} other {Su hijo tiene}} una válvula de derivación. Una válvula no impide tener una bomba. Dígaselo al equipo.',
      ),
    },
  },

  // Kept beside the English, in each question of the catalogue.
  patientWords: patientWordsIn('es'),
};
