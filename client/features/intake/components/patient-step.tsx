import { useFormContext } from 'react-hook-form';
import { conditionLabels } from '../../../../shared/api/labels';
import { conditions } from '../../../../shared/api/options';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { TextField } from '../../../components/ui/text-field';
import type { FormValues } from '../form-values';
import { useField } from './use-field';

const conditionChoices = conditions.map((value) => ({ value, label: conditionLabels[value] }));

export function PatientStep() {
  const { watch } = useFormContext<FormValues>();
  const age = useField('patient.ageYears');
  const weight = useField('patient.weightKg');
  const condition = useField('diagnosis.condition');
  const description = useField('diagnosis.otherDescription');
  const months = useField('diagnosis.monthsSinceOnset');
  const monthsUnknown = useField('diagnosis.monthsUnknown');
  const isOther = watch('diagnosis.condition') === 'other';
  const unknown = watch('diagnosis.monthsUnknown');

  return (
    <>
      <TextField {...age} label="Age in years" hint="Whole years. For a baby, enter 0." inputMode="numeric" className="input-width-3" />
      <TextField
        {...weight}
        label="Weight in kg (optional)"
        hint="Helps the team think about pump size in small children."
        inputMode="decimal"
        className="input-width-3"
        suffix="kg"
      />
      <ChoiceGroup {...condition} type="radio" legend="Condition causing the spasticity" choices={conditionChoices}>
        {isOther && (
          <div className="conditional">
            <TextField {...description} label="Describe the condition" hint="For example, hereditary spastic paraplegia." />
          </div>
        )}
      </ChoiceGroup>
      <TextField
        {...months}
        label="Months since the condition began or the injury happened"
        hint="For example, 18 for a year and a half."
        inputMode="numeric"
        className="input-width-3"
        suffix="months"
        disabled={unknown}
      >
        <div className="checkbox checkbox-small">
          <input id={monthsUnknown.id} type="checkbox" {...monthsUnknown.registration} />
          <label htmlFor={monthsUnknown.id}>Not known</label>
        </div>
      </TextField>
    </>
  );
}
