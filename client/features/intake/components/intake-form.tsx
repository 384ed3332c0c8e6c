import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { intakeSchema, type Intake } from '../../../../shared/api/intake';
import { conditions } from '../../../../shared/api/options';
import { conditionLabels } from '../../../../shared/api/labels';
import { saveSubmittedIntake } from '../../../lib/intake-storage';
import { navigate } from '../../../lib/router';
import { useCreateSummary } from '../api/create-summary';

// First slice of the form: the patient and diagnosis questions. The remaining
// steps are filled with "not sure" / empty answers until the full form lands.
const sliceDefaults: Omit<Intake, 'patient' | 'diagnosis'> = {
  spasticity: { distribution: 'unsure', modifiedAshworth: 'not_assessed', pennSpasmFrequency: null, impacts: [] },
  oralBaclofen: { tried: 'unsure' },
  otherTreatments: [],
  goals: [],
  considerations: {
    activeInfection: 'unsure',
    baclofenAllergy: 'unsure',
    canAttendRefills: 'unsure',
    seizures: 'unsure',
    spinalSurgeryOrFusion: 'unsure',
    bleedingRisk: 'unsure',
    shunt: 'unsure',
    reliesOnTone: 'unsure',
    withdrawalRisk: 'unsure',
    mentalHealth: 'unsure',
    pregnancy: 'unsure',
  },
};

export function IntakeForm() {
  const createSummary = useCreateSummary();
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(intakeSchema),
    defaultValues: { ...sliceDefaults, diagnosis: { monthsSinceOnset: null } },
  });
  const errors = formState.errors;

  const onSubmit = (intake: Intake) =>
    createSummary.mutate(intake, {
      onSuccess: () => {
        saveSubmittedIntake(intake);
        navigate('/summary');
      },
    });

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)}>
      <div className="field">
        <label htmlFor="patient.ageYears">Age in years</label>
        <input
          id="patient.ageYears"
          className="input-width-3"
          inputMode="numeric"
          aria-invalid={errors.patient?.ageYears ? true : undefined}
          {...register('patient.ageYears', { setValueAs: (v: string) => (v === '' ? undefined : Number(v)) })}
        />
        {errors.patient?.ageYears && <p className="error-message">{errors.patient.ageYears.message}</p>}
      </div>
      <fieldset className="field">
        <legend>Condition causing the spasticity</legend>
        {conditions
          .filter((c) => c !== 'other')
          .map((condition) => (
            <div className="radio" key={condition}>
              <input
                type="radio"
                id={`diagnosis.condition-${condition}`}
                value={condition}
                {...register('diagnosis.condition')}
              />
              <label htmlFor={`diagnosis.condition-${condition}`}>{conditionLabels[condition]}</label>
            </div>
          ))}
        {errors.diagnosis?.condition && <p className="error-message">{errors.diagnosis.condition.message}</p>}
      </fieldset>
      {createSummary.isError && <p className="error-message">{createSummary.error.message}</p>}
      <button className="button" type="submit" disabled={createSummary.isPending}>
        {createSummary.isPending ? 'Creating summary…' : 'Create summary'}
      </button>
    </form>
  );
}
