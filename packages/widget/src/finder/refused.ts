import { msg, str } from '@lit/localize';
import type { OrientError, Where } from '@mediation-finder/core';
import type { Outcome } from './search-controller.js';

/**
 * A search core refuses before fetching anything (an `OrientError`, by its code): what the page
 * asked is impossible (a latitude of 91, a radius of 1e308 km, a procedure "__proto__"). Each
 * is said in the finder's words, naming the value, where the person can act on it: under the
 * place field for a position (they can type their town instead), on the status line otherwise.
 */
export interface Refusal {
  /** Said under the place field. */
  where?: () => string;
  /** Said on the status line. */
  status?: () => string;
}

/** What the refused search asked, to name the value in the message. */
export interface Asked {
  where: Where;
  procedure?: string | undefined;
  maxKm?: number | undefined;
}

export function refusal(error: OrientError, asked: Asked): Refusal {
  switch (error.code) {
    case 'position-out-of-range': {
      const { latitude, longitude } =
        typeof asked.where === 'string' ? { latitude: NaN, longitude: NaN } : asked.where;
      return {
        where: () =>
          msg(
            str`La position donnée par cette page n’existe pas (latitude ${String(latitude)}, longitude ${String(longitude)}). Indiquez votre code postal ou votre commune.`,
          ),
      };
    }
    case 'distance-out-of-range': {
      const km = String(asked.maxKm);
      return {
        status: () =>
          msg(
            str`Cette page limite la recherche à une distance impossible (${km} km) : aucun lieu n’a été cherché. Vous pouvez être aidé à distance.`,
          ),
      };
    }
    case 'unknown-procedure': {
      const id = String(asked.procedure);
      return {
        status: () =>
          msg(str`Cette page demande une démarche inconnue (« ${id} »). Choisissez votre démarche.`),
      };
    }
    default:
      return {
        status: () => msg('Cette recherche n’est pas possible. Changez un critère, ou rechargez la page.'),
      };
  }
}

/**
 * The question to ask again after a search that gave no answer: where, for a place not found or
 * an impossible position; the procedure, for an unknown one; none otherwise.
 */
export function questionAfter(outcome: Outcome): 'where' | 'procedure' | null {
  if (outcome.status === 'not-found') return 'where';
  if (outcome.status !== 'refused') return null;
  const { code } = outcome.error;
  return code === 'position-out-of-range' ? 'where' : code === 'unknown-procedure' ? 'procedure' : null;
}
