/**
 * A page rendered on a server, as an SSR framework does: the module that uses the finder imports
 * the widget in Node (where it must not throw, nor define anything), React renders the element to
 * HTML, and the browser defines it when the page's script runs. Prints the page.
 */
import { MediationFinder } from '@mediation-finder/widget';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

if (typeof MediationFinder !== 'function') throw new Error('the class is exported on the server too');
if (globalThis.customElements !== undefined) throw new Error('nothing defined on the server');

const finder = renderToString(
  createElement('mediation-finder', {
    procedure: 'caf-aides-logement',
    'postal-code': '33000',
    difficulty: 'learn',
    'data-url': '/data/',
  }),
);
process.stdout.write(`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Aide numérique — rendu serveur</title>
<script type="module" src="/widget/mediation-finder.js"></script></head>
<body><main>${finder}</main></body></html>
`);
