import { useFormContext } from 'react-hook-form';
import { oralResponseLabels, sideEffectLabels, yesNoUnsureLabels } from '../../../../shared/api/labels';
import { oralResponses, sideEffects, yesNoUnsure } from '../../../../shared/api/options';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { TextField } from '../../../components/ui/text-field';
import type { FormValues } from '../form-values';
import { useField, useListWithNone } from './use-field';

const yesNoChoices = yesNoUnsure.map((value) => ({ value, label: yesNoUnsureLabels[value] }));
const responseChoices = oralResponses.map((value) => ({ value, label: oralResponseLabels[value] }));
const sideEffectChoices = sideEffects.map((value) => ({ value, label: sideEffectLabels[value] }));

export function OralBaclofenStep() {
  const { watch } = useFormContext<FormValues>();
  const tried = useField('oralBaclofen.tried');
  const dose = useField('oralBaclofen.highestDailyDoseMg');
  const doseUnknown = useField('oralBaclofen.doseUnknown');
  const response = useField('oralBaclofen.response');
  const effects = useListWithNone('oralBaclofen.sideEffects', 'oralBaclofen.sideEffectsNone');
  const limited = useField('oralBaclofen.sideEffectsLimitedDose');
  const wasTried = watch('oralBaclofen.tried') === 'yes';

  return (
    <ChoiceGroup {...tried} type="radio" legend="Has the patient taken oral baclofen?" choices={yesNoChoices}>
      {wasTried && (
        <div className="conditional">
          <TextField
            {...dose}
            label="Highest daily dose"
            hint="Total milligrams in a day, for example 60 for 20 mg three times a day."
            inputMode="decimal"
            className="input-width-3"
            suffix="mg a day"
            disabled={watch('oralBaclofen.doseUnknown')}
          >
            <div className="checkbox checkbox-small">
              <input id={doseUnknown.id} type="checkbox" {...doseUnknown.registration} />
              <label htmlFor={doseUnknown.id}>Not known</label>
            </div>
          </TextField>
          <ChoiceGroup {...response} type="radio" legend="How well did it control the spasticity?" choices={responseChoices} />
          <ChoiceGroup
            {...effects}
            type="checkbox"
            legend="Side effects"
            hint="Select all that apply."
            choices={sideEffectChoices}
          />
          <ChoiceGroup
            {...limited}
            type="radio"
            legend="Did side effects stop the dose going higher?"
            choices={yesNoChoices}
            inline
          />
        </div>
      )}
    </ChoiceGroup>
  );
}
