/**
 * `@mediation-finder/core/messages`: core's codes in words (kinds of help, reasons, notices,
 * location errors, opening hours, procedures and what to bring, what remote lines are for), in the active language of the one message catalogue that the
 * CLI, the widget and the extension share. Set the language with lit-localize's
 * `configureLocalization({ sourceLocale, targetLocales, loadLocale: loadTemplates })`.
 */
export {
  LOCALES,
  type Locale,
  loadTemplates,
  pickLocale,
  sourceLocale,
  targetLocales,
} from './messages/catalogue.js';
export { type HoursLine, readableHours } from './messages/hours.js';
export {
  type BelongsToChoice,
  belongsToLabel,
  difficultyLabel,
  kindLabel,
  kindReason,
  modalityLabel,
  publicLabel,
  reasonText,
  reservedToLabel,
  situationLabel,
  supportLabel,
  supportValue,
} from './messages/labels.js';
export { lineActionText, lineDescription, lineHoursText, lineStatusText } from './messages/lines.js';
export { didYouMeanText, locationErrorText, noticeText, widenedText } from './messages/notices.js';
export { bringLabel, procedureGroupLabel, procedureLabel } from './messages/procedures.js';
export { procedureSummary } from './messages/summaries.js';
