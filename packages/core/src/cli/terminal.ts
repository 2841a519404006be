/**
 * What the CLI prints goes to a terminal, and much of it comes from datasets (names, addresses,
 * the reader's messages quoting a row): an ESC sequence there retitles or repaints the terminal
 * (`ESC]0;…BEL`, `ESC[31m`), U+009B is a one-character CSI, a carriage return overwrites the
 * line, and bidirectional controls reorder it. Every such character is printed as its `\uXXXX`
 * escape: visible in text, and the same character again in JSON, where it only occurs inside
 * strings.
 */
const UNPRINTABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point.
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]/g;

export function escapeControls(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A stream that escapes what it is given (see `escapeControls`). */
export function safeOutput(stream: { write(text: string): unknown }): { write(text: string): unknown } {
  return { write: (text: string) => stream.write(escapeControls(text)) };
}
