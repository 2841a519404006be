import type { RemoteOption } from './line.js';

/**
 * National lines and sites, by body, and Solidarité Numérique for every need. A line answered by
 * one national call centre has its `hours` on Paris time (shown in the person's own time zone);
 * a line answered by the person's local fund has none (they vary from one fund to the next).
 */

/** Overseas collectivities with their own social security: no CAF, CPAM or CARSAT there. */
export const OWN_SOCIAL_SECURITY = ['975', '986', '987', '988'];

/** Where a CGSS is the health insurance and pension fund: Saint-Martin and Saint-Barthélemy with Guadeloupe. */
export const CGSS_TERRITORIES = ['971', '972', '973', '974', '977', '978'];

export const REMOTE_OPTIONS: RemoteOption[] = [
  {
    id: 'solidarite-numerique',
    name: 'Solidarité Numérique',
    phone: '01 70 77 23 72',
    url: 'https://www.solidarite-numerique.fr/',
    hours: 'Mo-Fr 09:00-18:00',
    timeZone: 'Europe/Paris',
    // Source: https://www.solidarite-numerique.fr/ (du lundi au vendredi, 9 h – 18 h)
  },
  {
    id: 'caf-3230',
    name: 'CAF',
    bodies: ['caf'],
    // Mayotte: family benefits are paid by the CSSM.
    notIn: [...OWN_SOCIAL_SECURITY, '976'],
    phone: '3230',
    url: 'https://www.caf.fr/nous-contacter',
    // The caller's own CAF answers (its hours vary): Saint-Martin and Saint-Barthélemy are served
    // by the CAF of Guadeloupe (its Saint-Martin antenna, annuaire 2017).
    // Source: https://www.caf.fr/nous-contacter ; annuaire de l’administration 2017 (Caf de Saint-Martin, antenne des îles du Nord)
  },
  {
    id: 'assurance-maladie-3646',
    name: 'Assurance Maladie',
    bodies: ['assurance-maladie'],
    // Overseas départements: the CGSS answers on the same number (TERRITORY_OPTIONS).
    notIn: [...OWN_SOCIAL_SECURITY, ...CGSS_TERRITORIES, '976'],
    phone: '3646',
    url: 'https://www.ameli.fr/assure/adresses-et-contacts',
    // Source: https://www.ameli.fr/assure/adresses-et-contacts (3646, service gratuit + prix de l’appel)
  },
  {
    id: 'impots-0809401401',
    name: 'Impôts',
    bodies: ['impots'],
    phone: '0 809 401 401',
    url: 'https://www.impots.gouv.fr/contacts',
    hours: 'Mo-Fr 08:30-19:00',
    timeZone: 'Europe/Paris',
    // Source: https://www.impots.gouv.fr/contacts ; France Bleu, 2019-01 (centres de contact joignables de 8 h 30 à 19 h)
  },
  {
    id: 'france-travail-3949',
    name: 'France Travail',
    bodies: ['france-travail'],
    notIn: ['986', '987', '988'],
    phone: '3949',
    url: 'https://www.francetravail.fr/contact',
    // Source: https://www.francetravail.fr/contact
  },
  {
    id: 'assurance-retraite-3960',
    name: 'Assurance retraite',
    bodies: ['retraite'],
    // Overseas départements: pensions are paid by the CGSS (Mayotte: the CSSM); the CGSS of La
    // Réunion answers on the 3960 (annuaire 2017), the others on their own numbers.
    notIn: [...OWN_SOCIAL_SECURITY, '971', '972', '973', '977', '978', '976'],
    phone: '3960',
    url: 'https://www.lassuranceretraite.fr/',
    // Source: https://www.lassuranceretraite.fr/ ; annuaire de l’administration 2017 (CGSS de La Réunion, retraite : 3960)
  },
  {
    id: 'ants-3400',
    name: 'ANTS',
    bodies: ['ants'],
    phone: '34 00',
    url: 'https://ants.gouv.fr/nous-contacter',
  },
  {
    id: 'anef-contact',
    name: 'Centre de contact citoyen de l’ANEF',
    bodies: ['interieur'],
    phone: '0 806 001 620',
    url: 'https://contacts-demarches.interieur.gouv.fr/',
  },
  {
    id: 'france-renov-0808800700',
    name: 'France Rénov’',
    bodies: ['renovation'],
    phone: '0 808 800 700',
    url: 'https://france-renov.gouv.fr/',
  },
  {
    id: 'antai-0811101010',
    name: 'ANTAI',
    bodies: ['antai'],
    phone: '0 811 10 10 10',
    url: 'https://www.antai.gouv.fr/',
  },
  {
    id: 'urssaf-3698',
    name: 'Urssaf — micro-entrepreneurs',
    bodies: ['urssaf'],
    phone: '3698',
    url: 'https://www.autoentrepreneur.urssaf.fr/',
  },
  {
    id: 'cheque-energie-0805204805',
    name: 'Chèque énergie',
    bodies: ['energie'],
    phone: '0 805 204 805',
    url: 'https://chequeenergie.gouv.fr/',
  },
];
