import type { Gazetteer } from '../geo/gazetteer.js';
import type { PublicOffice } from '../geo/town-halls.js';
import { parseTable } from '../tables/table.js';
import { foldText } from '../text/normalize.js';
import { isConfidential, PART_TOWN_HALL } from './classification.js';
import { ANNUAIRE_TYPES } from './classification-rules.js';
import { classify } from './classify.js';
import type { Draft } from './draft.js';
import { detectFormat, readDraft } from './reader.js';

/**
 * The town halls and other places open to the public of a file, with their position, for the
 * gazetteer to place each commune where its people live (`placeAtTownHalls`): the annuaire de
 * l'administration's town halls and counters (the 2017 snapshot or the current DILA export), the
 * France Services, and the mediation files' places that are open to all. Only what that needs is
 * read, without validating the other fields, so that a file is read in a second or two. A place
 * reserved to its own people, or whose address is confidential (a shelter), never decides where
 * a commune is.
 */
export function publicOfficesOf(
  input: string | Uint8Array,
  /** Tells a row's commune from its postal code and town when it gives no INSEE code. */
  gazetteer?: Gazetteer,
): PublicOffice[] {
  const table = parseTable(input);
  const records = table.rows.flatMap((row) => ('record' in row ? [row.record] : []));
  const format = detectFormat(table.columns, records.slice(0, 50));
  const offices: PublicOffice[] = [];
  if (!format) return offices;
  const ignore = () => {};
  for (const record of records) {
    const draft = readDraft(format, record, ignore);
    // A mobile town hall has no fixed point; a superseded type (MSAP) may have closed.
    const type = format === 'annuaire' ? ANNUAIRE_TYPES[draft.annuaireType ?? ''] : {};
    if (!type || type.superseded || draft.annuaireType === 'mairie_mobile') continue;
    const latitude = Number(draft.latitude);
    const longitude = Number(draft.longitude);
    const insee = (draft.code_insee ?? '').trim().toUpperCase() || inseeOf(draft, gazetteer);
    if (!insee || !draft.latitude || !draft.longitude) continue;
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) continue;
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude === 0 && longitude === 0)) continue;
    const name = draft.nom ?? '';
    if (format !== 'annuaire' && format !== 'france-services') {
      const { claims, restrictedTo } = classify({
        format,
        nom: name,
        commune: draft.commune ?? '',
        typologie: draft.typologie.map((t) => t.toUpperCase()),
        programmes: draft.dispositif_programmes_nationaux,
        ...(draft.source ? { source: draft.source } : {}),
      });
      if (restrictedTo.length || isConfidential({ claims })) continue;
    }
    // "Mairie déléguée de Pugieu", "Mairie annexe", "Mairie associée de Lomme": a part's.
    const part = PART_TOWN_HALL.test(foldText(name));
    const role = type.kind !== 'town-hall' ? 'office' : part ? 'part' : 'town-hall';
    const postalCode = (draft.code_postal ?? '').replace(/\s/g, '');
    offices.push({
      insee,
      name,
      latitude,
      longitude,
      role,
      ...(/^\d{5}$/.test(postalCode) ? { postalCode } : {}),
    });
  }
  return offices;
}

/** The one commune of the row's postal code that bears its town's name, or the code's only commune. */
function inseeOf(draft: Draft, gazetteer: Gazetteer | undefined): string {
  const communes = gazetteer?.byPostalCode((draft.code_postal ?? '').trim()) ?? [];
  const town = foldText(draft.commune ?? '');
  const named = communes.filter((c) => c.type !== 'COMD' && c.type !== 'COMA' && foldText(c.name) === town);
  const only = communes.filter((c) => c.type === 'COM');
  return (named.length === 1 ? named[0] : only.length === 1 ? only[0] : undefined)?.insee ?? '';
}
