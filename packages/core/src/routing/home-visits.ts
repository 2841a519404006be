import type { Procedure } from '../procedures/types.js';
import type { ActorKind } from './actors.js';

/**
 * What comes to a person who cannot travel, before any line or place: who visits at home, for
 * which needs, as data. A rule applies to the procedures it names, or, with `socialWork`, to any
 * need that calls for social work (the kinds of help of its routing rule or procedure); with
 * `always`, to a person who can travel too.
 * - `departement`: the APA (allocation personnalisée d'autonomie) is assessed at home by the
 *   département's medico-social team (CASF art. L232-6 and R232-7; service-public.fr, « APA à
 *   domicile »), for every applicant: the département's switchboard arranges the visit. Its
 *   notice leads every APA answer (a senior in Florac was first told of a place 45 km away).
 * - `commune`: many CCAS visit residents who cannot come (CASF art. L123-5, their social
 *   assessment; the visit is theirs to offer): the person's CCAS, or their town hall, is asked.
 * - `police`: a police officer or gendarme comes to establish a proxy vote for a person who
 *   cannot travel, asked in writing with a proof such as a medical certificate (service-public.fr,
 *   « Vote par procuration », F1604): no door of the data is named, the police station or
 *   gendarmerie is.
 */
export const HOME_VISITS: ReadonlyArray<{
  by: HomeVisitor;
  procedures?: string[];
  socialWork?: boolean;
  always?: boolean;
}> = [
  { by: 'departement', procedures: ['apa'], always: true },
  { by: 'commune', socialWork: true },
  { by: 'police', procedures: ['procuration'] },
];

/** Who may come: the département's team, the commune's CCAS, a police officer or gendarme. */
export type HomeVisitor = 'departement' | 'commune' | 'police';

/** Who may visit the person at home, for this procedure and its kinds of help. */
export function homeVisitsFor(
  procedure: Procedure | undefined,
  kinds: readonly ActorKind[],
  cannotTravel: boolean,
): HomeVisitor[] {
  const socialWork = kinds.includes('social-work') || !!procedure?.actors.includes('social-work');
  return HOME_VISITS.filter(
    (v) =>
      (cannotTravel || v.always) &&
      ((v.procedures && procedure && v.procedures.includes(procedure.id)) || (v.socialWork && socialWork)),
  ).map((v) => v.by);
}
