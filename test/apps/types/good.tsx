// Type-checked by test/stack.test.mjs with the moduleResolution of each kind of project.
import { type Difficulty, MediationFinder, type ProcedureId } from '@mediation-finder/widget';
import { MediationFinder as Unregistered } from '@mediation-finder/widget/element';
import type {} from '@mediation-finder/widget/react';
import type {} from '@mediation-finder/widget/vue';
import type { GlobalComponents } from 'vue';

MediationFinder.dataUrl = '/mediation-finder-data/';
const procedure: ProcedureId = 'caf-rsa';
const difficulty: Difficulty = 'do-for-me';
const finder = document.querySelector('mediation-finder');
if (finder) {
  finder.procedure = procedure;
  finder.difficulty = difficulty;
  finder.dataUrl = null;
  finder.limit = 5;
}
document.addEventListener('mediation-finder-orient', (event) => console.log(event.detail.results[0]?.nom));
document.addEventListener('mediation-finder-error', (event) => console.log(event.detail.kind));
customElements.define('town-finder', class extends Unregistered {});

export const inReact = (
  <mediation-finder
    procedure="caf-rsa"
    postal-code="77000"
    data-url="/mediation-finder-data/"
    limit={5}
    onmediation-finder-select={(event) => console.log(event.detail.place.nom)}
  />
);

type VueProps = InstanceType<GlobalComponents['mediation-finder']>['$props'];
export const inVue: VueProps = {
  procedure: 'ameli-c2s',
  postalCode: '77000',
  limit: 5,
  onMediationFinderOrient: (event) => console.log(event.detail.results.length),
};
