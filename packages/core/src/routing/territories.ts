import type { Body } from '../procedures/types.js';
import type { RemoteOption } from './line.js';

const cgss = (departement: string, name: string, url: string, also: string[] = []): RemoteOption => ({
  id: `cgss-${departement}`,
  name,
  bodies: ['assurance-maladie', 'retraite'],
  territories: [departement, ...also],
  // The CGSS answers the Assurance Maladie's number there (its former 08 10 10 36 46 in
  // Guadeloupe, 3646 in Guyane in the annuaire of 2017).
  phone: '3646',
  url,
  // Source: annuaire de l’administration 2017 (CGSS : 08 10 10 36 46 en Guadeloupe, 3646 en Guyane) ; ameli.fr (3646 dans les départements d’outre-mer)
});

/**
 * The territories' own bodies, where the national ones do not serve. Sources: each body's site;
 * the CGSS and the CAF of Guadeloupe also serve Saint-Martin (978) and Saint-Barthélemy (977)
 * (la-retraite-en-clair.fr, annuaire 2017: the CAF's Saint-Martin antenna). The phones of the
 * Pacific and Saint-Pierre-et-Miquelon funds are the bodies' switchboards as they publish them;
 * Wallis-et-Futuna's fund publishes none that could be checked here: it has its site only.
 */
export const TERRITORY_OPTIONS: RemoteOption[] = [
  cgss('971', 'CGSS Guadeloupe', 'https://www.cgss-guadeloupe.fr/', ['977', '978']),
  cgss('972', 'CGSS Martinique', 'https://cgss-martinique.fr/'),
  cgss('973', 'CGSS Guyane', 'https://www.cgss-guyane.fr/'),
  cgss('974', 'CGSS La Réunion', 'https://www.cgss.re/'),
  {
    id: 'cssm-976',
    name: 'Caisse de sécurité sociale de Mayotte (CSSM)',
    bodies: ['caf', 'assurance-maladie', 'retraite'],
    territories: ['976'],
    phone: '02 69 61 91 91',
    url: 'https://www.cssm.fr/',
    // Source: https://www.cssm.fr/
  },
  {
    id: 'cps-975',
    name: 'Caisse de prévoyance sociale de Saint-Pierre-et-Miquelon',
    bodies: ['caf', 'assurance-maladie', 'retraite'],
    territories: ['975'],
    phone: '+508 41 15 70',
    url: 'https://www.secuspm.com/',
    // Source: https://www.secuspm.com/ (standard)
  },
  {
    id: 'cpswf-986',
    name: 'Caisse des prestations sociales de Wallis-et-Futuna (CPSWF)',
    bodies: ['caf', 'retraite'],
    territories: ['986'],
    url: 'https://www.cpswf.wf/',
    // Source: https://www.cpswf.wf/ (prestations familiales et retraites)
  },
  {
    id: 'cps-987',
    name: 'Caisse de prévoyance sociale (CPS)',
    bodies: ['caf', 'assurance-maladie', 'retraite'],
    territories: ['987'],
    phone: '+689 40 41 68 68',
    url: 'https://www.cps.pf/',
    // Source: https://www.cps.pf/ (standard) ; cleiss.fr, régime polynésien
  },
  {
    id: 'cafat-988',
    name: 'CAFAT',
    bodies: ['caf', 'assurance-maladie', 'retraite', 'france-travail'],
    territories: ['988'],
    phone: '+687 25 58 00',
    url: 'https://www.cafat.nc/',
    // Source: https://www.cafat.nc/ (standard) ; cleiss.fr, régime calédonien
  },
];

/** Procedures that do not exist where social protection is the territory's own (DOMAIN.md). */
const NOT_IN_THE_PACIFIC = ['caf-rsa', 'caf-prime-activite', 'ameli-c2s', 'ame'];

/**
 * Overseas collectivities where a body of the catalogue does not exist, and who does its job:
 * a procedure of that body is named there as not existing, with the territory's own body and
 * its line (`line`, an id of TERRITORY_OPTIONS).
 * Sources: the RSA, the prime d'activité, the C2S and the AME are laws of the Code de la
 * sécurité sociale and the CASF that do not apply in New Caledonia, French Polynesia and
 * Wallis-et-Futuna (their own social protection: cleiss.fr); the AME does not apply in Mayotte
 * (CASF art. L251-1, ordonnance 2002-411; service-public.fr, « Aide médicale de l'État »).
 */
export const ABSENT_BODIES: ReadonlyArray<{
  territories: string[];
  bodies: Body[];
  instead: string;
  line?: string;
  /** Procedures that do not exist there at all. */
  missing?: string[];
}> = [
  {
    territories: ['988'],
    bodies: ['caf', 'assurance-maladie', 'retraite', 'france-travail'],
    instead: 'CAFAT',
    line: 'cafat-988',
    missing: NOT_IN_THE_PACIFIC,
  },
  {
    territories: ['987'],
    bodies: ['caf', 'assurance-maladie', 'retraite', 'france-travail'],
    instead: 'CPS',
    line: 'cps-987',
    missing: NOT_IN_THE_PACIFIC,
  },
  {
    territories: ['986'],
    bodies: ['caf', 'assurance-maladie', 'retraite'],
    instead: 'CPSWF',
    line: 'cpswf-986',
    missing: NOT_IN_THE_PACIFIC,
  },
  {
    territories: ['975'],
    bodies: ['caf', 'assurance-maladie', 'retraite'],
    instead: 'CPS',
    line: 'cps-975',
  },
  {
    territories: ['976'],
    bodies: ['caf', 'assurance-maladie', 'retraite'],
    instead: 'CSSM',
    line: 'cssm-976',
    missing: ['ame'],
  },
];
