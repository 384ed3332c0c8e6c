import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { intakeSchema, type Intake } from '../../../shared/api/intake';
import { toIntake, type FormValues } from './form-values';

const checkIntake = zodResolver(intakeSchema);

/**
 * The shared schema checks the form: answers are turned into the wire intake
 * first, so the form and the server judge exactly the same thing. A missing
 * "tried" answer is reported on the whole oralBaclofen union; show it on its radios.
 */
export const intakeResolver: Resolver<FormValues, unknown, Intake> = async (values, context, options) => {
  const result = await checkIntake(toIntake(values) as Intake, context, options as never);
  const errors = result.errors as Record<string, unknown> & { oralBaclofen?: { message?: string; tried?: unknown } };
  if (errors.oralBaclofen?.message && !errors.oralBaclofen.tried) {
    errors.oralBaclofen = { tried: { type: 'required', message: errors.oralBaclofen.message } };
  }
  return result as never;
};
