import { stat } from 'node:fs/promises';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { Locale } from '../messages/catalogue.js';
import { kindLabel, kindReason, procedureLabel, reasonText } from '../messages/labels.js';
import { locationErrorText, noticeText, widenedText } from '../messages/notices.js';
import { mergePlaces } from '../places/merge.js';
import { PROCEDURE_LABELS } from '../procedures/translations.js';
import type { Need } from '../routing/need.js';
import { type Notice, type Orientation, OrientError } from '../routing/orient.js';
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
export async function openData(data: string, gazetteer: Gazetteer, today?: Date): Promise<DataSource> {
  const info = await stat(data).catch(() => null);
  if (!info) throw new CliError(`cannot read ${data}: no such file or directory`);
  const communes = new MemoryCommunes(gazetteer);
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
}

/** The search a finder runs, to its settled answer: the same places, doors and steps. */
export async function runOrientation(source: DataSource, args: OrientArgs): Promise<Orientation> {
  const options = {
    ...(args.at ? { at: args.at } : {}),
    ...(args.maxKm !== undefined ? { maxKm: args.maxKm } : {}),
    ...(args.limit !== undefined ? { limit: args.limit } : {}),
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
 * An orientation for a data manager's terminal: headings in English, like the rest of the CLI;
 * what a person would read (kinds of help, reasons, notices) in `locale`, from the message
 * catalogue the widget uses, set beforehand with `useLocale`.
 */
export function formatOrientation(o: Orientation, locale: Locale): string {
  const phone = (n: Notice) => ('phone' in n && n.phone ? ` ${displayPhone(n.phone)}` : '');
  const lines = [
    `Where: ${o.location.label} (${o.location.latitude.toFixed(4)}, ${o.location.longitude.toFixed(4)}${o.location.approximate ? ', approximate centre of the commune' : ''})`,
  ];
  if (o.procedure)
    lines.push(
      `Procedure: ${procedureLabel(o.procedure, locale, PROCEDURE_LABELS).value} [${o.procedure.id}]`,
    );
  lines.push('', 'Kinds of help, in order:');
  for (const [i, a] of o.actors.entries())
    lines.push(`  ${i + 1}. ${kindLabel(a.kind)} [${a.kind}]: ${kindReason(a.reason)}`);
  lines.push('');
  if (o.widened) lines.push(widenedText(o.widened), '');
  for (const notice of o.notices) lines.push(`${noticeText(notice)}${phone(notice)}`, '');
  lines.push(`Places within ${o.radius_km} km:`);
  if (o.results.length === 0) lines.push('  none');
  o.results.forEach((r, i) => {
    const reasons = r.reasons.map((reason) => reasonText(reason, locale)).filter(Boolean);
    lines.push(`  ${i + 1}. ${r.nom} — ${r.place.adresse}, ${r.place.code_postal} ${r.place.commune}`);
    lines.push(`     ${kindLabel(r.actor)} [${r.actor}] · score ${r.score}`);
    lines.push(`     ${reasons.join(' · ')}`);
    if (r.place.telephone) lines.push(`     ${displayPhone(r.place.telephone)}`);
  });
  lines.push('', 'Without travelling:');
  for (const r of o.remote) lines.push(`  ${r.name}${r.phone ? ` ${r.phone}` : ''} — ${r.url}`);
  return `${lines.join('\n')}\n`;
}
