import { ACTOR_KINDS, type ActorKind } from '../kinds.js';
import type { StructureKind } from '../places/classification.js';
import type { NationalProgramme, Service } from '../places/vocabulary.js';

export { ACTOR_KINDS, type ActorKind };

export interface ActorCriteria {
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
 * (its `counters` typologies), `situation-help` on the person's situation (`SITUATION_PLACES`);
 * `remote` is not a place (see remote.ts).
 */
export const ACTOR_CRITERIA: Record<
  Exclude<ActorKind, 'body-counter' | 'situation-help' | 'remote'>,
  ActorCriteria
> = {
  'social-work': {
    // Centres sociaux run community activities; they do not assess a situation (classification.ts).
    structures: ['ccas', 'departement-social-service', 'body-social-service'],
  },
  'admin-help': {
    services: ['Aide aux démarches administratives'],
    // "France Services" is kept only where the official list or the national export says so.
    programmes: ['France Services', "Point d'accès numérique CAF"],
    // A point d'accès au droit gives legal information: it is no help with a CAF or CPAM file.
    typologies: ['MSAP', 'PIMMS'],
  },
  'do-it-for-me': {
    programmes: ['Aidants Connect'],
    doesItForYou: true,
  },
  'digital-mediation': {
    services: [
      'Maîtrise des outils numériques du quotidien',
      'Compréhension du monde numérique',
      'Utilisation sécurisée du numérique',
    ],
    programmes: ['Conseillers numériques', 'Promeneurs du net'],
    typologies: ['EPN', 'EPI', 'ENM', 'FABLAB'],
  },
  equipment: {
    services: [
      'Accès internet et matériel informatique',
      'Acquisition de matériel informatique à prix solidaire',
    ],
    programmes: ['Emmaüs Connect', 'Relais numérique (Emmaüs Connect)'],
    typologies: ['RESSOURCERIE'],
  },
};
