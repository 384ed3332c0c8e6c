import { TextField } from '../../../components/ui/text-field';
import { useField } from './use-field';

export function NotesStep() {
  const notes = useField('notes');
  return (
    <TextField
      {...notes}
      multiline
      label="Notes for the specialist (optional)"
      hint="Anything else the team should know. The summary shows it word for word. Do not include names, dates of birth or record numbers."
    />
  );
}
