import { msg } from '@lit/localize';
import { type Commune, DIFFICULTIES, type Difficulty, type Procedure } from '@mediation-finder/core';
import { didYouMeanText, difficultyLabel, procedureLabel } from '@mediation-finder/core/messages';
import { html, nothing } from 'lit';
import { type Filters, renderFilters } from './filters.js';
import { isolated } from './isolate.js';
import type { PlaceCombobox } from './place-combobox.js';
import { forgetFilter, renderProcedureList } from './procedure-list.js';
import { renderSituations } from './situations.js';

/**
 * The questions, one at a time, as a render module: the procedure, what blocks the person
 * (skippable), and where. Each is a form whose first control gets the focus when it comes.
 */
export type Step = 'procedure' | 'difficulty' | 'where' | 'results';

export interface QuestionsContext {
  id: string;
  locale: string;
  step: Step;
  procedure: Procedure | undefined;
  chosenProcedure: string;
  chosenDifficulty: Difficulty | '';
  /** The page preset the difficulty: the question is not asked. */
  presetDifficulty: boolean;
  /** The person chose a procedure, or what blocks them. */
  choose(choice: { chosenProcedure: string } | { chosenDifficulty: Difficulty | '' }): void;
  /** Renders again (the procedures' sentences arrived, the procedures' filter changed). */
  refresh(): void;
  next(step: Step): void;
  /** The where question's own parts: the place field, its error, the filters, the submit. */
  where: {
    busy: boolean;
    error: string;
    /** Communes a name one letter wrong may mean: a button each, searching it. */
    offered: readonly Commune[];
    searchOffered(commune: Commune): void;
    /** The place field, rendered with its hint and error. */
    field: Pick<PlaceCombobox, 'render'>;
    filters: Filters;
    filter(next: Filters): void;
    submit(event: Event): void;
    useMyPosition(): void;
  };
}

let summaryOf: typeof import('./summaries.js').procedureSummary | undefined;
let summaries: Promise<unknown> | undefined;

/** What a procedure is for, in one sentence, once the sentences' chunk is loaded (`arrived` then). */
function summary(id: string, arrived: () => void): string | null {
  if (summaryOf) return summaryOf(id);
  summaries ??= import('./summaries.js').then((module) => {
    summaryOf = module.procedureSummary;
  });
  summaries.then(arrived, () => {});
  return null;
}

/** The first question to ask: what the page did not preset and the person did not answer. */
export function firstStep(procedure: string, difficulty: string | null): Step {
  if (!procedure) return 'procedure';
  return difficulty ? 'where' : 'difficulty';
}

/** The finder is one landmark; its name includes the procedure so that several stay distinct. */
export function landmarkName(procedure: Procedure | undefined): string {
  const title = msg('Trouver de l’aide près de chez vous');
  return procedure ? `${title} : ${procedureLabel(procedure)}` : title;
}

export function renderQuestions(q: QuestionsContext) {
  if (q.step === 'procedure') return renderProcedure(q);
  if (q.step === 'difficulty') return renderDifficulty(q);
  return renderWhere(q);
}

function renderProcedure(q: QuestionsContext) {
  // What the chosen procedure is for, in one plain sentence (FALC's "La C2S aide à payer les soins").
  const about = q.chosenProcedure ? summary(q.chosenProcedure, q.refresh) : null;
  return html`<form part="form" @submit=${(e: Event) => {
    e.preventDefault();
    forgetFilter(q.id);
    q.next(q.chosenDifficulty || q.presetDifficulty ? 'where' : 'difficulty');
  }}>
    ${renderProcedureList({ id: q.id, chosen: q.chosenProcedure, about, choose: (id) => q.choose({ chosenProcedure: id }), refresh: q.refresh })}
    <div class="actions">
      <button type="submit">${msg('Continuer')}</button>
    </div>
  </form>`;
}

/** The procedure the page preset or the person chose, and how to choose another. */
function renderChosen(q: QuestionsContext) {
  return q.procedure
    ? html`<p class="hint">${msg('Démarche :')} <strong>${procedureLabel(q.procedure)}</strong>
        <button type="button" class="link" @click=${() => q.next('procedure')}>${msg('Changer de démarche')}</button></p>`
    : nothing;
}

function renderDifficulty(q: QuestionsContext) {
  return html`<form part="form" @submit=${(e: Event) => {
    e.preventDefault();
    q.next('where');
  }}>
    ${renderChosen(q)}
    <fieldset>
      <legend>${msg('Qu’est-ce qui vous bloque ?')}</legend>
      ${DIFFICULTIES.map(
        (d) => html`<div class="choice">
          <input type="radio" name="difficulty" id="difficulty-${d}" value=${d} .checked=${q.chosenDifficulty === d}
            @change=${() => q.choose({ chosenDifficulty: d })} />
          <label for="difficulty-${d}">${difficultyLabel(d)}</label>
        </div>`,
      )}
    </fieldset>
    <div class="actions">
      <button type="submit">${msg('Continuer')}</button>
      <button type="button" class="secondary" @click=${() => {
        q.choose({ chosenDifficulty: '' });
        q.next('where');
      }}>${msg('Passer cette question')}</button>
      ${q.procedure ? nothing : html`<button type="button" class="link" @click=${() => q.next('procedure')}>${msg('Retour')}</button>`}
    </div>
  </form>`;
}

function renderWhere(q: QuestionsContext) {
  const { id, procedure, chosenDifficulty, where } = q;
  return html`<form part="form" @submit=${where.submit} novalidate>
    ${
      procedure || chosenDifficulty
        ? html`<p class="hint">
            ${procedure ? html`${msg('Démarche :')} <strong>${procedureLabel(procedure)}</strong><br />${summary(procedure.id, q.refresh) ?? nothing}` : nothing}
            ${chosenDifficulty ? html`<br />${difficultyLabel(chosenDifficulty)}` : nothing}
            <br /><button type="button" class="link" @click=${() => q.next('procedure')}>${msg('Modifier')}</button>
          </p>`
        : nothing
    }
    <label class="title" for="where">${msg('Où cherchez-vous de l’aide ?')}</label>
    <p class="hint" id="${id}-where-hint">${msg('Code postal ou commune, par exemple 77000 ou Melun')}</p>
    <div class="row">
      ${where.field.render({ id, describedBy: `${id}-where-hint ${id}-where-error`, invalid: !!where.error })}
      <button type="submit" ?disabled=${where.busy}>${msg('Trouver de l’aide')}</button>
    </div>
    <div aria-live="polite">
      <p id="${id}-where-error" class="error">${isolated(where.error, q.locale)}</p>
      ${
        where.offered.length
          ? html`<p class="offered">${where.offered.map(
              (c) =>
                html`<button type="button" class="link" @click=${() => where.searchOffered(c)}>${isolated(didYouMeanText(c), q.locale)}</button>`,
            )}</p>`
          : nothing
      }
    </div>
    <button type="button" class="link" @click=${where.useMyPosition}>${msg('Utiliser ma position')}</button>
    ${chosenDifficulty === 'situation' ? renderSituations(where.filters, id, where.filter) : nothing}
    ${renderFilters(where.filters, id, where.filter)}
  </form>`;
}

/** The first control of a question: focusing it announces its label or legend. */
export function firstControl(root: ParentNode, step: Step): HTMLElement | null {
  if (step === 'procedure') return root.querySelector('#procedure');
  if (step === 'difficulty')
    return (
      root.querySelector('input[name="difficulty"]:checked') ?? root.querySelector('input[name="difficulty"]')
    );
  return root.querySelector('#where');
}
