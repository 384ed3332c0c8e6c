/** Level names for people: a text label always goes with the level's icon. */
export const levelLabels = {
  indication: { label: 'Matches a documented use', description: 'Fits an indication or a usual reason to refer.' },
  caution: { label: 'Caution', description: 'May delay or change plans; the specialist must see it.' },
  consider: { label: 'To consider', description: 'Worth discussing at the visit.' },
  check: { label: 'To check', description: 'Information is missing or unsure.' },
  info: { label: 'For information', description: 'Context for the team.' },
} as const;
