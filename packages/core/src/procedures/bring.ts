/**
 * What a person may have to bring for a procedure (`Procedure.bring`, printed on the orientation
 * slip), by id: ids are a public contract; the words are the message catalogue's (`bringLabel` in
 * `@mediation-finder/core/messages`).
 */
export const BRING = [
  'identity',
  'logins',
  'income',
  'bank-details',
  'lease',
  'letters',
  'change-proof',
  'medical-certificate',
  'carte-vitale',
  'mobile-phone',
  'email-and-password',
  'recent-photo',
  'presence-in-france',
  'address-or-housing-proof',
  'tax-logins-or-notice',
  'tax-notice',
  'registration-and-transfer',
  'address-proof',
  'photo-signature',
  'photo-under-6-months',
  'cv',
  'france-travail-logins',
  'france-travail-id',
  'death-certificate',
  'deceased-social-security-number',
  'social-security-number',
  'residence-permit-and-passport',
  'birth-certificate',
  'french-level',
  'three-tax-notices',
  /**
   * A timbre fiscal (droit de timbre), bought online on timbres.impots.gouv.fr or at a tobacconist:
   * 55 € for a naturalisation request, 225 € for most residence permits (CESEDA art. L436-1;
   * service-public.fr, « Naturalisation » and « Titre de séjour : taxes »).
   */
  'tax-stamp',
  'passport-and-permit',
  'email-address',
  /**
   * The ANEF's requests take a digital photo-signature: the code of an ePhoto booth or approved
   * photographer (service-public.fr, « Titre de séjour : demande en ligne »).
   */
  'ephoto-code',
  'account-logins',
  'energy-cheque',
  'proxy-voter-number',
  'quotes',
  'fine-notice',
  'vehicle-registration',
  'digital-identity',
  'parents-tax-notice',
  'ine-number',
  'school-reports',
  'siret',
  'turnover',
  'entitlement-proof',
  'photo',
  'educonnect-logins',
] as const;

export type Bring = (typeof BRING)[number];
