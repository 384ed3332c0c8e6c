import { pregnancyLabels, seizureLabels, yesNoUnsureLabels } from '../../../../shared/api/labels';
import { pregnancyStates, seizureStates, yesNoUnsure } from '../../../../shared/api/options';
import { ChoiceGroup, type Choice } from '../../../components/ui/choice-group';
import type { FormValues } from '../form-values';
import { useField } from './use-field';

type Key = keyof FormValues['considerations'];

const yesNo = yesNoUnsure.map((value) => ({ value, label: yesNoUnsureLabels[value] }));

const questions: { key: Key; legend: string; hint?: string; choices?: Choice[] }[] = [
  { key: 'activeInfection', legend: 'Does the patient have an infection now?' },
  { key: 'baclofenAllergy', legend: 'Is the patient allergic to baclofen?' },
  { key: 'canAttendRefills', legend: 'Can the patient get to a clinic for pump refills every 1 to 6 months?' },
  {
    key: 'seizures',
    legend: 'Does the patient have seizures?',
    choices: seizureStates.map((value) => ({ value, label: seizureLabels[value] })),
  },
  { key: 'spinalSurgeryOrFusion', legend: 'Has the patient had spinal surgery or a spinal fusion?' },
  { key: 'bleedingRisk', legend: 'Is there a bleeding risk?', hint: 'An anticoagulant, an antiplatelet medicine or a bleeding disorder.' },
  { key: 'shunt', legend: 'Does the patient have a shunt?', hint: 'For example, a ventriculoperitoneal shunt.' },
  { key: 'reliesOnTone', legend: 'Does the patient use muscle tightness to stand, walk or transfer?' },
  {
    key: 'withdrawalRisk',
    legend: 'Is the patient at higher risk from sudden baclofen withdrawal?',
    hint: 'Spinal cord injury at T6 or above, autonomic dysreflexia, difficulty communicating, or baclofen withdrawal before.',
  },
  { key: 'mentalHealth', legend: 'Is there unstable mental illness, psychosis or a confusional state?' },
  {
    key: 'pregnancy',
    legend: 'Is the patient pregnant?',
    choices: pregnancyStates.map((value) => ({ value, label: pregnancyLabels[value] })),
  },
];

function Question({ question }: { question: (typeof questions)[number] }) {
  const field = useField(`considerations.${question.key}`);
  return (
    <ChoiceGroup {...field} type="radio" legend={question.legend} hint={question.hint} choices={question.choices ?? yesNo} inline />
  );
}

export function ConsiderationsStep() {
  return (
    <>
      <p>Answer &ldquo;Not sure&rdquo; when you do not know: the summary lists those answers as things to find out.</p>
      {questions.map((question) => (
        <Question key={question.key} question={question} />
      ))}
    </>
  );
}
