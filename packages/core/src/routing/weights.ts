/**
 * How a place is scored, as data. The kind of help counts most, but a trip costs points
 * (TRAVEL_BURDEN in travel.ts): a place of the first kind a little further away beats a place of
 * the second kind next door, never one 50 km away. Opening and the person's specific needs add
 * points; places of one kind are then shown nearest first.
 */
export const SCORE_WEIGHTS = {
  /** Multiplied by the kind's rank weight below. */
  kind: 60,
  /** Weight of the 1st, 2nd, 3rd… kind of help of the orientation. */
  kindRank: [1, 0.7, 0.5, 0.35, 0.25],
  /**
   * A place known only by its town is ranked at hypot(distance, town radius): never "0 km". The
   * radius comes with the place (`quality.positionUncertaintyKm`); this one when it does not.
   */
  townRadiusKm: 2,
  /**
   * A travelling France Services (a bus, `itinerance: Itinérant`) stops in a different village
   * each day, not at its depot: it is ranked at hypot(distance, this), as a place that may be
   * anywhere in its canton, so that a fixed door as near comes first (Nantes, Vierzon).
   */
  roamingKm: 8,
  /**
   * A place nobody vouches for (no official list or national programme names it) whose own word
   * is older than `hoursTrustedYears`, undated, or a council survey's unchecked answer
   * (`SOURCE_REVIEW`), may have closed, moved or never helped with this (the Sarthe council's 2017
   * survey: a wrestling club, collèges, the APEC declared "help with procedures"; Ille-et-Vilaine's
   * of 2022: a micro-credit service). Within its kind it is ranked at `doubtFactor` × hypot(distance, town radius,
   * `doubtKm`): never nearer than 6 km, half as far again beyond. A France Services checked since
   * comes before it when within 6 km, or within about one and a half times its distance. Between
   * kinds, freshness counts as `fresh` and `hoursUnknown` say.
   */
  doubtKm: 4,
  doubtFactor: 1.5,
  open: 6,
  opensToday: 3,
  hoursUnknown: 1,
  /** Share of the requested specific support (languages, disabilities) the place declares. */
  support: 12,
  public: 4,
  /** A programme or training label tied to the procedure (Point d'accès numérique CAF…). */
  procedureFit: 6,
  /** `date_maj` within two years. */
  fresh: 3,
  /**
   * Opening hours last checked longer ago than this are shown (with "call before you go") but
   * ranked as unknown: the annuaire's counters of 2016–2017 do not outrank places checked since
   * on the strength of their old hours, and all rank alike.
   */
  hoursTrustedYears: 5,
};
