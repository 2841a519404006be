/** What the panel's page posts to its parent (the prompt) when a person presses Escape in it. */
export const PANEL_ESCAPE = 'mediation-finder:panel-escape';
