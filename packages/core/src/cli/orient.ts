import { stat } from 'node:fs/promises';
import type { Gazetteer } from '../geo/gazetteer.js';
import { resolveLocation } from '../geo/resolve.js';
import type { Locale } from '../messages/catalogue.js';
import { kindLabel, kindReason, procedureLabel, reasonText } from '../messages/labels.js';
import { lineActionText, lineHoursText, lineStatusText } from '../messages/lines.js';
import { locationErrorText, noticeText, widenedText } from '../messages/notices.js';
import { mergePlaces } from '../places/merge.js';
import type { Place } from '../places/place.js';
import { PROCEDURE_LABELS } from '../procedures/translations.js';
import { isOwnDoor } from '../routing/doors.js';
import type { Need } from '../routing/need.js';
import { type Notice, needsOwnDoors, type Orientation, OrientError, orient } from '../routing/orient.js';
import type { PlaceIndex } from '../routing/place-index.js';
import { displayPhone } from '../text/normalize.js';
import { readDataset, readDoors } from './dataset.js';
import { CliError, readFiles } from './load.js';

export interface LoadedPlaces {
  places: Place[];
  /** The doors of a département (town halls, its council), looked up by where the person lives. */
  doorsOf(departement: string): Promise<Place[]>;
}

/** The places of a dataset directory (its doors read on demand) or of one file. */
export async function loadPlaces(data: string, gazetteer: Gazetteer, today?: Date): Promise<LoadedPlaces> {
  const info = await stat(data).catch(() => null);
  if (!info) throw new CliError(`cannot read ${data}: no such file or directory`);
  if (info.isDirectory()) {
    const { manifest, places } = await readDataset(data);
    return { places, doorsOf: (departement) => readDoors(data, manifest, departement) };
  }
  const [report] = await readFiles([data], gazetteer, today);
  if (!report || report.accepted === 0) {
    throw new CliError(
      `no place could be read from ${data}${report?.notes.length ? ` (${report.notes.join('; ')})` : ''}`,
    );
  }
  const places = mergePlaces(report.places).places;
  const doors = places.filter(isOwnDoor);
  return { places, doorsOf: async () => doors };
}

export interface OrientArgs {
  where: string;
  need: Need;
  at?: Date;
  maxKm?: number;
  limit?: number;
}

export async function runOrientation(
  index: PlaceIndex,
  gazetteer: Gazetteer,
  args: OrientArgs,
  doorsOf?: (departement: string) => Promise<Place[]>,
): Promise<Orientation> {
  const resolved = resolveLocation(gazetteer, args.where);
  if (!resolved.ok) throw new CliError(locationErrorText(resolved));
  const territory = resolved.location.territory;
  try {
    const doors =
      territory && doorsOf && needsOwnDoors(args.need) ? await doorsOf(territory.departement) : [];
    return orient(index, resolved.location, args.need, {
      doors,
      ...(args.at ? { at: args.at } : {}),
      ...(args.maxKm !== undefined ? { maxKm: args.maxKm } : {}),
      ...(args.limit !== undefined ? { limit: args.limit } : {}),
    });
  } catch (error) {
    if (error instanceof OrientError) throw new CliError(error.message);
    throw error;
  }
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
  for (const notice of o.notices) lines.push(`${noticeText(notice)}${phone(notice)}`, '');
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

/** A line as the CLI prints it: its name, number (or text message) and site, then when it answers. */
function remoteLines(r: Orientation['remote'][number]): string[] {
  const number = r.phone ? ` ${r.sms ? `${lineActionText(r)} ` : ''}${displayPhone(r.phone)}` : '';
  const when = [lineHoursText(r), lineStatusText(r)].filter(Boolean).join(' · ');
  return [`  ${r.name}${number} — ${r.url}`, ...(when ? [`    ${when}`] : [])];
}
