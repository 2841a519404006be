import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readableCase } from '../src/text/readable-case.js';

test('names and addresses written in capitals are shown in the usual case', () => {
  const cases: Array<[string, string]> = [
    ['MAIRIE DE MELUN', 'Mairie de Melun'],
    ['12 RUE DE LA GARE', '12 rue de la Gare'],
    ['12 BIS AVENUE DU GENERAL DE GAULLE', '12 bis avenue du General de Gaulle'],
    ['CCAS DE SAINT-DENIS', 'CCAS de Saint-Denis'],
    ['FRANCE SERVICES DE LA CAF', 'France Services de la CAF'],
    ['CPAM DU VAL-DE-MARNE - MSA', 'CPAM du Val-de-Marne - MSA'],
    ["MAISON DE L'EMPLOI", "Maison de l'Emploi"],
    ["L'ESPACE NUMERIQUE", "L'Espace Numerique"],
    ['RUE D’ALIGRE', 'Rue d’Aligre'],
    ['SAINT-GERMAIN-DES-PRÉS', 'Saint-Germain-des-Prés'],
    ['LYCÉE LOUIS XIV, ÉTAT CIVIL', 'Lycée Louis XIV, État Civil'],
    ['ÉCOLE DES 3 COLLINES', 'École des 3 Collines'],
    ['PLACE DE LA MAIRIE', 'Place de la Mairie'],
  ];
  for (const [capitals, readable] of cases) assert.equal(readableCase(capitals), readable, capitals);
});

test('what is written in the usual case, or is one acronym or a number, is left as it is', () => {
  for (const text of [
    'Mairie de Melun',
    'France services Pimms Rennes',
    'Espace CCAS',
    'CAF',
    '77000',
    'B',
    '',
    'Médiathèque de LA ROCHE',
  ])
    assert.equal(readableCase(text), text);
});
