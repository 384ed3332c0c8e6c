import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Intake } from '../../../../shared/api/intake';
import { clearAllAnswers } from '../../../lib/clear-answers';
import { loadDraft, saveDraft } from '../../../lib/intake-storage';
import { emptyValues, hasAnswers, isFormValues, type FormValues } from '../form-values';
import { intakeResolver } from '../intake-resolver';
import { prefillFromFragment, type Prefill } from '../prefill';

/**
 * Saved answers of this tab if there are any (the form says so); else the answers
 * a link from the record carries in its fragment; else an empty form.
 */
function startingAnswers(): { values: FormValues; saved: boolean; link: Prefill } {
  const draft = loadDraft(isFormValues);
  if (draft && hasAnswers(draft)) return { values: draft, saved: true, link: { kind: 'none' } };
  const link = prefillFromFragment(window.location.hash);
  return { values: link.kind === 'filled' ? link.values : emptyValues(), saved: false, link };
}

/** The form's answers: where they start, kept in this tab as they change, and cleared on request. */
export function useDraftAnswers() {
  const [start] = useState(startingAnswers);
  const form = useForm<FormValues, unknown, Intake>({
    defaultValues: start.values,
    resolver: intakeResolver,
    shouldFocusError: false,
  });
  const [savedNotice, setSavedNotice] = useState(start.saved);
  const [cleared, setCleared] = useState(false);

  // The record's answers are taken once: the fragment leaves the address, so a reload or a
  // bookmark does not bring them back over the user's own.
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }, []);

  // Every change is kept in this tab's sessionStorage, never sent anywhere.
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          saveDraft(values);
          setCleared(false);
        },
      }),
    [form],
  );

  const clear = () => {
    clearAllAnswers();
    form.reset(emptyValues());
    setSavedNotice(false);
    setCleared(true);
  };

  return {
    form,
    /** What a link from the record brought: its answers in words, or that it was refused. */
    link: start.link,
    savedNotice,
    keepSaved: () => setSavedNotice(false),
    cleared,
    clear,
  };
}
