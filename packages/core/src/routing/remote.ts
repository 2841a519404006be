import type { Body, Text } from '../procedures/types.js';

/** Help without travelling: national lines and sites. Always part of an orientation. */
export interface RemoteOption {
  id: string;
  name: string;
  /** Bodies this option serves; none means every need. */
  bodies?: Body[];
  phone?: string;
  url: string;
  description: Text;
}

export const REMOTE_OPTIONS: RemoteOption[] = [
  {
    id: 'solidarite-numerique',
    name: 'Solidarité Numérique',
    phone: '01 70 77 23 72',
    url: 'https://www.solidarite-numerique.fr/',
    description: {
      fr: 'Aide gratuite par téléphone pour les démarches en ligne et les outils numériques',
      en: 'Free phone help with online procedures and digital tools',
    },
  },
  {
    id: 'caf-3230',
    name: 'CAF',
    bodies: ['caf'],
    phone: '3230',
    url: 'https://www.caf.fr/nous-contacter',
    description: { fr: 'La CAF par téléphone (service gratuit + prix d’un appel)', en: 'The CAF by phone' },
  },
  {
    id: 'assurance-maladie-3646',
    name: 'Assurance Maladie',
    bodies: ['assurance-maladie'],
    phone: '3646',
    url: 'https://www.ameli.fr/assure/adresses-et-contacts',
    description: {
      fr: 'L’Assurance Maladie par téléphone (service gratuit + prix d’un appel)',
      en: 'Health insurance by phone',
    },
  },
  {
    id: 'impots-0809401401',
    name: 'Impôts',
    bodies: ['impots'],
    phone: '0 809 401 401',
    url: 'https://www.impots.gouv.fr/contacts',
    description: { fr: 'Les impôts par téléphone (appel non surtaxé)', en: 'The tax office by phone' },
  },
  {
    id: 'france-travail-3949',
    name: 'France Travail',
    bodies: ['france-travail'],
    phone: '3949',
    url: 'https://www.francetravail.fr/contact',
    description: {
      fr: 'France Travail par téléphone (service gratuit + prix d’un appel)',
      en: 'France Travail by phone',
    },
  },
  {
    id: 'assurance-retraite-3960',
    name: 'Assurance retraite',
    bodies: ['retraite'],
    phone: '3960',
    url: 'https://www.lassuranceretraite.fr/',
    description: {
      fr: 'L’Assurance retraite par téléphone (service gratuit + prix d’un appel)',
      en: 'The pension fund by phone',
    },
  },
  {
    id: 'ants-3400',
    name: 'ANTS',
    bodies: ['ants'],
    phone: '34 00',
    url: 'https://ants.gouv.fr/nous-contacter',
    description: {
      fr: 'L’ANTS par téléphone (titres, permis, carte grise)',
      en: 'ANTS by phone (ID, licence, registration)',
    },
  },
  {
    id: 'cheque-energie-0805204805',
    name: 'Chèque énergie',
    bodies: ['energie'],
    phone: '0 805 204 805',
    url: 'https://chequeenergie.gouv.fr/',
    description: {
      fr: 'Le chèque énergie par téléphone (appel gratuit)',
      en: 'The energy cheque by phone (free call)',
    },
  },
];

export function remoteOptionsFor(
  body: Body | undefined,
  options: readonly RemoteOption[] = REMOTE_OPTIONS,
): RemoteOption[] {
  // The body's own line first, then the general help.
  const own = options.filter((o) => body && o.bodies?.includes(body));
  return [...own, ...options.filter((o) => !o.bodies)];
}
