/**
 * French contracts « de » and « à » with the articles « le » and « les » that begin a place's name:
 * « les habitants du Mans », « près des Abymes », « au Havre » (« de La Rochelle » stays). Sentences
 * of the catalogue put a commune's name after « de » or « à »; in French (and easy-to-read French)
 * the sentence is contracted once the name is in; other languages keep the name as it is written
 * (« residents of Le Mans »). Only an article followed by a capital: the start of a name.
 */
const ARTICLE = /(^|[\s(«])(de|De|à|À) (Le|Les) (?=\p{Lu})/gu;

const CONTRACTED: Record<string, string> = {
  'de Le': 'du',
  'de Les': 'des',
  'De Le': 'Du',
  'De Les': 'Des',
  'à Le': 'au',
  'à Les': 'aux',
  'À Le': 'Au',
  'À Les': 'Aux',
};

/** `text` as French writes it when `locale` is French; as it is otherwise. */
export function contractFrench(text: string, locale: string): string {
  if (locale !== 'fr' && locale !== 'fr-x-falc') return text;
  return text.replace(ARTICLE, (_, before: string, preposition: string, article: string) => {
    return `${before}${CONTRACTED[`${preposition} ${article}`]} `;
  });
}
