import { localizePage } from '../shared/i18n.js';

/** The privacy policy the stores ask for, in the person's language (the message catalogue). */
localizePage();
