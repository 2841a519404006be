/**
 * The quick orientation's common procedures (catalogue ids, checked in test/catalogue.test.ts) and
 * what blocks the person (the routing's difficulties); their short names are in the message
 * catalogue (`quick_<id>`).
 */
export const QUICK_PROCEDURES = [
  'caf-rsa',
  'caf-prime-activite',
  'caf-aides-logement',
  'ameli-compte',
  'ameli-c2s',
  'impots-declaration',
  'ants-identite',
  'ants-carte-grise',
  'france-travail-inscription',
  'retraite-demande',
  'anef-titre-sejour',
  'autre-demarche',
];
export const QUICK_DIFFICULTIES = ['do-for-me', 'understand', 'learn', 'equipment', 'situation'];
/** What is happening, under "Situation sociale": core's `SITUATIONS` (checked in test/catalogue.test.ts). */
export const QUICK_SITUATIONS = ['homeless', 'violence', 'child-danger', 'abuse', 'debt'];
