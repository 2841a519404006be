import type { OpeningStatus } from '../hours/status.js';
import { lineDescription } from '../messages/lines.js';
import { bringLabel, procedureLabel } from '../messages/procedures.js';
import type { Body, Bring } from '../procedures/types.js';
import type { ActorKind } from '../routing/actors.js';
import type { Crisis } from '../routing/crisis.js';
import type { Reason } from '../routing/explain.js';
import type { Need } from '../routing/need.js';
import type { Notice, Orientation } from '../routing/orient.js';
import type { RemoteLine } from '../routing/remote.js';
import type { KindReason } from '../routing/rules.js';

/** One place of the JSON orientation. */
export interface OrientedPlaceJson {
  id: string;
  nom: string;
  actor: ActorKind;
  distance_km: number;
  score: number;
  open: OpeningStatus;
  reasons: Reason[];
  adresse: string;
  code_postal: string;
  commune: string;
  latitude: number;
  longitude: number;
  /** The number to call: the place's own, or its body's line when its own was retired (see `reasons`). */
  telephone?: string;
  courriels: string[];
  site_web: string[];
  prise_rdv?: string;
  horaires?: string;
  date_maj: string | undefined;
  /** The publishers the place was read from (`source` of each merged row). */
  sources: string[];
}

/** A remote line of the JSON orientation: what it is for (`description`) in the active language. */
export type RemoteLineJson = RemoteLine & { description?: string };

/**
 * The JSON shape of an orientation, written out (not inferred) so that it reads as the contract
 * it is and carries no reader's types (a TypeScript user of the widget needs neither zod nor the
 * place schema).
 */
export interface OrientationJson {
  location: {
    latitude: number;
    longitude: number;
    label: string;
    approximate?: boolean;
    /** The parent commune whose point the distances start from, when the commune has none of its own. */
    atParentOf?: string;
    /** INSEE code of the person's commune, when known. */
    commune?: string;
    departement?: string;
  };
  /**
   * The procedure by id, its label and what to bring in the active language of the message
   * catalogue (`label`s are words to show; `id`s are the contract).
   */
  procedure: {
    id: string;
    body: Body;
    label: string;
    bring: Array<{ id: Bring; label: string }>;
  } | null;
  need: Omit<Need, 'openAt'> & { openAt?: string };
  rule: string;
  actors: Array<{ kind: ActorKind; reason: KindReason }>;
  radius_km: number;
  widened: { from_km: number; to_km: number; missing?: ActorKind } | null;
  notices: Notice[];
  results: OrientedPlaceJson[];
  /** Crisis lines first (`crisis.lines`), then the body's own line, then the rest. */
  remote: RemoteLineJson[];
  /** Present when the person named a crisis situation: `lines` (remote ids) come first; `placesLater`: the line is the answer now. */
  crisis?: Crisis;
}

/**
 * The JSON shape of an orientation: a public contract (CLI `orient --json`, the widget's
 * `mediation-finder-orient` event), in codes and data; the few words it carries (a procedure's
 * label, what to bring, what a line is for) are the message catalogue's in its active language
 * (`@mediation-finder/core/messages`, French unless the caller chose another). Documented in the core README.
 */
export function orientationToJson(orientation: Orientation): OrientationJson {
  const { location, procedure, need, rule, actors, radius_km, widened, notices, results, remote, crisis } =
    orientation;
  return {
    location: {
      latitude: location.latitude,
      longitude: location.longitude,
      label: location.label,
      ...(location.approximate ? { approximate: true } : {}),
      ...(location.atParentOf ? { atParentOf: location.atParentOf } : {}),
      ...(location.territory
        ? { commune: location.territory.communes[0], departement: location.territory.departement }
        : {}),
    },
    procedure: procedure
      ? {
          id: procedure.id,
          body: procedure.body,
          label: procedureLabel(procedure.id),
          bring: procedure.bring.map((id) => ({ id, label: bringLabel(id) })),
        }
      : null,
    need: (({ openAt, ...rest }) => (openAt ? { ...rest, openAt: openAt.toISOString() } : rest))(need),
    rule,
    actors,
    radius_km,
    widened,
    notices,
    results: results.map((r) => ({
      id: r.id,
      nom: r.nom,
      actor: r.actor,
      distance_km: r.distance_km,
      score: r.score,
      open: r.open,
      reasons: r.reasons,
      adresse: r.place.adresse,
      code_postal: r.place.code_postal,
      commune: r.place.commune,
      latitude: r.place.latitude,
      longitude: r.place.longitude,
      ...(r.telephone ? { telephone: r.telephone } : {}),
      courriels: r.place.courriels,
      site_web: r.place.site_web,
      ...(r.place.prise_rdv ? { prise_rdv: r.place.prise_rdv } : {}),
      ...(r.place.horaires ? { horaires: r.place.horaires } : {}),
      date_maj: r.place.date_maj,
      sources: r.place.provenance.map((p) => p.source),
    })),
    remote: remote.map((line) => {
      const description = lineDescription(line);
      return description ? { ...line, description } : line;
    }),
    ...(crisis ? { crisis } : {}),
  };
}
