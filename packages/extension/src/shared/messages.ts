/** Messages between the parts, named by direction. */
export type ContentToBackground = { type: 'content-to-background/open-options' };

export function isContentToBackground(message: unknown): message is ContentToBackground {
  return (
    !!message &&
    typeof message === 'object' &&
    (message as { type?: unknown }).type === 'content-to-background/open-options'
  );
}
