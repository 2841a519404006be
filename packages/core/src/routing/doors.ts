import { distanceKm } from '../geo/distance.js';
import { departementOfPlace, type Territory } from '../geo/gazetteer.js';
import { competenceOf, PART_TOWN_HALL, type StructureKind } from '../places/classification.js';
import type { Place } from '../places/place.js';
import { foldText } from '../text/normalize.js';

/**
 * Doors chosen by where the person lives, never by distance: the town hall of their commune
 * (where the CCAS, the commune's social action centre, receives residents when the data has no
 * CCAS place of its own) and their département's council (whose switchboard gives the address of
 * the département's social service for their sector). Built datasets keep them apart from the
 * places ranked by distance (`DatasetManifest.doors`, one file per département).
 */
export interface OwnDoors {
  townHall?: Place;
  /**
   * The council whose social service serves the person: a place of the data, or its name and
   * switchboard (`SUCCESSORS`).
   */
  council?: { name: string; place?: Place; phone?: string };
}

/**
 * Where a département's council no longer runs its social services, the collectivity that does.
 * The annuaire (2017) still lists the former councils: their switchboards are not offered there.
 * Sources: loi MAPTAM 2014-58 (Métropole de Lyon, 2015), loi 2011-884 (Guyane, Martinique, 2015),
 * loi NOTRe 2015-991 art. 30 (Corse, 2018), loi 2017-257 (Ville de Paris, 2019).
 */
const SUCCESSORS: Record<string, string> = {
  '2A': 'Collectivité de Corse',
  '2B': 'Collectivité de Corse',
  '972': 'Collectivité territoriale de Martinique',
  '973': 'Collectivité territoriale de Guyane',
  '75': 'Ville de Paris',
};

/**
 * The switchboards of the collectivities that run the département's social services instead of
 * a council (the annuaire of 2017 has none of them). Sources: grandlyon.com (Métropole de Lyon,
 * 20 rue du Lac, 04 78 63 40 40), isula.corsica (Collectivité de Corse, 04 95 20 25 25),
 * paris.fr (3975, the Ville de Paris's information line). Martinique's and Guyane's are not
 * given here: none could be checked.
 */
const SUCCESSOR_PHONES: Record<string, string> = {
  'Métropole de Lyon': '04 78 63 40 40',
  'Collectivité de Corse': '04 95 20 25 25',
  'Ville de Paris': '3975',
};

/**
 * Where the commune is the département (Paris since 2019): its social action centre's sections
 * (CASVP, Espaces parisiens des solidarités) are also the département's social service.
 */
export const COMMUNE_IS_DEPARTEMENT: ReadonlySet<string> = new Set(['75']);

/**
 * The 58 communes of the Métropole de Lyon (EPCI 200046977), whose social services are the
 * Métropole's, not the Rhône's. Source: @etalab/decoupage-administratif 6.0.0, data/epci.json
 * (INSEE COG, Licence Ouverte 2.0).
 */
const METROPOLE_DE_LYON = new Set(
  (
    '69003 69029 69033 69034 69040 69044 69046 69063 69068 69069 69071 69072 69081 69085 69087 ' +
    '69088 69089 69091 69096 69100 69116 69117 69123 69127 69142 69143 69149 69153 69163 69168 ' +
    '69191 69194 69199 69202 69204 69205 69207 69233 69244 69250 69256 69259 69260 69266 69271 ' +
    '69273 69275 69276 69278 69279 69282 69283 69284 69286 69290 69292 69293 69296'
  ).split(' '),
);

/**
 * The collectivity whose social services serve a commune: its département, except in the
 * Métropole de Lyon, which runs them for its 58 communes instead of the Rhône.
 */
export function socialAuthorityOf(insee: string, departement: string): string {
  return METROPOLE_DE_LYON.has(insee) ? 'metropole-de-lyon' : departement;
}

/** The area a social authority serves, when it is not a whole département (see `socialAuthorityOf`). */
export const SOCIAL_AUTHORITY_AREAS: Readonly<Record<string, string>> = {
  'metropole-de-lyon': 'la Métropole de Lyon',
};

/** Who runs the département's social services for this territory, when it is not the council. */
function successorOf(territory: Territory): string | undefined {
  if (METROPOLE_DE_LYON.has(territory.communes[0] ?? '')) return 'Métropole de Lyon';
  return SUCCESSORS[territory.departement];
}

/**
 * The person's own doors among `doors` (the places of their département's doors file): the town
 * hall of the part they named (an arrondissement, a former commune: the annuaire predates many
 * mergers, and a commune déléguée keeps its town hall), else of today's commune, else of another
 * of its former communes. Of a commune's several town halls, the one nearest to the person (`from`):
 * Saint-Denis, merged with Pierrefitte-sur-Seine in 2025, has both, and a person in 93200 was
 * sent to Pierrefitte's, 3 km away, for the smaller id.
 */
export function ownDoors(
  doors: readonly Place[],
  territory: Territory,
  from?: { latitude: number; longitude: number },
): OwnDoors {
  const own: OwnDoors = {};
  const successor = successorOf(territory);
  if (successor) {
    const phone = SUCCESSOR_PHONES[successor];
    own.council = { name: successor, ...(phone ? { phone } : {}) };
  }
  // 0: the part they named; 1, 2…: today's commune, then its other parts and former communes.
  // A town hall filed under the commune's code but named as a part's (« Mairie associée de
  // Lomme », under Lille's) comes after the commune's own.
  const rankOf = (insee: string, name: string) => {
    if (insee === territory.part) return 0;
    const i = territory.communes.indexOf(insee);
    return i < 0 ? -1 : i + 1 + (PART_TOWN_HALL.test(foldText(name)) ? 0.5 : 0);
  };
  let townHallRank = Number.POSITIVE_INFINITY;
  let townHallKm = Number.POSITIVE_INFINITY;
  const kmTo = (place: Place) =>
    from ? distanceKm(from.latitude, from.longitude, place.latitude, place.longitude) : 0;
  for (const place of doors) {
    const competence = competenceOf(place);
    if (competence?.kind === 'town-hall' && place.code_insee) {
      const rank = rankOf(place.code_insee, place.nom);
      if (rank < 0 || rank > townHallRank) continue;
      // Ties (a commune's several town halls) go to the nearest, then the smallest id: the same
      // door every time.
      const km = kmTo(place);
      if (
        rank < townHallRank ||
        km < townHallKm ||
        (km === townHallKm && place.id < (own.townHall?.id ?? ''))
      ) {
        own.townHall = place;
        townHallRank = rank;
        townHallKm = km;
      }
    } else if (
      competence?.kind === 'departement-council' &&
      !successor &&
      departementOfPlace(place) === territory.departement &&
      (!own.council?.place || place.id < own.council.place.id)
    ) {
      own.council = { name: place.nom, place };
    }
  }
  return own;
}

/**
 * The bodies' counters that serve by address within their département, not the whole of it: a
 * France Travail agency its list of communes (the agency is chosen by the job seeker's home,
 * francetravail.fr « Mon agence »), a tax office (SIP) its communes (impots.gouv.fr « Contact et
 * RDV » finds it from the address), a sous-préfecture its arrondissement. Never "yours": one of the
 * département's, whose own site or line says which (`address-office`). A social worker saw three
 * agencies of Besançon each called "yours".
 */
export const BY_ADDRESS: ReadonlySet<StructureKind> = new Set(['france-travail', 'tax-office', 'prefecture']);

/**
 * Services that work by sector (polyvalence de secteur): each office serves a list of communes or
 * streets the data does not give. Never "yours": an office of the person's département (or of the
 * Métropole de Lyon), whose switchboard says which one serves their address.
 */
export const SECTORISED: ReadonlySet<StructureKind> = new Set([
  'departement-social-service',
  'body-social-service',
]);

/**
 * Social services that receive only the residents of their commune or département: a CCAS of
 * another commune is never offered, whatever else it carries (an Aidants Connect or France
 * Services label).
 */
export const SOCIAL_DOORS: ReadonlySet<StructureKind> = new Set([
  'ccas',
  'departement-social-service',
  'body-social-service',
]);

/**
 * What a town hall offers to people of other communes: its digital workshops and public
 * computers (conseillers numériques often serve the whole intercommunality). Its other help
 * (Aidants Connect, help with procedures) is its residents', unless it is a France Services,
 * open to all by its label.
 */
export const TOWN_HALL_OPEN_TO_ALL: ReadonlySet<string> = new Set(['digital-mediation', 'equipment']);

/** A door looked up by territory, not ranked by distance: it belongs in the doors file. */
export function isOwnDoor(place: Place): boolean {
  const kind = competenceOf(place)?.kind;
  return kind === 'town-hall' || kind === 'departement-council';
}
