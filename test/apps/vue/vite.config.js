import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { dataCopy } from '../data-copy.js';

export default defineConfig({
  plugins: [
    // Vue renders the tag as a custom element, not as one of its components.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'mediation-finder' } } }),
    dataCopy(),
  ],
});
