import { MediationFinder } from '@mediation-finder/widget';
import type {} from '@mediation-finder/widget/vue';
import { createApp } from 'vue';
import App from './App.vue';

MediationFinder.dataUrl = '/mediation-finder-data/';
createApp(App).mount('#app');
