import type { Source } from '../api/summary';
import type { SourceId } from './types';

// Full citations of every source a rule may cite, in the order of the evidence sheet.
export const sources: readonly (Source & { id: SourceId })[] = [
  {
    id: 'seed',
    label: 'Baclofen pump patient information page (the patient page this tool grew from)',
  },
  {
    id: 'label-lioresal',
    label:
      'Lioresal Intrathecal (baclofen injection) US prescribing information: boxed warning and sections 1, 2, 4 and 5',
  },
  {
    id: 'label-gablofen',
    label: 'Gablofen (baclofen injection) US prescribing information (indicated from age 4)',
  },
  {
    id: 'saulino-2016',
    label:
      'Saulino M, et al. Best practices for intrathecal baclofen therapy: patient selection. Neuromodulation 2016;19:607-615',
    url: 'https://doi.org/10.1111/ner.12447',
  },
  {
    id: 'boster-2016',
    label:
      'Boster AL, et al. Best practices for intrathecal baclofen therapy: screening test. Neuromodulation 2016;19:616-622',
    url: 'https://doi.org/10.1111/ner.12437',
  },
  {
    id: 'nice-cg145',
    label: 'NICE clinical guideline CG145. Spasticity in under 19s: management (2012, updated 2016)',
  },
  {
    id: 'nhse-itb',
    label: 'NHS England clinical commissioning policy: intrathecal baclofen (ITB) for severe spasticity',
  },
  {
    id: 'biering-sorensen-2022',
    label: 'Biering-Sørensen B, et al. European consensus on intrathecal baclofen therapy. J Rehabil Med 2022',
  },
  {
    id: 'stroke-trials',
    label:
      'Meythaler JM, et al. Intrathecal baclofen after stroke. Stroke 2001; Creamer M, et al. SISTERS trial. J Neurol Neurosurg Psychiatry 2018',
  },
  {
    id: 'asra-pain',
    label:
      'Narouze S, et al. Interventional spine and pain procedures in patients on antiplatelet and anticoagulant medications. Reg Anesth Pain Med 2015; 2nd edition 2018',
  },
  {
    id: 'mas',
    label: 'Bohannon RW, Smith MB. Interrater reliability of a Modified Ashworth Scale. Phys Ther 1987;67:206-207',
  },
  {
    id: 'penn',
    label: 'Penn Spasm Frequency Scale (Penn RD, et al. N Engl J Med 1989), as in the NINDS common data elements',
  },
];
