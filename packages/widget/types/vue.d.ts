/**
 * `<mediation-finder>` as a global component for Vue 3's type checking (vue-tsc, Volar):
 * `import type {} from '@mediation-finder/widget/vue'` once in the app. Vue itself must be told
 * that the tag is a custom element (`compilerOptions.isCustomElement`, see the widget's README).
 * A template writes the attributes (`postal-code="77000"`) or binds the properties
 * (`:limit="5"`), and listens with `@mediation-finder-orient`.
 */
import type { DefineComponent } from 'vue';
import type { MediationFinderEventMap, MediationFinderProperties } from './mediation-finder.js';

export type MediationFinderVueProps = Partial<MediationFinderProperties> & {
  onMediationFinderOrient?: (event: MediationFinderEventMap['mediation-finder-orient']) => void;
  onMediationFinderSelect?: (event: MediationFinderEventMap['mediation-finder-select']) => void;
  onMediationFinderError?: (event: MediationFinderEventMap['mediation-finder-error']) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    'mediation-finder': DefineComponent<MediationFinderVueProps>;
  }
}
