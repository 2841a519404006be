/** A sentence in French and English (the catalogue's and the CLI's languages). */
export interface Text {
  fr: string;
  en: string;
}
