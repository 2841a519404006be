import { z } from 'zod';
import { POSITION_PRECISIONS } from '../geo/reconcile.js';
import { CLAIM_CONFIDENCES, CLAIM_EVIDENCES, RESTRICTED_PUBLICS, STRUCTURE_KINDS } from './classification.js';
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
export const FORMATS = ['standard-v1', 'legacy-v0', 'france-services', 'data-inclusion', 'annuaire'] as const;
export type Format = (typeof FORMATS)[number];

// Zod compiles a faster parser with `new Function` unless told not to. A host page's Content
// Security Policy without 'unsafe-eval' reports it as a violation, and extensions forbid it: in
// browsers the parser is never compiled. Node, where no such policy exists, keeps the faster one.
const inNode = !!(globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
if (!inNode) z.config({ jitless: true });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');
const text = z.string().min(1);

/**
 * Where a place's data came from. A merged place keeps one entry per source row. A published
 * dataset's places keep the publisher only (`publishedPlace`): which file and row each came
 * from is the data manager's, in the dataset's report.json.
 */
export const Provenance = z.object({
  format: z.enum(FORMATS).optional(),
  file: z.string().optional(),
  /** The row's own id in that file. */
  id: z.string().optional(),
  /** The publisher named in the row (`source` column) or the file's publisher. */
  source: z.string(),
  /** Absent when the row had no believable date (placeholder, before 2000, in the future). */
  date_maj: isoDate.optional(),
});
export type Provenance = z.infer<typeof Provenance>;

export { POSITION_PRECISIONS, type PositionPrecision } from '../geo/reconcile.js';

export const Quality = z.object({
  /** Coordinates are the commune's centre, not the place's own (`position` is `town`). */
  approximateCoordinates: z.boolean(),
  position: z.enum(POSITION_PRECISIONS),
  /** For a town-centre position: how far the place may be from that point (about the town's radius). */
  positionUncertaintyKm: z.number().nonnegative().optional(),
  /** `date_maj` was missing or not believable: nobody knows when this was last checked. */
  unknownDate: z.boolean(),
  /** `date_maj` is older than the staleness limit (two years by default). */
  stale: z.boolean(),
  /** `horaires` is present but not in a form we can read: show it as text only. */
  unparsedHours: z.boolean(),
  /** `pivot` is a placeholder such as 00000000000000. */
  placeholderPivot: z.boolean(),
});
export type Quality = z.infer<typeof Quality>;

/** One thing a place is said to be, where that comes from, and how sure it is (see classification.ts). */
export const Claim = z.object({
  kind: z.enum(STRUCTURE_KINDS),
  evidence: z.enum(CLAIM_EVIDENCES),
  /** The value that says so: a typology code, a programme, the matched words of the name, a type. */
  value: z.string(),
  confidence: z.enum(CLAIM_CONFIDENCES),
});
export type Claim = z.infer<typeof Claim>;

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
  /** Required by the standard; absent here only when the source's date was not believable. */
  date_maj: isoDate.optional(),
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
     * Doing a procedure in someone's name is regulated: only Aidants Connect helpers, with the
     * person's mandate, may. Nothing else (a v0 "A ma place" tick, a label) sets this.
     */
    doesItForYou: z.boolean(),
    /** France Services agents do the procedure with the person, and contact the partner bodies. */
    doesItWithYou: z.boolean(),
    /**
     * The place ticked v0's "A ma place" without any authorisation behind it: it accompanies the
     * person step by step, nothing more is promised.
     */
    stepByStep: z.boolean(),
  }),
  /** What the place is (social service, France Services, CAF counter…), with evidence. */
  claims: z.array(Claim),
  /** Publics the place is reserved to (its residents, patients, 16–25 year-olds…); empty: everyone. */
  restrictedTo: z.array(z.enum(RESTRICTED_PUBLICS)),
  /** Original v0 values of mapped fields, keyed by v0 column name. */
  legacy: z.record(z.string(), z.array(z.string())).optional(),
  provenance: z.array(Provenance).min(1),
  quality: Quality,
});
export type Place = z.infer<typeof Place>;
