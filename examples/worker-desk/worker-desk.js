// The worker's desk: two rows of buttons set the finder's procedure and difficulty; results show
// for the postal code at once, with the printable orientation slip below them. The most frequent
// procedures have a button; "Autre démarche" lets the finder ask, from its whole catalogue.
let finder = document.getElementById('finder');
// The finder as the page first gave it: « Personne suivante » starts from it again.
const pristine = finder.cloneNode(false);
const PROCEDURES = [
  ['caf-rsa', 'RSA'],
  ['caf-prime-activite', "Prime d'activité"],
  ['caf-aides-logement', 'Aide au logement'],
  ['ameli-c2s', 'Complémentaire santé solidaire'],
  ['ameli-compte', 'Compte ameli'],
  ['impots-declaration', 'Déclaration de revenus'],
  ['ants-identite', "Carte d'identité, passeport"],
  ['ants-carte-grise', 'Carte grise'],
  ['ants-permis', 'Permis de conduire'],
  ['france-travail-inscription', 'Inscription France Travail'],
  ['retraite-demande', 'Retraite'],
  ['anef-titre-sejour', 'Titre de séjour'],
  ['', 'Autre démarche'],
];
const DIFFICULTIES = [
  ['do-for-me', "N'y arrive pas"],
  ['understand', 'Ne comprend pas'],
  ['learn', 'Veut apprendre'],
  ['equipment', "Pas d'ordinateur"],
  ['situation', 'Situation sociale'],
];

function chips(container, entries, attribute) {
  for (const [value, label] of entries) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => {
      for (const other of container.querySelectorAll('button'))
        other.setAttribute('aria-pressed', String(other === button));
      // An empty value lets the finder ask the question itself.
      if (value) finder.setAttribute(attribute, value);
      else finder.removeAttribute(attribute);
    });
    container.append(button);
  }
}
chips(document.getElementById('procedures'), PROCEDURES, 'procedure');
chips(document.getElementById('difficulties'), DIFFICULTIES, 'difficulty');

const postal = document.getElementById('desk-postal');
postal.addEventListener('change', () => {
  if (/^\d{5}$/.test(postal.value)) finder.setAttribute('postal-code', postal.value);
});
document.getElementById('quick').addEventListener('submit', (event) => event.preventDefault());

// « Personne suivante »: a new finder, so that nothing of the person before (the name typed on
// the slip, places chosen, filters, language) reaches the next one's slip.
document.getElementById('next-person').addEventListener('click', () => {
  const fresh = pristine.cloneNode(false);
  finder.replaceWith(fresh);
  finder = fresh;
  for (const chip of document.querySelectorAll('.chips button')) chip.setAttribute('aria-pressed', 'false');
  postal.value = pristine.getAttribute('postal-code');
  document.querySelector('#procedures button').focus();
});
