import { z } from 'zod';
import {
  ACCESS_MODES,
  FEES,
  NATIONAL_PROGRAMMES,
  PUBLICS,
  ROAMING,
  SERVICES,
  SPECIFIC_SUPPORT,
  SUPPORT_MODES,
  TRAINING_LABELS,
} from './vocabulary.js';

/** The formats the readers recognise. */
export const FORMATS = ['standard-v1', 'legacy-v0', 'france-services', 'data-inclusion'] as const;
export type Format = (typeof FORMATS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');
const text = z.string().min(1);

/** Where a place's data came from. A merged place keeps one entry per source row. */
export const Provenance = z.object({
  format: z.enum(FORMATS),
  file: z.string(),
  /** The row's own id in that file. */
  id: z.string(),
  /** The publisher named in the row (`source` column) or the file's publisher. */
  source: z.string(),
  date_maj: isoDate,
});
export type Provenance = z.infer<typeof Provenance>;

export const Quality = z.object({
  /** Coordinates are the commune's centre, not the place's own. */
  approximateCoordinates: z.boolean(),
  /** `date_maj` is older than the staleness limit (two years by default). */
  stale: z.boolean(),
  /** `horaires` is present but not in a form we can read: show it as text only. */
  unparsedHours: z.boolean(),
  /** `pivot` is a placeholder such as 00000000000000. */
  placeholderPivot: z.boolean(),
});
export type Quality = z.infer<typeof Quality>;

/**
 * A place in the v1.0.2 standard ("Schéma de données des lieux de médiation numérique"): its 32
 * fields keep their standard names so that exports stay interoperable. Multi-valued fields are
 * arrays, coordinates are numbers and always present (approximate when flagged). Additions:
 * `capabilities`, `legacy` (original v0 values), `provenance`, `quality`.
 */
export const Place = z.object({
  id: text,
  pivot: z.string().regex(/^[a-zA-Z0-9]{9,14}$/, 'pivot must be a SIRET or RNA'),
  nom: text.max(300),
  commune: text,
  code_postal: z.string().regex(/^\d{5}$/, 'postal code must have 5 digits'),
  code_insee: z
    .string()
    .regex(/^([013-9]\d|2[AB1-9])\d{3}$/)
    .optional(),
  adresse: text,
  complement_adresse: z.string().optional(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  typologie: z.array(z.string()),
  telephone: z.string().optional(),
  courriels: z.array(z.string()),
  site_web: z.array(z.string()),
  horaires: z.string().optional(),
  presentation_resume: z.string().optional(),
  presentation_detail: z.string().optional(),
  source: z.string().optional(),
  itinerance: z.array(z.enum(ROAMING)),
  structure_parente: z.string().optional(),
  date_maj: isoDate,
  services: z.array(z.enum(SERVICES)),
  publics_specifiquement_adresses: z.array(z.enum(PUBLICS)),
  prise_en_charge_specifique: z.array(z.enum(SPECIFIC_SUPPORT)),
  frais_a_charge: z.array(z.enum(FEES)),
  dispositif_programmes_nationaux: z.array(z.enum(NATIONAL_PROGRAMMES)),
  formations_labels: z.array(z.enum(TRAINING_LABELS)),
  autres_formations_labels: z.array(z.string()),
  modalites_acces: z.array(z.enum(ACCESS_MODES)),
  modalites_accompagnement: z.array(z.enum(SUPPORT_MODES)),
  fiche_acces_libre: z.string().optional(),
  prise_rdv: z.string().optional(),
  capabilities: z.object({
    /**
     * A habilitated person may do the procedure for the person ("A ma place" in v0, or Aidants
     * Connect). v1 dropped the value; routing for "do it for me" depends on it.
     */
    doesItForYou: z.boolean(),
  }),
  /** Original v0 values of mapped fields, keyed by v0 column name. */
  legacy: z.record(z.string(), z.array(z.string())).optional(),
  provenance: z.array(Provenance).min(1),
  quality: Quality,
});
export type Place = z.infer<typeof Place>;
