import type { StepId } from '../steps';
import { ConsiderationsStep } from './considerations-step';
import { NotesStep } from './notes-step';
import { OralBaclofenStep } from './oral-baclofen-step';
import { PatientStep } from './patient-step';
import { SpasticityStep } from './spasticity-step';
import { TreatmentsGoalsStep } from './treatments-goals-step';

const stepComponents: Record<StepId, () => React.JSX.Element> = {
  patient: PatientStep,
  spasticity: SpasticityStep,
  'oral-baclofen': OralBaclofenStep,
  'treatments-goals': TreatmentsGoalsStep,
  considerations: ConsiderationsStep,
  notes: NotesStep,
};

export function StepContent({ step }: { step: StepId }) {
  const Step = stepComponents[step];
  return <Step />;
}
