// Changes the address and title without loading a page, as single-page apps do.
const base = location.pathname.replace(/inscription\/?$/, '');
function show(view) {
  const inscription = view === 'inscription';
  history.pushState({ view }, '', inscription ? `${base}inscription` : base);
  document.title = inscription
    ? 'Inscription - France Travail (page d’essai)'
    : 'Mon espace - France Travail (page d’essai)';
  document.getElementById('view-title').textContent = inscription ? 'Inscription' : 'Mon espace';
  document.getElementById('view-text').textContent = inscription ? 'Formulaire d’inscription.' : 'Bienvenue.';
}
document.getElementById('go-inscription').addEventListener('click', () => show('inscription'));
// Some apps change the address first and the title later, or never.
document.getElementById('start-inscription').addEventListener('click', () => {
  history.pushState({ view: 'inscription' }, '', `${base}inscription`);
  document.getElementById('view-title').textContent = 'Inscription';
});
document.getElementById('go-home').addEventListener('click', () => show('home'));
