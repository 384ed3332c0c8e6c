import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Intake } from '../../../../shared/api/intake';
import { createSummary, summaryQueryOptions } from '../../../lib/summary-query';

/** Posts the intake; on success the answer is cached under the key /summary reads. */
export function useCreateSummary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (intake: Intake) => createSummary(intake),
    onSuccess: (summary, intake) => queryClient.setQueryData(summaryQueryOptions(intake).queryKey, summary),
  });
}
