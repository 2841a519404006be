import { deeperThan, MAX_DEPTH } from '../../tables/table.js';
import { splitValues } from '../../text/normalize.js';
import { STRUCTURE_FACTS } from '../classification.js';
import { ANNUAIRE_TYPES } from '../classification-rules.js';
import { type Draft, emptyDraft, str } from '../draft.js';

/**
 * The annuaire de l'administration (DILA, service-public.fr, Licence Ouverte 2.0): the bodies'
 * counters, town halls and départements' councils. Two shapes are read the same way:
 * - the flattened snapshot in `shared/data/services_publics/` (one row per organism: `type`,
 *   `horaires` as "lundi-vendredi 08:30-12:00,14:00-17:00; …", `date_mise_a_jour`);
 * - the current export of the "API Annuaire de l'administration" (`pivot` with
 *   `type_service_local`, `adresse`, `telephone`, `site_internet`, `plage_ouverture` as lists,
 *   themselves JSON strings in the CSV and JSON exports, `date_modification`).
 * Its `type` is what matters: see ANNUAIRE_TYPES.
 */
export const ANNUAIRE_COLUMNS = [
  'date_mise_a_jour',
  'plage_ouverture',
  'adresse_courriel',
  'type_service_local',
];

const DAYS: Record<string, string> = {
  lundi: 'Mo',
  mardi: 'Tu',
  mercredi: 'We',
  jeudi: 'Th',
  vendredi: 'Fr',
  samedi: 'Sa',
  dimanche: 'Su',
};

/** "lundi-vendredi 08:30-12:00,14:00-17:00; samedi-samedi 09:00-12:00" → "Mo-Fr 08:30-12:00,14:00-17:00; Sa 09:00-12:00". */
export function annuaireHoursToOsm(text: string): string | null {
  const rules: string[] = [];
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-zé]+)(?:\s*-\s*([a-zé]+))?\s+(.+)$/i.exec(part);
    const from = DAYS[match?.[1]?.toLowerCase() ?? ''];
    const to = DAYS[(match?.[2] ?? match?.[1] ?? '').toLowerCase()];
    const times = match?.[3]?.replace(/\s+/g, '') ?? '';
    if (!from || !to || !/^\d{2}:\d{2}-\d{2}:\d{2}(,\d{2}:\d{2}-\d{2}:\d{2})*$/.test(times)) return null;
    rules.push(`${from === to ? from : `${from}-${to}`} ${times}`);
  }
  return rules.length ? rules.join('; ') : null;
}

/** A list field of the current export: an array, or the JSON text of one. */
function list(value: unknown): Array<Record<string, unknown>> {
  let parsed = value;
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text.startsWith('[') && !text.startsWith('{')) return [];
    try {
      parsed = JSON.parse(text);
    } catch {
      return [];
    }
    // The row was checked for depth as read; the JSON text inside one of its fields was not.
    if (deeperThan(parsed, MAX_DEPTH)) return [];
  }
  if (Array.isArray(parsed))
    return parsed.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object');
  return parsed && typeof parsed === 'object' ? [parsed as Record<string, unknown>] : [];
}

/** "24/05/2025 10:12:00" or ISO → "2025-05-24". */
function isoDay(value: string): string {
  const french = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(value);
  return french ? `${french[3]}-${french[2]}-${french[1]}` : value.slice(0, 10);
}

function hoursFromExport(value: unknown): string {
  const rules = list(value).flatMap((slot) => {
    const from = DAYS[String(slot.nom_jour_debut ?? '').toLowerCase()];
    const to = DAYS[String(slot.nom_jour_fin ?? slot.nom_jour_debut ?? '').toLowerCase()];
    const ranges = [1, 2, 3]
      .map((n) =>
        [slot[`valeur_heure_debut_${n}`], slot[`valeur_heure_fin_${n}`]].map((t) =>
          String(t ?? '').slice(0, 5),
        ),
      )
      .filter(([a, b]) => /^\d{2}:\d{2}$/.test(a ?? '') && /^\d{2}:\d{2}$/.test(b ?? ''))
      .map(([a, b]) => `${a}-${b}`);
    if (!from || !to || ranges.length === 0) return [];
    return [`${from === to ? from : `${from}-${to}`} ${ranges.join(',')}`];
  });
  return rules.join('; ');
}

export function readAnnuaire(record: Record<string, unknown>, warn: (m: string) => void): Draft {
  const draft = emptyDraft();
  const current = record.pivot !== undefined || record.plage_ouverture !== undefined;
  const type = current ? String(list(record.pivot)[0]?.type_service_local ?? '') : str(record, 'type');
  const known = ANNUAIRE_TYPES[type];
  if (type && !known) warn(`annuaire type "${type.slice(0, 60)}" is not classified`);
  draft.annuaireType = type || undefined;
  if (known?.superseded) draft.superseded = known.superseded;
  const kind = known?.kind;
  const code = kind ? STRUCTURE_FACTS[kind].typologie : undefined;
  draft.typologie = code ? [code] : [];
  draft.source = "DILA – Annuaire de l'administration";
  // Public counters and town halls do not charge for their reception.
  draft.frais_a_charge = ['Gratuit'];
  if (current) {
    const address =
      list(record.adresse).find((a) => a.type_adresse !== 'Adresse postale') ?? list(record.adresse)[0] ?? {};
    Object.assign(draft, {
      id: str(record, 'id'),
      nom: str(record, 'nom'),
      commune: str(address, 'nom_commune'),
      code_postal: str(address, 'code_postal'),
      code_insee: str(record, 'code_insee_commune'),
      adresse: [str(address, 'numero_voie'), str(address, 'complement1'), str(address, 'complement2')]
        .filter(Boolean)
        .join(' '),
      latitude: address.latitude,
      longitude: address.longitude,
      telephone: str(list(record.telephone)[0] ?? {}, 'valeur'),
      courriels: splitValues(record.adresse_courriel, ';'),
      site_web: list(record.site_internet)
        .map((s) => str(s, 'valeur'))
        .filter(Boolean),
      horaires: hoursFromExport(record.plage_ouverture),
      date_maj: isoDay(str(record, 'date_modification', 'date_mise_a_jour')),
    });
    return draft;
  }
  const rawHours = str(record, 'horaires');
  const hours = rawHours ? annuaireHoursToOsm(rawHours) : null;
  if (rawHours && !hours) warn(`annuaire hours not read: "${rawHours.slice(0, 80)}"`);
  Object.assign(draft, {
    id: str(record, 'id'),
    nom: str(record, 'nom'),
    commune: str(record, 'commune'),
    code_postal: str(record, 'code_postal'),
    code_insee: str(record, 'code_insee'),
    adresse: str(record, 'adresse'),
    latitude: record.latitude,
    longitude: record.longitude,
    telephone: str(record, 'telephone'),
    courriels: splitValues(record.email, ';'),
    site_web: splitValues(record.url, ';'),
    horaires: hours ?? rawHours,
    date_maj: str(record, 'date_mise_a_jour', 'date_modification').slice(0, 10),
  });
  return draft;
}
