// lit-localize's own message lookup, installed without its browser runtime: `configureLocalization`
// announces every change of language to `window` (for elements to render again), which a terminal
// has not and must not be given. These two modules are what that runtime is made of (0.12).
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import {
  LOCALES,
  type Locale,
  loadCliTemplates,
  loadTemplates,
  sourceLocale,
} from '../messages/catalogue.js';
import { CliError } from './load.js';

type Templates = Parameters<typeof runtimeMsg>[0];
let templates: Templates;
let installed = false;

/** Sets the language of the CLI's sentences, from the project's message catalogue (xliff/). */
export async function useLocale(tag: string): Promise<Locale> {
  const locale = LOCALES.find((l) => l === tag);
  if (!locale) throw new CliError(`unknown --locale "${tag}" (one of ${LOCALES.join(', ')})`);
  // The widget's words and the CLI's own reports, in one lookup.
  const loaded =
    locale === sourceLocale
      ? undefined
      : Object.assign(
          {},
          ...(await Promise.all([loadTemplates(locale), loadCliTemplates(locale)])).map(
            (module) => (module as { templates: NonNullable<Templates> }).templates,
          ),
        );
  if (!installed) {
    const lookup = (template: never, options: never) => runtimeMsg(templates, template, options);
    _installMsgImplementation(lookup as Parameters<typeof _installMsgImplementation>[0]);
    installed = true;
  }
  templates = loaded;
  return locale;
}
