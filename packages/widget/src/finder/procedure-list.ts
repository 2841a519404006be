import { msg, str } from '@lit/localize';
import { groupProcedures, PROCEDURES, type Procedure } from '@mediation-finder/core';
import { procedureGroupLabel, procedureLabel } from '@mediation-finder/core/messages';
import { html, nothing } from 'lit';

/**
 * The procedure question as a render module: a field that filters as the person types, above
 * the procedures as radio buttons grouped by body (a fieldset each, named by its legend), "I do
 * not know" first and never filtered out. Native radios rather than a combobox's listbox: every
 * screen reader says their group, their state and their position, and long names wrap at 200 %
 * text instead of being cut as a select's options were. Keys: in the field, Down goes to the
 * list, Enter picks the first match, Escape clears; in the list, the arrows (native), Home and
 * End, Enter to continue, Escape back to the field.
 */
export interface ProcedureListContext {
  id: string;
  chosen: string;
  /** What the chosen procedure is for, once its sentence has come. */
  about: string | null;
  choose(id: string): void;
  /** Renders again (the filter changed). */
  refresh(): void;
}

/** What each finder's field filters with, by the finder's id (kept while the page lives). */
const filters = new Map<string, string>();

/**
 * Words as the filter compares them: lower case, accents and other marks aside, in any script
 * (core's `foldText` keeps Latin letters only, for the gazetteer's keys: "пенсія" or "تقاعد" would
 * fold to nothing).
 */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The procedures whose name, group or id holds every word typed, accents and case aside. */
function matching(query: string): Array<{ group: string; procedures: Procedure[] }> {
  const words = fold(query).split(' ').filter(Boolean);
  return groupProcedures(PROCEDURES)
    .map(({ group, procedures }) => {
      const name = procedureGroupLabel(group);
      const found = procedures.filter((p) => {
        const text = fold(`${procedureLabel(p)} ${name} ${p.id}`);
        return words.every((w) => text.includes(w));
      });
      return { group: name, procedures: found };
    })
    .filter((g) => g.procedures.length);
}

export function renderProcedureList(q: ProcedureListContext) {
  const query = filters.get(q.id) ?? '';
  const groups = matching(query);
  const count = groups.reduce((n, g) => n + g.procedures.length, 0);
  const aboutId = `${q.id}-procedure-about`;
  const radios = (root: Element) => [
    ...(root.getRootNode() as ParentNode).querySelectorAll<HTMLInputElement>('input[name="procedure"]'),
  ];
  const pick = (radio: HTMLInputElement | undefined, choose: boolean) => {
    radio?.focus();
    if (radio && choose) {
      radio.checked = true;
      q.choose(radio.value);
    }
  };
  const onFieldKey = (e: KeyboardEvent) => {
    const field = e.target as HTMLInputElement;
    const list = radios(field);
    if (e.key === 'ArrowDown' || (e.key === 'Enter' && query)) {
      // The first match (after "I do not know"), or the one chosen when nothing is typed.
      e.preventDefault();
      pick(query ? list[1] : (list.find((r) => r.checked) ?? list[0]), e.key === 'Enter');
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      filters.set(q.id, '');
      field.value = '';
      q.refresh();
    }
  };
  const onListKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLInputElement;
    const list = radios(target);
    if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      pick(e.key === 'Home' ? list[0] : list.at(-1), true);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      target.form?.requestSubmit();
    } else if (e.key === 'Escape') {
      (target.getRootNode() as ParentNode).querySelector<HTMLElement>('#procedure')?.focus();
    }
  };
  const radio = (value: string, label: string) => {
    const checked = value === q.chosen;
    const about = checked && q.about;
    return html`<div class="choice">
      <input type="radio" name="procedure" id="procedure-${value || 'none'}" .value=${value} .checked=${checked}
        aria-describedby=${about ? aboutId : nothing} @change=${() => q.choose(value)} />
      <label for="procedure-${value || 'none'}">${label}</label>
    </div>${about ? html`<p class="hint about" id=${aboutId}>${about}</p>` : nothing}`;
  };
  return html`<label class="title" for="procedure">${msg('Pour quelle démarche avez-vous besoin d’aide ?')}</label>
    <p class="hint" id="${q.id}-procedure-hint">${msg('Tapez un mot (CAF, carte grise…) ou choisissez dans la liste.')}</p>
    <input type="search" id="procedure" autocomplete="off" spellcheck="false" .value=${query}
      aria-describedby="${q.id}-procedure-hint ${q.id}-procedure-count" @keydown=${onFieldKey}
      @input=${(e: Event) => {
        filters.set(q.id, (e.target as HTMLInputElement).value);
        q.refresh();
      }} />
    <p class="hint" id="${q.id}-procedure-count" role="status">${
      !query
        ? ''
        : count
          ? msg(str`Démarches trouvées : ${count}.`)
          : msg('Aucune démarche ne correspond : choisissez « Je ne sais pas ou autre démarche ».')
    }</p>
    <div class="procedures" @keydown=${onListKey}>
      ${radio('', msg('Je ne sais pas ou autre démarche'))}
      ${groups.map(
        (g) =>
          html`<fieldset><legend>${g.group}</legend>${g.procedures.map((p) => radio(p.id, procedureLabel(p)))}</fieldset>`,
      )}
    </div>`;
}

/** The filter is forgotten once a procedure is chosen and the person moves on. */
export function forgetFilter(id: string): void {
  filters.delete(id);
}
