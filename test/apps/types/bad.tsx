// Each line below the imports is an error the types must catch (test/stack.test.mjs names them).
import '@mediation-finder/widget';
import type {} from '@mediation-finder/widget/react';
import type {} from '@mediation-finder/widget/vue';
import type { GlobalComponents } from 'vue';

type VueProps = InstanceType<GlobalComponents['mediation-finder']>['$props'];
const finder = document.createElement('mediation-finder');
finder.procedure = 'caf-rssa';
finder.difficulty = 'hard';
export const inReact = <mediation-finder procedure="caf-rssa" />;
export const inVue: VueProps = { procedure: 'caf-rssa' };
document.addEventListener('mediation-finder-orient', (event) => event.detail.no_such_field);
