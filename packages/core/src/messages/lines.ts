import { msg, str } from '@lit/localize';
import type { RemoteLine } from '../routing/remote.js';
import { readableHours } from './hours.js';
import { WEEKDAY_NAMES } from './labels.js';

/**
 * When a line answers, on the person's own clock: "Jour et nuit, 7 jours sur 7", or its hours
 * ("lundi – vendredi : 12:00–21:00"); nothing for lines whose hours vary by local fund.
 */
export function lineHoursText(line: Pick<RemoteLine, 'hours'>): string | null {
  if (!line.hours) return null;
  if (line.hours === '24/7') return msg('Jour et nuit, 7 jours sur 7');
  const { lines } = readableHours(line.hours);
  return lines.map((l) => (l.times ? `${l.days} : ${l.times}` : l.days)).join(' ; ');
}

/** Whether a line with limited hours answers now, or when it opens. */
export function lineStatusText(line: Pick<RemoteLine, 'open'>): string | null {
  const open = line.open;
  if (!open || open.state === 'unknown') return null;
  if (open.state === 'open') return msg(str`Répond maintenant, jusqu'à ${open.closesAt}`);
  if (!open.nextOpening) return msg('Ne répond pas en ce moment');
  const day = WEEKDAY_NAMES()[open.nextOpening.weekday] ?? '';
  const { time } = open.nextOpening;
  return msg(str`Ne répond pas en ce moment : répond à nouveau ${day} à ${time}`);
}

/** How to reach a line: call it, or send it a text message (the 114). */
export const lineActionText = (line: Pick<RemoteLine, 'sms'>): string =>
  line.sms ? msg('Envoyer un SMS') : msg('Appeler');
