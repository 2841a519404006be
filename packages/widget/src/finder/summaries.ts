/**
 * What each procedure is for, one sentence each (in easy-to-read French, "La C2S aide à payer les
 * soins"): their own chunk, loaded once a procedure is chosen, so that the initial script does
 * not carry 46 sentences a person reads one of.
 */
export { procedureSummary } from '@mediation-finder/core/messages';
