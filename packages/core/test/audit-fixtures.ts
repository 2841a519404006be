import type { Territory } from '../src/geo/gazetteer.js';
import type { Location } from '../src/geo/location.js';
import type { Claim, Place } from '../src/places/place.js';
import type { ActorKind } from '../src/routing/actors.js';
import type { Crisis } from '../src/routing/crisis.js';
import type { Reason } from '../src/routing/explain.js';
import type { Need } from '../src/routing/need.js';
import type { Notice, Orientation, OrientedPlace } from '../src/routing/orient.js';

/**
 * Hand-made places, people and orientations for the audit's invariants: public facts (INSEE codes
 * of Vénissieux 69259 and Caluire-et-Cuire 69034, in the Métropole de Lyon; Mende 48095), made-up
 * places.
 */
export const VENISSIEUX: Location & { territory: Territory } = {
  latitude: 45.697,
  longitude: 4.886,
  label: 'Vénissieux (69200)',
  territory: { communes: ['69259'], name: 'Vénissieux', departement: '69' },
};

export const MENDE: Location & { territory: Territory } = {
  latitude: 44.518,
  longitude: 3.5,
  label: 'Mende (48000)',
  territory: { communes: ['48095'], name: 'Mende', departement: '48' },
};

export const PARIS_11: Location & { territory: Territory } = {
  latitude: 48.859,
  longitude: 2.38,
  label: 'Paris 11e Arrondissement (75011)',
  territory: { communes: ['75056', '75111'], name: 'Paris', departement: '75', part: '75111' },
};

const claim = (kind: Claim['kind'], confidence: Claim['confidence'] = 'certain'): Claim => ({
  kind,
  evidence: confidence === 'certain' ? 'official-list' : 'name',
  value: kind,
  confidence,
});

export interface PlaceSpec {
  id: string;
  nom?: string;
  latitude: number;
  longitude: number;
  insee?: string;
  postal?: string;
  commune?: string;
  claims?: Array<Claim['kind'] | Claim>;
  programmes?: Place['dispositif_programmes_nationaux'];
  services?: Place['services'];
  typologie?: string[];
  restrictedTo?: Place['restrictedTo'];
  horaires?: string;
  town?: number;
  formations?: Place['formations_labels'];
}

export function place(spec: PlaceSpec): Place {
  return {
    id: spec.id,
    pivot: '12345678901234',
    nom: spec.nom ?? spec.id,
    commune: spec.commune ?? 'Quelque part',
    code_postal: spec.postal ?? `${(spec.insee ?? '69259').slice(0, 2)}000`,
    ...(spec.insee ? { code_insee: spec.insee } : {}),
    adresse: '1 place de la Mairie',
    latitude: spec.latitude,
    longitude: spec.longitude,
    typologie: spec.typologie ?? [],
    courriels: [],
    site_web: [],
    ...(spec.horaires ? { horaires: spec.horaires } : {}),
    itinerance: [],
    date_maj: '2024-08-01',
    services: spec.services ?? [],
    publics_specifiquement_adresses: [],
    prise_en_charge_specifique: [],
    frais_a_charge: [],
    dispositif_programmes_nationaux: spec.programmes ?? [],
    formations_labels: spec.formations ?? [],
    autres_formations_labels: [],
    modalites_acces: [],
    modalites_accompagnement: [],
    capabilities: { doesItForYou: false, doesItWithYou: false, stepByStep: false },
    claims: (spec.claims ?? []).map((c) => (typeof c === 'string' ? claim(c) : c)),
    restrictedTo: spec.restrictedTo ?? [],
    provenance: [{ format: 'standard-v1', file: 'audit-fixture', id: spec.id, source: 'test' }],
    quality: {
      approximateCoordinates: spec.town !== undefined,
      position: spec.town !== undefined ? 'town' : 'address',
      ...(spec.town !== undefined ? { positionUncertaintyKm: spec.town } : {}),
      unknownDate: false,
      stale: false,
      unparsedHours: false,
      placeholderPivot: false,
    },
  };
}

/** A place as orient returns it: its kind, its distance, its reasons. */
export function shown(p: Place, actor: ActorKind, km: number, reasons: Reason[] = []): OrientedPlace {
  return {
    id: p.id,
    nom: p.nom,
    distance_km: km,
    score: 50 - km,
    actor,
    open: { state: 'unknown' },
    reasons: [{ code: 'actor', kind: actor }, ...reasons, { code: 'distance', km, approximate: false }],
    place: p,
  };
}

export interface OrientationSpec {
  location?: Location;
  need?: Need;
  kinds?: ActorKind[];
  results?: OrientedPlace[];
  notices?: Notice[];
  remote?: Array<{ id: string; phone?: string }>;
  crisis?: Crisis;
}

export function orientation(spec: OrientationSpec = {}): Orientation {
  const kinds = spec.kinds ?? ['admin-help', 'remote'];
  return {
    location: spec.location ?? VENISSIEUX,
    need: spec.need ?? {},
    procedure: null,
    rule: 'test',
    actors: kinds.map((kind) => ({ kind, reason: kind })),
    radius_km: 15,
    widened: null,
    notices: spec.notices ?? [],
    results: spec.results ?? [],
    remote: (spec.remote ?? []).map((r) => ({
      id: r.id,
      name: r.id,
      ...(r.phone ? { phone: r.phone } : {}),
      url: 'https://example.org/',
      description: { fr: '', en: '' },
    })),
    ...(spec.crisis ? { crisis: spec.crisis } : {}),
  };
}
