import { stat } from 'node:fs/promises';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { Locale } from '../messages/catalogue.js';
import { kindLabel, kindReason, reasonText } from '../messages/labels.js';
import { lineActionText, lineDescription, lineHoursText, lineStatusText } from '../messages/lines.js';
import { locationErrorText, noticeText, widenedText } from '../messages/notices.js';
import { bringLabel, procedureLabel } from '../messages/procedures.js';
import { mergePlaces } from '../places/merge.js';
import type { Place } from '../places/place.js';
import type { Area } from '../routing/area.js';
import type { Need } from '../routing/need.js';
import { type Notice, type Orientation, OrientError } from '../routing/orient.js';
import { areaProblemText, leftOut, resolveArea } from '../search/area.js';
import { DataError } from '../search/files.js';
import { MemoryCommunes, MemoryPlaces } from '../search/memory.js';
import { DatasetPlaces, type PlaceSource } from '../search/places.js';
import { type DataSource, search } from '../search/search.js';
import { displayPhone } from '../text/normalize.js';
import { folderFiles } from './files.js';
import { CliError, readFiles } from './load.js';

/**
 * What `orient` searches: a dataset directory built by `build` (its manifest, then only the
 * shards near the person, as a browser reads it), or one places file read whole.
 */
export async function openData(
  data: string,
  gazetteer: Gazetteer,
  today?: Date,
  gazetteerFolder?: string,
): Promise<DataSource> {
  const info = await stat(data).catch(() => null);
  if (!info) throw new CliError(`cannot read ${data}: no such file or directory`);
  const communes = new MemoryCommunes(gazetteer, gazetteerFolder ? folderFiles(gazetteerFolder) : undefined);
  if (info.isDirectory()) return { places: await openDataset(data), communes };
  const [report] = await readFiles([data], gazetteer, today);
  if (!report || report.accepted === 0) {
    throw new CliError(
      `no place could be read from ${data}${report?.notes.length ? ` (${report.notes.join('; ')})` : ''}`,
    );
  }
  const places = mergePlaces(report.places).places;
  return { places: new MemoryPlaces(places, { text: data, licence: '', date: '' }), communes };
}

/** Every place of the data at once, its doors on demand: what `audit` orients on. */
export interface LoadedPlaces {
  places: readonly Place[];
  /** The doors of a département (town halls, its council), looked up by where the person lives. */
  doorsOf(departement: string): Promise<Place[]>;
}

/** The places of a dataset directory (all its shards; its doors read on demand) or of one file. */
export async function loadPlaces(data: string, gazetteer: Gazetteer, today?: Date): Promise<LoadedPlaces> {
  const source = await openData(data, gazetteer, today);
  // A dataset directory's or a file's: both know a département's doors.
  const places = (await source.places) as DatasetPlaces | MemoryPlaces;
  // Every shard's box is within an infinite radius of any point.
  const index = await places.around(0, 0, Number.POSITIVE_INFINITY);
  return { places: index.places, doorsOf: (departement) => places.departementDoors(departement) };
}

async function openDataset(dir: string): Promise<PlaceSource> {
  try {
    return await DatasetPlaces.open(folderFiles(dir));
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    throw new CliError(`${dir} is not a dataset built by "mediation-finder build" (${error.message})`);
  }
}

export interface OrientArgs {
  where: string;
  need: Need;
  at?: Date;
  maxKm?: number;
  limit?: number;
  /** The institution's area, as codes (`parseArea`). */
  area?: string;
  /** Where what was read another way than written is said. */
  warn?: (text: string) => void;
}

/** The search a finder runs, to its settled answer: the same places, doors and steps. */
export async function runOrientation(source: DataSource, args: OrientArgs): Promise<Orientation> {
  const options = {
    ...(args.at ? { at: args.at } : {}),
    ...(args.maxKm !== undefined ? { maxKm: args.maxKm } : {}),
    ...(args.limit !== undefined ? { limit: args.limit } : {}),
    ...(args.area !== undefined ? { area: await areaOf(args.area, source, args.warn ?? (() => {})) } : {}),
  };
  try {
    for await (const step of search(source, args.where, args.need, options)) {
      if (step.step === 'not-found') throw new CliError(locationErrorText(step.failure));
      if (step.step === 'orientation' && step.settled) return step.orientation;
    }
  } catch (error) {
    if (error instanceof OrientError || error instanceof DataError) throw new CliError(error.message);
    throw error;
  }
  throw new Error('the search ended without an answer');
}

/**
 * An area's codes made into communes: a code left out is an error, named (a data manager fixes
 * it before a job runs); a code read another way than written is a warning.
 */
async function areaOf(codes: string, source: DataSource, warn: (text: string) => void): Promise<Area> {
  const { area, problems } = await resolveArea(codes, source.communes);
  const wrong = problems.find(leftOut);
  if (wrong) throw new CliError(`--territory: ${areaProblemText(wrong)}`);
  for (const problem of problems) warn(`warning: --territory: ${areaProblemText(problem)}\n`);
  return area;
}

/**
 * An orientation for a data manager's terminal: headings in English, like the rest of the CLI;
 * what a person would read (kinds of help, reasons, notices) in `locale`, from the message
 * catalogue the widget uses, set beforehand with `useLocale`.
 */
export function formatOrientation(o: Orientation, locale: Locale): string {
  const phone = (n: Notice) => ('phone' in n && n.phone ? ` ${displayPhone(n.phone)}` : '');
  const lines = [
    `Where: ${o.location.label} (${o.location.latitude.toFixed(4)}, ${o.location.longitude.toFixed(4)}${o.location.approximate ? ', approximate centre of the commune' : ''}${o.location.atParentOf ? `, the point of ${o.location.atParentOf}: it has none of its own` : ''})`,
  ];
  if (o.procedure) {
    lines.push(`Procedure: ${procedureLabel(o.procedure)} [${o.procedure.id}]`);
    if (o.procedure.bring.length) lines.push(`To bring: ${o.procedure.bring.map(bringLabel).join(' · ')}`);
  }
  // A person in a crisis reads the line first: before the kinds of help, the notices and places.
  const crisis = o.crisis;
  const first = crisis ? o.remote.filter((r) => crisis.lines.includes(r.id)) : [];
  if (crisis) {
    lines.push('', `Call first (${crisis.situations.join(', ')}):`);
    if (first.length === 0) lines.push('  no line known here');
    for (const r of first) lines.push(...remoteLines(r));
  }
  lines.push('', 'Kinds of help, in order:');
  for (const [i, a] of o.actors.entries())
    lines.push(`  ${i + 1}. ${kindLabel(a.kind)} [${a.kind}]: ${kindReason(a.reason)}`);
  lines.push('');
  for (const notice of o.notices) lines.push(`${noticeText(notice, locale)}${phone(notice)}`, '');
  if (o.widened) lines.push(widenedText(o.widened), '');
  // Remote help comes before the places when it is the first kind (a person who cannot travel).
  const rest = o.remote.filter((r) => !first.includes(r));
  const remoteFirst = o.actors[0]?.kind === 'remote';
  if (remoteFirst) lines.push('Without travelling:', ...rest.flatMap(remoteLines), '');
  lines.push(
    crisis?.placesLater
      ? `Places within ${o.radius_km} km, for tomorrow (the line above is the answer now):`
      : `Places within ${o.radius_km} km:`,
  );
  if (o.results.length === 0) lines.push('  none');
  o.results.forEach((r, i) => {
    const reasons = r.reasons.map((reason) => reasonText(reason, locale)).filter(Boolean);
    lines.push(`  ${i + 1}. ${r.nom} — ${r.place.adresse}, ${r.place.code_postal} ${r.place.commune}`);
    lines.push(`     ${kindLabel(r.actor)} [${r.actor}] · score ${r.score}`);
    lines.push(`     ${reasons.join(' · ')}`);
    if (r.telephone) lines.push(`     ${displayPhone(r.telephone)}`);
  });
  if (!remoteFirst) lines.push('', 'Without travelling:', ...rest.flatMap(remoteLines));
  return `${lines.join('\n')}\n`;
}

/** A line as the CLI prints it: its name, number (or text message) and site, what it is for, when it answers. */
function remoteLines(r: Orientation['remote'][number]): string[] {
  const number = r.phone ? ` ${r.sms ? `${lineActionText(r)} ` : ''}${displayPhone(r.phone)}` : '';
  const about = lineDescription(r);
  const when = [lineHoursText(r), lineStatusText(r)].filter(Boolean).join(' · ');
  return [`  ${r.name}${number} — ${r.url}`, ...[about, when].filter(Boolean).map((text) => `    ${text}`)];
}
