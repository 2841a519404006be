/**
 * The results' chunks (their view, its text helpers, the procedures' sentences), which the build
 * names here (`firstAnswerChunks` in build-tools/rollup-plugins.js): a preset finder asks for them
 * with the first script rather than once the finder's chunk is evaluated, so that they come with
 * its places.
 */
const CHUNKS = '__MEDIATION_FINDER_FIRST_ANSWER_CHUNKS__';

export function preloadFirstAnswer(): void {
  for (const file of CHUNKS.split(',')) {
    if (!file.endsWith('.js')) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
}
