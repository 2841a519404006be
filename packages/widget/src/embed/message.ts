/**
 * The message `embed.html` sends its parent page: `{ type, frame, height }`, namespaced so that a
 * page's other messages are never taken for it; `frame` is the `?frame=` the page gave the iframe.
 */
export const HEIGHT_MESSAGE = 'mediation-finder:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  frame: string;
  height: number;
}
