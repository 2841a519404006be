import { defineConfig } from 'vite';
import { dataCopy } from '../data-copy.js';

export default defineConfig({ plugins: [dataCopy()] });
