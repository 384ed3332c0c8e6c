import type { Source } from '../api/summary';

// Full citations of every source a rule may cite, in the order of the evidence
// sheet. The ids here are the only ones a rule may name (types.ts: SourceId).
const citations = [
  {
    id: 'label-lioresal',
    label:
      'Lioresal Intrathecal (baclofen injection) US prescribing information (January 2019), as quoted in the maker’s safety information (lioresal.com); older US label text (DrugLib and RxList copies)',
    url: 'https://www.lioresal.com/hcp/severe-spasticity',
  },
  {
    id: 'label-lioresal-eu',
    label:
      'Lioresal Intrathecal (baclofen) UK patient leaflet (drugs.com/uk) and copies of the UK/EU summary of product characteristics',
    url: 'https://www.drugs.com/uk/lioresal-intrathecal-infusion-10mg-5ml-leaflet.html',
  },
  {
    id: 'label-lioresal-ca',
    label:
      'Lioresal Intrathecal (baclofen injection) product monograph, Novartis Pharmaceuticals Canada (revised 12 November 2015), as reproduced by RxList',
    url: 'https://www.rxlist.com/lioresal-intrathecal-drug/side-effects-interactions.htm',
  },
  {
    id: 'label-gablofen',
    label:
      'Gablofen (baclofen injection) US prescribing information, DailyMed set id 00d3e846-dd92-448d-9ab8-6a07be823cc1 (28 March 2025); FDA safety labelling change of 19 December 2019 (section 8.1)',
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=00d3e846-dd92-448d-9ab8-6a07be823cc1',
  },
  {
    id: 'label-oral-us',
    label: 'Baclofen tablets US prescribing information, DailyMed set id b4f2f888-979a-6f54-e053-2a95a90a95a3 (2021)',
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=b4f2f888-979a-6f54-e053-2a95a90a95a3',
  },
  {
    id: 'label-oral-nvs',
    label:
      'Lioresal (baclofen) tablets, Novartis product information as registered with the Singapore Health Sciences Authority',
  },
  {
    id: 'nice-cg145',
    label:
      'NICE clinical guideline CG145. Spasticity in under 19s: management (2012, updated 2016), for children and young people under 19 with non-progressive brain disorders; recommendations 1.6.1 to 1.6.6',
    url: 'https://www.nice.org.uk/guidance/cg145',
  },
  {
    id: 'nhse-itb',
    label:
      'NHS England access criteria for continuous intrathecal baclofen (adults), from a third-party copy of the criteria text; the NHS England 2013 commissioning policy document itself was not retrieved',
  },
  {
    id: 'saulino-2016',
    label:
      'Saulino M, et al. Best practices for intrathecal baclofen therapy: patient selection. Neuromodulation 2016;19(6):607-615',
    url: 'https://doi.org/10.1111/ner.12447',
  },
  {
    id: 'boster-2016',
    label:
      'Boster AL, et al. Best practices for intrathecal baclofen therapy: screening test. Neuromodulation 2016;19(6):616-622',
    url: 'https://doi.org/10.1111/ner.12437',
  },
  {
    id: 'biering-sorensen-2022',
    label:
      'Biering-Sørensen B, et al. European expert consensus on improving patient selection for the management of disabling spasticity with intrathecal baclofen and/or botulinum toxin type A. J Rehabil Med 2022;54:jrm00241 (adults; Medtronic-funded)',
    url: 'https://doi.org/10.2340/16501977-2877',
  },
  {
    id: 'stroke-trials',
    label:
      'Meythaler JM, et al. Intrathecal baclofen for spastic hypertonia from stroke. Stroke 2001;32(9):2099-2109, doi:10.1161/hs0901.095682; Creamer M, et al. Intrathecal baclofen therapy versus conventional medical management for severe poststroke spasticity: results from a multicentre, randomised, controlled, open-label trial (SISTERS). J Neurol Neurosurg Psychiatry 2018;89(6):642-650, doi:10.1136/jnnp-2017-317021 (Medtronic-sponsored)',
  },
  {
    id: 'mas',
    label:
      'Bohannon RW, Smith MB. Interrater reliability of a modified Ashworth scale of muscle spasticity. Phys Ther 1987;67(2):206-207; the original Ashworth scale as tabulated in World J Clin Cases 2019;7(10)',
  },
  {
    id: 'penn',
    label: 'Penn Spasm Frequency Scale (Penn RD, et al. N Engl J Med 1989), as given in the NINDS common data elements',
    url: 'https://www.commondataelements.ninds.nih.gov',
  },
  {
    id: 'asra-pain',
    label:
      'Narouze S, et al. Interventional spine and pain procedures in patients on antiplatelet and anticoagulant medications. Reg Anesth Pain Med 2015; 2nd edition 2018',
  },
  {
    id: 'mdt-patient',
    label:
      'Medtronic intrathecal baclofen patient information (surgery, living with a pump, safety cautions, getting a replacement)',
  },
  {
    id: 'synchromed-mri',
    label: 'Medtronic SynchroMed II MRI guidelines; Therapeutic Goods Administration hazard alert: caution after MRI',
  },
  {
    id: 'fda-mri-2017',
    label:
      'US Food and Drug Administration. Implantable infusion pumps in the magnetic resonance (MR) environment: FDA safety communication (11 January 2017)',
  },
  {
    id: 'uktis',
    label: 'UK Teratology Information Service (UKTIS / BUMPS). Use of baclofen in pregnancy',
    url: 'https://www.medicinesinpregnancy.org',
  },
] as const satisfies readonly Source[];

/** The id of a source: a rule can cite only these. */
export type SourceId = (typeof citations)[number]['id'];

export const sources: readonly (Source & { id: SourceId })[] = citations;

const sourceLabel = new Map(sources.map((source) => [source.id, source.label]));

/** A rule's source ids as the API cites them: id and full label. */
export const citationsOf = (ids: readonly SourceId[]) => ids.map((id) => ({ id, label: sourceLabel.get(id) ?? id }));
