import { ACTOR_KINDS, type ActorKind } from '../kinds.js';
import type { StructureKind } from '../places/classification.js';
import type { NationalProgramme, Service } from '../places/vocabulary.js';
import type { Text } from '../text/types.js';

export { ACTOR_KINDS, type ActorKind };

export interface ActorCriteria {
  label: Text;
  /** A place counts as this kind when it offers one of these… */
  services?: Service[];
  programmes?: NationalProgramme[];
  typologies?: string[];
  /** …or is one of these structures, by a claim strong enough to route on (classification.ts)… */
  structures?: StructureKind[];
  /** …or may act in the person's name (Aidants Connect mandate). */
  doesItForYou?: boolean;
}

/**
 * What a place must offer to count as each kind of help. `body-counter` depends on the procedure
 * (its `counters` typologies); `remote` is not a place (see remote.ts).
 */
export const ACTOR_CRITERIA: Record<Exclude<ActorKind, 'body-counter' | 'remote'>, ActorCriteria> = {
  'social-work': {
    label: { fr: 'Accompagnement social', en: 'Social work' },
    // Centres sociaux run community activities; they do not assess a situation (classification.ts).
    structures: ['ccas', 'departement-social-service', 'body-social-service'],
  },
  'admin-help': {
    label: { fr: 'Aide aux démarches', en: 'Help with procedures' },
    services: ['Aide aux démarches administratives'],
    // "France Services" is kept only where the official list or the national export says so.
    programmes: ['France Services', "Point d'accès numérique CAF"],
    // A point d'accès au droit gives legal information: it is no help with a CAF or CPAM file.
    typologies: ['MSAP', 'PIMMS'],
  },
  'do-it-for-me': {
    label: {
      fr: 'Démarche faite à votre place (Aidants Connect)',
      en: 'Procedure done on your behalf (Aidants Connect)',
    },
    programmes: ['Aidants Connect'],
    doesItForYou: true,
  },
  'digital-mediation': {
    label: { fr: 'Apprendre le numérique', en: 'Learning digital skills' },
    services: [
      'Maîtrise des outils numériques du quotidien',
      'Compréhension du monde numérique',
      'Utilisation sécurisée du numérique',
    ],
    programmes: ['Conseillers numériques', 'Promeneurs du net'],
    typologies: ['EPN', 'EPI', 'ENM', 'FABLAB'],
  },
  equipment: {
    label: { fr: 'Ordinateur et internet', en: 'Computer and internet access' },
    services: [
      'Accès internet et matériel informatique',
      'Acquisition de matériel informatique à prix solidaire',
    ],
    programmes: ['Emmaüs Connect', 'Relais numérique (Emmaüs Connect)'],
    typologies: ['RESSOURCERIE'],
  },
};

export const ACTOR_LABELS: Record<ActorKind, Text> = {
  ...Object.fromEntries(Object.entries(ACTOR_CRITERIA).map(([kind, c]) => [kind, c.label])),
  'body-counter': { fr: "Accueil de l'organisme", en: "The body's own counter" },
  remote: { fr: 'Aide à distance', en: 'Remote help' },
} as Record<ActorKind, Text>;
