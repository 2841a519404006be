import { departementOfPlace, type Territory } from '../geo/gazetteer.js';
import { competenceOf, type StructureKind } from '../places/classification.js';
import type { Place } from '../places/place.js';
import type { ActorKind } from '../routing/actors.js';
import { socialAuthorityOf } from '../routing/doors.js';
import { belongingOf, type Need } from '../routing/need.js';
import { foldText } from '../text/normalize.js';

/**
 * Whose door a place is, judged by the audit from what the place is (its claims) and where the
 * person lives, apart from orient's own bookkeeping: a CCAS or a town hall receives the residents
 * of its commune (Code de l'action sociale et des familles, art. L123-5), a département's social
 * service and the bodies' counters those of their département (art. L123-2; one CAF, CPAM, MSA…
 * per département), the Métropole de Lyon's services those of its 58 communes.
 */
export type DoorVerdict =
  | { residentsOnly: false }
  | { residentsOnly: true; own: boolean; scope: 'commune' | 'departement'; kind: StructureKind; of: string };

/**
 * Structures whose offices each serve a sector (a list of communes or streets: the "polyvalence
 * de secteur"; a France Travail agency's or a tax office's communes; a sous-préfecture's
 * arrondissement), not the whole département: calling one "yours" needs that list. The data has none.
 */
export const SECTOR_BASED: ReadonlySet<StructureKind> = new Set([
  'departement-social-service',
  'body-social-service',
  'france-travail',
  'tax-office',
  'prefecture',
]);

/** Run by the département, or by the Métropole de Lyon in its communes (see `socialAuthorityOf`). */
const SOCIAL_AUTHORITIES: ReadonlySet<StructureKind> = new Set([
  'departement-social-service',
  'departement-council',
]);

/**
 * Kinds of help that are the structure's own service to its residents: a CCAS's or a
 * département's social work, a body's counter. Offered as these, a residents-only door is
 * always residents-only.
 */
const RESIDENT_KINDS: ReadonlySet<ActorKind> = new Set(['social-work', 'body-counter']);

/**
 * What a town hall offers everyone: its public computers and digital workshops (an espace public
 * numérique; conseillers numériques often serve the whole intercommunality). Its CCAS, its counter
 * and its help with procedures are its residents'. The routing work states the same rule
 * (`TOWN_HALL_OPEN_TO_ALL` in its routing/doors.ts): one table once both are merged.
 */
const TOWN_HALL_OPEN_TO_ALL: ReadonlySet<ActorKind> = new Set(['digital-mediation', 'equipment']);

/**
 * National programmes whose help is open to everyone wherever it is hosted: a France Services of
 * the official list (its charter: every public, whatever the partner body), a conseiller
 * numérique (the State's programme: free, for everyone). Hosted in a town hall or a département's
 * building, they are no residents-only door for the help they give. Aidants Connect is not one:
 * it authorises the structure's own agents, who serve the structure's public (issue 22: a CCAS of
 * another commune is never offered, whatever label it carries).
 */
export function openToAll(place: Place): boolean {
  return isFranceServices(place) || place.dispositif_programmes_nationaux.includes('Conseillers numériques');
}

/** A France Services of the official list (the programme is kept only from it and the national export). */
export function isFranceServices(place: Place): boolean {
  return (
    place.dispositif_programmes_nationaux.includes('France Services') ||
    (place.claims ?? []).some((c) => c.kind === 'france-services' && c.confidence === 'certain')
  );
}

/** The area whose residents a door receives, by a key that `areasOf` gives for a territory. */
export interface DoorArea {
  scope: 'commune' | 'departement';
  kind: StructureKind;
  /** "insee:69034", "name:69:caluire et cuire", "departement:59", "authority:metropole-de-lyon". */
  key: string;
}

/**
 * Whose door a place is, offered as a kind of help (none: as any); none: it receives everyone.
 */
export function doorArea(place: Place, offeredAs?: ActorKind): DoorArea | undefined {
  const competence = competenceOf(place);
  if (!competence) return undefined;
  if (offeredAs && !RESIDENT_KINDS.has(offeredAs) && openToAll(place)) return undefined;
  const { scope, kind } = competence;
  // The data lists no area for it (a Mission locale): orient takes the nearest, and says so.
  if (scope === 'around') return undefined;
  if (kind === 'town-hall' && offeredAs && TOWN_HALL_OPEN_TO_ALL.has(offeredAs)) return undefined;
  if (scope === 'commune') {
    // Without its INSEE code, a commune is known by its name within its département (Saint-Denis).
    const key = place.code_insee
      ? `insee:${place.code_insee}`
      : `name:${departementOfPlace(place)}:${foldText(place.commune)}`;
    return { scope, kind, key };
  }
  const departement = departementOfPlace(place);
  const key = SOCIAL_AUTHORITIES.has(kind)
    ? `authority:${socialAuthorityOf(place.code_insee ?? '', departement)}`
    : `departement:${departement}`;
  return { scope, kind, key };
}

const AREAS = new WeakMap<Territory, ReadonlySet<string>>();

/** The area keys of the doors that receive a person living in this territory (kept per territory). */
export function areasOf(territory: Territory): ReadonlySet<string> {
  let areas = AREAS.get(territory);
  if (!areas) {
    areas = areaKeys(territory);
    AREAS.set(territory, areas);
  }
  return areas;
}

function areaKeys(territory: Territory): Set<string> {
  return new Set([
    ...territory.communes.map((code) => `insee:${code}`),
    `name:${territory.departement}:${foldText(territory.name)}`,
    `departement:${territory.departement}`,
    `authority:${socialAuthorityOf(territory.communes[0] ?? '', territory.departement)}`,
  ]);
}

export function doorVerdict(
  place: Place,
  territory: Territory,
  offeredAs?: ActorKind,
  areas: ReadonlySet<string> = areasOf(territory),
): DoorVerdict {
  const area = doorArea(place, offeredAs);
  if (!area) return { residentsOnly: false };
  return {
    residentsOnly: true,
    own: areas.has(area.key),
    scope: area.scope,
    kind: area.kind,
    of: area.key.slice(area.key.indexOf(':') + 1),
  };
}

/** Whether a door opens to this person, offered as this kind: no residents-only door of somewhere else. */
export function opensTo(place: Place, territory: Territory, offeredAs?: ActorKind): boolean {
  const verdict = doorVerdict(place, territory, offeredAs);
  return !verdict.residentsOnly || verdict.own;
}

/** The publics a place is reserved to that the person has not said they belong to (see `admitted`). */
export function reservedAgainst(place: Place, need: Need): string[] {
  const belongs = belongingOf(need);
  return (place.restrictedTo ?? []).filter((publicId) => !belongs.has(publicId));
}

/** "CCAS de Caluire (Caluire-et-Cuire, 69034)": a place as a data manager finds it. */
export function placeLabel(place: Place): string {
  return `${place.nom} (${place.commune}${place.code_insee ? `, ${place.code_insee}` : ''}) [${place.id}]`;
}

/**
 * A département's doors as orient can use them for this territory: its town halls of other
 * communes dropped (hundreds in most départements, and orient takes only the person's own).
 * `verifyClasses` checks that orient answers alike with all of them.
 */
export function ownDoorsOnly(doors: readonly Place[], territory: Territory): Place[] {
  return doors.filter((door) => {
    if (competenceOf(door)?.kind !== 'town-hall' || !door.code_insee) return true;
    return territory.communes.includes(door.code_insee);
  });
}
