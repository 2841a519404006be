import { viteStaticCopy } from 'vite-plugin-static-copy';

/**
 * The data package's recipe for Vite (packages/data/README.md), for these apps one folder below
 * their node_modules: its files copied into the build, and served by the dev server, at
 * /mediation-finder-data/, where the apps point `data-url` or `MediationFinder.dataUrl`.
 * `stripBase: 4` drops node_modules/@mediation-finder/data/dist from each file's path.
 */
export const dataCopy = () =>
  viteStaticCopy({
    targets: [
      {
        src: '../node_modules/@mediation-finder/data/dist/**/*',
        dest: 'mediation-finder-data',
        rename: { stripBase: 4 },
      },
    ],
  });
