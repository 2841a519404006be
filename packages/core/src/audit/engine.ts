import type { Commune, Gazetteer, Territory } from '../geo/gazetteer.js';
import type { Location } from '../geo/location.js';
import { communeLabel } from '../geo/resolve.js';
import type { Place } from '../places/place.js';
import { PROCEDURES } from '../procedures/catalogue.js';
import type { Procedure } from '../procedures/types.js';
import type { Need } from '../routing/need.js';
import { needsOwnDoors, type Orientation, orient } from '../routing/orient.js';
import type { PlaceIndex } from '../routing/place-index.js';
import { areasOf, ownDoorsOnly } from './doors.js';
import { linePart, placePart } from './fingerprint.js';
import { INVARIANTS, type Invariant } from './invariants.js';
import {
  catalogueNeeds,
  groupNeeds,
  lineKey,
  type NeedClass,
  needLabel,
  type PlaceSignature,
  placeClasses,
  placeSignature,
} from './needs.js';
import { Reach } from './reach.js';

/** One invariant's count in one commune (or département): needs that break it, and an example. */
export interface Tally {
  /** (commune, need) pairs that break it. */
  needs: number;
  /** Orientations that broke it. */
  cases: number;
  example: { need: string; detail: string };
}

export interface CommuneFindings {
  insee: string;
  name: string;
  departement: string;
  population: number;
  /** Classes oriented here (at limits 10 and 5), and orientations in all. */
  classes: number;
  orientations: number;
  /** Invariant id → what broke it here; absent: it holds for every need. */
  broken: Record<string, Tally>;
}

/** Where a commune's people are, as `resolveLocation` gives it for its postal code or name. */
export function communeLocation(gazetteer: Gazetteer, commune: Commune): Location & { territory: Territory } {
  return {
    latitude: commune.latitude as number,
    longitude: commune.longitude as number,
    label: communeLabel(commune),
    ...(commune.approximateCentre ? { approximate: true } : {}),
    territory: gazetteer.territoryOf(commune),
  };
}

/** The needs and classes an audit orients, fixed before the communes are visited. */
export interface AuditPlan {
  needs: Need[];
  /** Place classes (needs without the need's situations and body, see `NeedClass`). */
  classes: NeedClass[];
  /** Line classes of the needs that name a situation: checked once per département. */
  lineClasses: NeedClass[];
}

/** The plan for the catalogue's needs: every class as `NeedClass` defines it. */
export function auditPlan(procedures: readonly Procedure[] = PROCEDURES): AuditPlan {
  const needs = catalogueNeeds(procedures);
  return {
    needs,
    classes: placeClasses(needs, procedures),
    lineClasses: groupNeeds(
      needs.filter((n) => n.situations?.length),
      (n) => lineKey(n, procedures),
    ),
  };
}

/** A class split off by `verifyClasses`: it is never merged with another. */
const aloneKey = (c: NeedClass) => c.key.startsWith('alone:');

/**
 * The audit of communes over one dataset: orients each commune's classes at limits 10 and 5 and
 * checks every invariant, as the CLI orients (the département's doors passed when orient wants
 * them). Pure: the host loads the data and hands out the communes.
 */
export class AuditEngine {
  readonly #signatures: PlaceSignature[];
  readonly #reach: Reach;
  orientations = 0;
  /** Pass orient only the doors that can be the person's (`ownDoorsOnly`); off if verification says otherwise. */
  narrowDoors = true;

  constructor(
    readonly index: PlaceIndex,
    readonly gazetteer: Gazetteer,
    readonly plan: AuditPlan,
    readonly at: Date,
    readonly procedures: readonly Procedure[] = PROCEDURES,
    readonly invariants: readonly Invariant[] = INVARIANTS,
  ) {
    this.#signatures = plan.classes.map((c) => placeSignature(c.need, procedures));
    this.#reach = new Reach(index.places, this.#signatures);
  }

  orient(location: Location, need: Need, doors: readonly Place[], limit?: number): Orientation {
    this.orientations++;
    return orient(this.index, location, need, {
      at: this.at,
      procedures: this.procedures,
      doors: needsOwnDoors(need, { procedures: this.procedures }) ? doors : [],
      ...(limit ? { limit } : {}),
    });
  }

  /** The commune's classes: the plan's, merged on what is within its reach (see `Reach`). */
  classesAt(location: Location & { territory: Territory }): NeedClass[] {
    const from = { ...location, areas: areasOf(location.territory) };
    const loose = this.plan.classes.filter((c) => !aloneKey(c));
    const signatures = this.#signatures.filter((_, i) => !aloneKey(this.plan.classes[i] as NeedClass));
    const merged = this.#reach.classesAt(loose, signatures, from).map((group) => ({
      key: (group[0] as NeedClass).key,
      need: (group[0] as NeedClass).need,
      members: group.flatMap((c) => c.members),
    }));
    return [...merged, ...this.plan.classes.filter(aloneKey)];
  }

  /** Every invariant over every class of one commune. */
  auditCommune(commune: Commune, allDoors: readonly Place[]): CommuneFindings {
    const before = this.orientations;
    const location = communeLocation(this.gazetteer, commune);
    const doors = this.narrowDoors ? ownDoorsOnly(allDoors, location.territory) : allDoors;
    const broken: Record<string, Tally> = {};
    const note = (id: string, needs: number, need: Need, detail: string) => {
      const tally = broken[id];
      if (tally) {
        tally.needs += needs;
        tally.cases++;
      } else broken[id] = { needs, cases: 1, example: { need: needLabel(need), detail } };
    };
    const classes = this.classesAt(location);
    for (const c of classes) {
      const orientation = this.orient(location, c.need, doors);
      const atFive = this.orient(location, c.need, doors, 5);
      const base = {
        location,
        orientation,
        atFive,
        index: this.index,
        at: this.at,
        procedures: this.procedures,
      };
      for (const invariant of this.invariants) {
        if (invariant.perProcedure) continue;
        // Needs naming a situation have their lines checked per département (`auditLines`).
        const members = invariant.lines ? c.members.filter((m) => !m.situations?.length) : c.members;
        if (members.length === 0 || (invariant.lines && c.need.situations?.length)) continue;
        const [detail] = invariant.check({ ...base, need: c.need });
        if (detail) note(invariant.id, members.length, c.need, detail);
      }
      if (orientation.results.length === 0) this.#answered(location, c, doors, note);
    }
    return {
      insee: commune.insee,
      name: commune.name,
      departement: commune.departement,
      population: commune.population,
      classes: classes.length,
      orientations: this.orientations - before,
      broken,
    };
  }

  /**
   * A class with no place at all: whether each of its procedures is still answered (a notice
   * naming whom to call) depends on the procedure's body, so each is oriented on its own.
   */
  #answered(
    location: Location & { territory: Territory },
    c: NeedClass,
    doors: readonly Place[],
    note: (id: string, needs: number, need: Need, detail: string) => void,
  ): void {
    const byProcedure = groupNeeds(c.members, (m) => m.procedure ?? '');
    for (const group of byProcedure) {
      if (!group.need.procedure) continue;
      const orientation = this.orient(location, group.need, doors);
      for (const invariant of this.invariants.filter((i) => i.perProcedure)) {
        const [detail] = invariant.check({
          location,
          need: group.need,
          orientation,
          procedures: this.procedures,
        });
        if (detail) note(invariant.id, group.members.length, group.need, detail);
      }
    }
  }

  /**
   * The line invariants (crisis-first) for every need naming a situation, at one commune of a
   * département: lines depend on the body, the situation and the territory, not on the commune
   * (checked by `verifyClasses`). Each tally counts the needs of the class, per commune later.
   */
  auditLines(commune: Commune, allDoors: readonly Place[]): Record<string, Tally> {
    const location = communeLocation(this.gazetteer, commune);
    const doors = this.narrowDoors ? ownDoorsOnly(allDoors, location.territory) : allDoors;
    const broken: Record<string, Tally> = {};
    const lineInvariants = this.invariants.filter((i) => i.lines);
    for (const c of this.plan.lineClasses) {
      const orientation = this.orient(location, c.need, doors);
      for (const invariant of lineInvariants) {
        const [detail] = invariant.check({
          location,
          need: c.need,
          orientation,
          procedures: this.procedures,
        });
        if (!detail) continue;
        const tally = broken[invariant.id];
        if (tally) {
          tally.needs += c.members.length;
          tally.cases++;
        } else
          broken[invariant.id] = {
            needs: c.members.length,
            cases: 1,
            example: { need: needLabel(c.need), detail },
          };
      }
    }
    return broken;
  }

  /**
   * Whether the classes hold at a commune: every need oriented on its own gives the place part of
   * its class's need, and the line part of its line class's; and whether the doors narrowed to
   * the person's own give the same as all of them.
   */
  verifyAt(commune: Commune, allDoors: readonly Place[]): Verified {
    const location = communeLocation(this.gazetteer, commune);
    const doors = ownDoorsOnly(allDoors, location.territory);
    const own = new Map<Need, Orientation>();
    const of = (need: Need) => {
      let o = own.get(need);
      if (!o) {
        o = this.orient(location, need, doors);
        own.set(need, o);
      }
      return o;
    };
    const placeSplits: string[] = [];
    let doorsMatter = false;
    for (const c of this.classesAt(location)) {
      const expected = placePart(of(c.need));
      for (const m of c.members) if (placePart(of(m)) !== expected) placeSplits.push(needLabel(m));
      if (placePart(this.orient(location, c.need, allDoors)) !== expected) doorsMatter = true;
    }
    const lineSplits: string[] = [];
    const lines: Record<string, string> = {};
    for (const c of this.plan.lineClasses) {
      const expected = linePart(of(c.need));
      lines[c.key] = expected;
      for (const m of c.members) if (linePart(of(m)) !== expected) lineSplits.push(needLabel(m));
    }
    return { placeSplits, lineSplits, lines, doorsMatter };
  }
}

/** What `verifyAt` found at one commune. */
export interface Verified {
  /** Needs whose places differ from their class's. */
  placeSplits: string[];
  /** Needs whose lines differ from their line class's. */
  lineSplits: string[];
  /** Each line class's line part, to compare with another commune of the département. */
  lines: Record<string, string>;
  /** Whether orient answers differently with every door of the département than with the person's own. */
  doorsMatter: boolean;
}

/** The plan with needs that orient apart from their class split off, each alone. */
export function splitPlan(
  plan: AuditPlan,
  placeSplits: ReadonlySet<string>,
  lineSplits: ReadonlySet<string>,
): AuditPlan {
  const split = (classes: NeedClass[], apart: ReadonlySet<string>) =>
    classes.flatMap((c) => {
      const alone = c.members.filter((m) => apart.has(needLabel(m)));
      if (alone.length === 0) return [c];
      const kept = c.members.filter((m) => !apart.has(needLabel(m)));
      return [
        ...(kept.length ? [{ ...c, need: kept[0] as Need, members: kept }] : []),
        ...alone.map((m) => ({ key: `alone:${needLabel(m)}`, need: m, members: [m] })),
      ];
    });
  return {
    ...plan,
    classes: split(plan.classes, placeSplits),
    lineClasses: split(plan.lineClasses, lineSplits),
  };
}
