import { Coverage } from '../audit/coverage.js';
import { auditDepartement } from '../audit/departement.js';
import { AuditEngine, type AuditPlan, auditPlan, splitPlan, type Verified } from '../audit/engine.js';
import type { TimedResult } from '../audit/report.js';
import type { Commune, Gazetteer } from '../geo/gazetteer.js';
import type { Place } from '../places/place.js';
import { PlaceIndex } from '../routing/place-index.js';
import { loadGazetteer } from './load.js';
import { loadPlaces } from './orient.js';

/** What every thread of an audit loads: the same data, the same instant. */
export interface AuditSetup {
  data: string;
  gazetteer?: string;
  /** ISO dates. */
  today?: string;
  at: string;
  coverage: boolean;
}

/** What a thread answers. */
export type AuditReply =
  | { type: 'ready'; places: number }
  | ({ type: 'verified'; insee: string; orientations: number } & Verified)
  | { type: 'done'; result: TimedResult }
  /** `cli`: a problem to name to the person (unreadable data), not a crash. */
  | { type: 'failed'; message: string; cli: boolean };

/** What a thread is asked. */
export type AuditTask =
  | { type: 'plan'; placeSplits: string[]; lineSplits: string[]; narrowDoors: boolean }
  | { type: 'verify'; insee: string }
  | { type: 'departement'; departement: string; communes: string[] };

/** One thread's loaded data and audit engine. */
export class AuditSession {
  #engine: AuditEngine;
  readonly #plan: AuditPlan;
  readonly #doors = new Map<string, Promise<Place[]>>();

  private constructor(
    readonly gazetteer: Gazetteer,
    readonly index: PlaceIndex,
    readonly at: Date,
    readonly doorsOf: (departement: string) => Promise<Place[]>,
    readonly coverage: Coverage | undefined,
  ) {
    this.#plan = auditPlan();
    this.#engine = new AuditEngine(index, gazetteer, this.#plan, at);
  }

  static async open(setup: AuditSetup): Promise<AuditSession> {
    const gazetteer = await loadGazetteer(setup.gazetteer);
    const { places, doorsOf } = await loadPlaces(
      setup.data,
      gazetteer,
      setup.today ? new Date(setup.today) : undefined,
    );
    const index = new PlaceIndex(places);
    return new AuditSession(
      gazetteer,
      index,
      new Date(setup.at),
      doorsOf,
      setup.coverage ? new Coverage(index) : undefined,
    );
  }

  get places(): number {
    return this.index.size;
  }

  #doorsOf(departement: string): Promise<Place[]> {
    let doors = this.#doors.get(departement);
    if (!doors) {
      doors = this.doorsOf(departement);
      this.#doors.set(departement, doors);
    }
    return doors;
  }

  #commune(insee: string): Commune {
    const commune = this.gazetteer.communes.find(
      (c) => c.insee === insee && (c.type === 'COM' || c.type === 'ARM'),
    );
    if (!commune) throw new Error(`audit: no commune ${insee} in the gazetteer`);
    return commune;
  }

  async run(task: AuditTask): Promise<AuditReply | undefined> {
    switch (task.type) {
      case 'plan': {
        const plan = splitPlan(this.#plan, new Set(task.placeSplits), new Set(task.lineSplits));
        this.#engine = new AuditEngine(this.index, this.gazetteer, plan, this.at);
        this.#engine.narrowDoors = task.narrowDoors;
        return undefined;
      }
      case 'verify': {
        const commune = this.#commune(task.insee);
        const before = this.#engine.orientations;
        const verified = this.#engine.verifyAt(commune, await this.#doorsOf(commune.departement));
        return {
          type: 'verified',
          insee: task.insee,
          orientations: this.#engine.orientations - before,
          ...verified,
        };
      }
      case 'departement': {
        const byInsee = new Set(task.communes);
        const communes = this.gazetteer.communes.filter(
          (c) => byInsee.has(c.insee) && (c.type === 'COM' || c.type === 'ARM'),
        );
        const doors = await this.#doorsOf(task.departement);
        const started = performance.now();
        const cpu = process.cpuUsage();
        const result = auditDepartement(this.#engine, task.departement, communes, doors, this.coverage);
        const used = process.cpuUsage(cpu);
        return {
          type: 'done',
          result: { ...result, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 },
        };
      }
    }
  }
}
