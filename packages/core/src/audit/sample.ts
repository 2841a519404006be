/**
 * The départements CI audits on every change (`audit --sample`): every kind of territory the
 * routing treats apart, in about 2,800 communes, so that a change that breaks one kind breaks CI
 * within minutes. The audit of France (`pnpm bench:audit`) covers the rest.
 */
export const AUDIT_SAMPLE: ReadonlyArray<{ departement: string; why: string }> = [
  { departement: '75', why: 'Paris: the commune is the département; its CCAS (CASVP) is both' },
  { departement: '13', why: 'Marseille’s arrondissements; Arles, a commune larger than many cantons' },
  {
    departement: '69',
    why: 'the Métropole de Lyon runs the social services of 58 communes, the Rhône the rest',
  },
  {
    departement: '59',
    why: 'the most communes of a dense département; its social service has one office in the data',
  },
  { departement: '93', why: 'dense suburbs where each commune’s CCAS is a few hundred metres from the next' },
  { departement: '94', why: 'the département’s solidarity offices (EDS) without sectors in the data' },
  { departement: '33', why: 'the SIAO’s listings: CCAS letting ALT flats (Pessac, La Teste-de-Buch)' },
  { departement: '48', why: 'sparse and rural: itinerant France Services, help 30 km away' },
  { departement: '23', why: 'rural, far from the counters of the bodies' },
  { departement: '09', why: 'mountains: valleys where the nearest door is across a pass' },
  { departement: '2A', why: 'the Collectivité de Corse runs the département’s social services' },
  { departement: '971', why: 'Guadeloupe: the CGSS, an overseas département' },
  { departement: '972', why: 'Martinique: the collectivité territoriale (a known gap of the data)' },
  { departement: '973', why: 'Guyane: communes larger than départements, towns far from their centre' },
  { departement: '974', why: 'La Réunion: the CGSS, UTC+4' },
  { departement: '975', why: 'Saint-Pierre-et-Miquelon: the CPS, no office in the data (a known gap)' },
  { departement: '976', why: 'Mayotte: the CSSM, no AME' },
  { departement: '977', why: 'Saint-Barthélemy: served by Guadeloupe’s bodies' },
  { departement: '978', why: 'Saint-Martin: served by Guadeloupe’s bodies' },
  { departement: '986', why: 'Wallis-et-Futuna: own social protection, UTC+12' },
  { departement: '987', why: 'French Polynesia: the CPS, no RSA or C2S' },
  { departement: '988', why: 'New Caledonia: the CAFAT, no RSA or C2S' },
];
