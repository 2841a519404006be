import type { Orientation } from './orient.js';

/**
 * The JSON shape of an orientation: a public contract (CLI `orient --json`, the widget's
 * `mediation-finder-orient` event). Documented in the core README; additions only.
 */
export function orientationToJson(orientation: Orientation) {
  const { location, procedure, need, rule, actors, radius_km, widened, notices, results, remote } =
    orientation;
  return {
    location: {
      latitude: location.latitude,
      longitude: location.longitude,
      label: location.label,
      ...(location.approximate ? { approximate: true } : {}),
      ...(location.territory
        ? { commune: location.territory.communes[0], departement: location.territory.departement }
        : {}),
    },
    procedure,
    need: { ...need, ...(need.openAt ? { openAt: need.openAt.toISOString() } : {}) },
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
      summary: r.summary,
      adresse: r.place.adresse,
      code_postal: r.place.code_postal,
      commune: r.place.commune,
      latitude: r.place.latitude,
      longitude: r.place.longitude,
      ...(r.place.telephone ? { telephone: r.place.telephone } : {}),
      courriels: r.place.courriels,
      site_web: r.place.site_web,
      ...(r.place.prise_rdv ? { prise_rdv: r.place.prise_rdv } : {}),
      ...(r.place.horaires ? { horaires: r.place.horaires } : {}),
      date_maj: r.place.date_maj,
      sources: r.place.provenance.map((p) => p.source),
    })),
    remote,
  };
}

export type OrientationJson = ReturnType<typeof orientationToJson>;
