/**
 * The public suffixes under .fr, from the Public Suffix List (https://publicsuffix.org/list/,
 * ICANN section, "fr"; Mozilla Public License 2.0), where the portals of the catalogue live. A
 * test checks that every portal host of the catalogue is under one of them.
 */
const SUFFIXES: ReadonlySet<string> = new Set([
  'fr',
  'asso.fr',
  'com.fr',
  'gouv.fr',
  'nom.fr',
  'prd.fr',
  'tm.fr',
  'avoues.fr',
  'cci.fr',
  'greta.fr',
  'huissier-justice.fr',
]);

/**
 * The site a host belongs to, as a person sees it (its registrable domain): `ameli.fr` for
 * `www.ameli.fr` and `assure.ameli.fr`, `impots.gouv.fr` for `cfspart.impots.gouv.fr`. A host under
 * a suffix not in the table counts as its last two labels; an address (127.0.0.1) as itself.
 */
export function registrableDomain(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(name) || name.includes(':')) return name;
  const labels = name.split('.');
  for (let i = 1; i < labels.length; i++) {
    if (SUFFIXES.has(labels.slice(i).join('.'))) return labels.slice(i - 1).join('.');
  }
  return labels.slice(-2).join('.');
}

/** Whether a person said "Pas maintenant" on this host's site (older settings stored hosts). */
export function dismissedSite(host: string, dismissed: Readonly<Record<string, boolean>>): boolean {
  const site = registrableDomain(host);
  return Object.entries(dismissed).some(([key, on]) => on && registrableDomain(key) === site);
}
