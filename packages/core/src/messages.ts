/**
 * `@mediation-finder/core/messages`: core's codes in words (kinds of help, reasons, notices,
 * location errors, opening hours), in the active language of the one message catalogue that the
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
  type OtherProcedureLabels,
  procedureLabel,
  publicLabel,
  reasonText,
  reservedToLabel,
  situationLabel,
  supportLabel,
  supportValue,
} from './messages/labels.js';
export { lineActionText, lineHoursText, lineStatusText } from './messages/lines.js';
export { didYouMeanText, locationErrorText, noticeText, widenedText } from './messages/notices.js';
