/**
 * What the rows of each publisher met in the open data are worth on their own word: a review of
 * each source, as data (read 2026-12 from the rows themselves and data·inclusion's documentation).
 * A source not listed here is judged by its rows' dates only (see routing/trust.ts).
 *
 * - `survey`: a council's questionnaire, where every structure that answered ticked services from
 *   a list. Nobody checked what it ticked: a micro-credit service, a wrestling club, a crèche, a
 *   clinic and an engineering school declared « Réaliser des démarches administratives avec un
 *   accompagnement ». A claim resting on such rows alone is doubtful whatever their date.
 * - `own-sheet`: the structure's own service sheet in a national directory it keeps up to date.
 * - `network`: the listing of a network of which the place is a member.
 */
export type SourceBasis = 'survey' | 'own-sheet' | 'network';

/**
 * By the `source` value written on the rows (data·inclusion's 2023 national file). Who published
 * each and how its rows were gathered are comments: the finder ships this table.
 */
export const SOURCE_REVIEW: Readonly<Record<string, SourceBasis>> = {
  // Conseil départemental d'Ille-et-Vilaine: listing of places helping with digital, 2019–2022,
  // each structure answering for itself (hospitals, crèches, home-help services, micro-credit).
  cd35: 'survey',
  // Conseil départemental de la Sarthe: survey of 2017–2018, each structure answering for itself
  // (sports clubs, collèges, a social landlord, the APEC, an engineering school).
  cd72: 'survey',
  // DORA (GIP de l'inclusion): the structure's own service sheets, which it keeps.
  dora: 'own-sheet',
  // Hinaura: the Auvergne-Rhône-Alpes network of digital mediation places, listing its members.
  Hinaura: 'network',
  // SIAO: the reception and orientation network of a département for people without a home.
  siao: 'network',
};

/** Every row the place was read from is a survey's answer: nothing else says what it does. */
export function surveyOnly(place: { provenance: readonly { source: string }[] }): boolean {
  return place.provenance.length > 0 && place.provenance.every((p) => SOURCE_REVIEW[p.source] === 'survey');
}
