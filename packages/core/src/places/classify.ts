import { foldText } from '../text/normalize.js';
import {
  type ClaimConfidence,
  PUBLIC_PROGRAMMES,
  CLAIM_RANK as RANK,
  type RestrictedPublic,
  STRUCTURE_FACTS,
  type StructureKind,
  usable,
} from './classification.js';
import { ANNUAIRE_TYPES, CLASSIFICATION_RULES } from './classification-rules.js';
import type { Claim, Format, Place } from './place.js';
import type { NationalProgramme } from './vocabulary.js';

/** What `classify` reads of a row, once its reader has mapped it. */
export interface ClassifyInput {
  format: Format;
  nom: string;
  commune: string;
  typologie: readonly string[];
  programmes: readonly NationalProgramme[];
  /** The annuaire's organism type, for rows of that source. */
  annuaireType?: string;
  /** Who published the row (the `source` column: "siao", "dora"…). */
  source?: string;
}

export interface Classification {
  claims: Claim[];
  restrictedTo: RestrictedPublic[];
  /** Programmes the row may keep: an unconfirmed "France Services" label is not one of them. */
  programmes: NationalProgramme[];
  /** Typology codes the classification adds (a CCAS found by its name gets `CCAS`). */
  typologies: string[];
}

export { usable };

/** A rule's patterns as one regular expression: a name is read once per rule, not once per pattern. */
const anyOf = (patterns: readonly string[] | undefined, flags?: string) =>
  patterns?.length ? new RegExp(patterns.map((p) => `(?:${p})`).join('|'), flags) : undefined;

const compiled = CLASSIFICATION_RULES.map((rule) => ({
  rule,
  codes: anyOf(rule.codes, 'i'),
  names: anyOf(rule.names),
  notNames: anyOf(rule.notNames),
}));

/** A publisher's name as rows write it in `source` ("SIAO", "siao 35"): its first word, folded. */
const publisherOf = (source: string | undefined) => foldText(source ?? '').split(' ')[0] ?? '';

/** One compiled pattern per town (at most the ~35,000 communes' names) for large files. */
const TOWN_PATTERNS = new Map<string, RegExp>();

/** The place's name without its town's name: "Médiathèque de L'Hôpital" is no hospital. */
function significantName(nom: string, commune: string): string {
  const name = foldText(nom);
  const town = foldText(commune);
  if (town.length < 3) return name;
  let pattern = TOWN_PATTERNS.get(town);
  if (!pattern) {
    pattern = new RegExp(`\\b${town}\\b`, 'g');
    TOWN_PATTERNS.set(town, pattern);
  }
  return name.replace(pattern, ' ').trim();
}

/**
 * What a place is, from its source, typology codes, programmes and name, each claim with its
 * evidence and confidence; the publics it is reserved to; and the programmes it may keep.
 */
export function classify(input: ClassifyInput): Classification {
  const claims: Claim[] = [];
  const add = (
    kind: StructureKind,
    evidence: Claim['evidence'],
    value: string,
    confidence: ClaimConfidence,
  ) => {
    const known = claims.find((c) => c.kind === kind);
    if (!known) claims.push({ kind, evidence, value, confidence });
    else if (RANK[confidence] > RANK[known.confidence]) Object.assign(known, { evidence, value, confidence });
  };

  if (input.format === 'france-services')
    add('france-services', 'official-list', 'liste France Services', 'certain');
  if (input.annuaireType) {
    const kind = ANNUAIRE_TYPES[input.annuaireType]?.kind;
    if (kind) add(kind, 'official-list', `annuaire : ${input.annuaireType}`, 'certain');
  }

  // The v1 standard's programme is the national export's word; a v0 or data·inclusion label is
  // copied around without checks (a library partner of a France Services carries it).
  const fromStandard = input.format === 'standard-v1';
  for (const programme of input.programmes) {
    if (programme === 'France Services') {
      add(
        'france-services',
        fromStandard ? 'programme' : 'label',
        programme,
        fromStandard ? 'high' : 'unconfirmed',
      );
    }
    if (programme === 'Aidants Connect')
      add('aidants-connect', fromStandard ? 'programme' : 'label', programme, 'high');
  }
  if (input.typologie.includes('RFS') && input.format !== 'france-services') {
    add('france-services', 'typologie', 'RFS', fromStandard ? 'high' : 'unconfirmed');
  }

  const name = significantName(input.nom, input.commune);
  const publisher = publisherOf(input.source);
  for (const { rule, codes, names, notNames } of compiled) {
    if (rule.requires && !claims.some((c) => rule.requires?.includes(c.kind) && usable(c))) continue;
    const code = rule.typologies?.find((t) => input.typologie.includes(t));
    if (code) {
      add(rule.kind, 'typologie', code, 'high');
      continue;
    }
    const written = codes?.exec(input.nom);
    if (written) {
      add(rule.kind, 'name-code', written[0], 'high');
      continue;
    }
    // The annuaire's type is the official word on what an organism is: "Point d'accès au droit
    // CCAS de Laval" is a legal desk hosted by the CCAS, not the CCAS's social service.
    if (input.format === 'annuaire') continue;
    if (rule.sources?.includes(publisher)) add(rule.kind, 'source', publisher, 'medium');
    if (!names || (rule.namesFrom && !rule.namesFrom.includes(publisher))) continue;
    if (notNames?.test(name)) continue;
    const match = names.exec(name);
    if (match && rule.evidence === 'name-code') add(rule.kind, 'name-code', match[0].trim(), 'high');
    else if (match) add(rule.kind, 'name', match[0].trim(), 'medium');
  }

  const franceServices = claims.find((c) => c.kind === 'france-services');
  const programmes = input.programmes.filter(
    (p) => p !== 'France Services' || (franceServices !== undefined && usable(franceServices)),
  );
  if (franceServices && usable(franceServices) && !programmes.includes('France Services')) {
    programmes.push('France Services');
  }
  const typologies: string[] = [];
  for (const claim of claims) {
    const code = STRUCTURE_FACTS[claim.kind].typologie;
    if (usable(claim) && code && !input.typologie.includes(code) && !typologies.includes(code)) {
      typologies.push(code);
    }
  }
  return { claims, restrictedTo: restrictionsOf(claims, programmes), programmes, typologies };
}

/**
 * The publics a place is reserved to, from its claims and programmes:
 * - a name-only "reserved" claim does not outweigh a stronger claim that the door is open to all
 *   (a France Services hosted by a hospital, a CCAS running a shelter);
 * - the publishing network alone (`source`) says the least: any other claim outweighs it (a CCAS
 *   or a CIDFF that the SIAO lists is open to all; its CHRS is reserved to its residents, not to
 *   everyone without a home);
 * - a structure reserved to its own people for what it declares (a training body, a firm) serves
 *   everyone through a national programme for the public it hosts (`PUBLIC_PROGRAMMES`).
 */
export function restrictionsOf(
  claims: readonly Claim[],
  programmes: readonly string[] = [],
): RestrictedPublic[] {
  const openToAll = claims.some(
    (c) =>
      RANK[c.confidence] >= RANK.high &&
      (c.kind === 'france-services' || STRUCTURE_FACTS[c.kind].helps === 'social-work'),
  );
  const known = claims.some((c) => usable(c) && c.evidence !== 'source');
  const forThePublic = programmes.some((p) => (PUBLIC_PROGRAMMES as readonly string[]).includes(p));
  const restrictedTo: RestrictedPublic[] = [];
  for (const claim of claims) {
    if (!usable(claim) || (openToAll && claim.confidence === 'medium')) continue;
    if (claim.evidence === 'source' && known) continue;
    const facts = STRUCTURE_FACTS[claim.kind];
    if (facts.openedByProgrammes && forThePublic) continue;
    for (const publicId of facts.restrictedTo ?? []) {
      if (!restrictedTo.includes(publicId)) restrictedTo.push(publicId);
    }
  }
  return restrictedTo;
}

/**
 * What a place may honestly promise: acting in the person's name only with an Aidants Connect
 * mandate; doing it with the person at a France Services; otherwise, for a v0 "A ma place" tick,
 * accompaniment step by step.
 */
export function capabilitiesOf(claims: readonly Claim[], aMaPlaceTick: boolean): Place['capabilities'] {
  const claimed = (kind: StructureKind) => claims.some((c) => c.kind === kind && usable(c));
  const doesItForYou = claimed('aidants-connect');
  return {
    doesItForYou,
    doesItWithYou: claimed('france-services'),
    stepByStep: aMaPlaceTick && !doesItForYou,
  };
}
