import { msg } from '@lit/localize';
import {
  type Commune,
  DIFFICULTIES,
  type Difficulty,
  PROCEDURES,
  type Procedure,
} from '@mediation-finder/core';
import { didYouMeanText, difficultyLabel, procedureLabel } from '@mediation-finder/core/messages';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * The questions, one at a time, as a render module: the procedure, what blocks the person
 * (skippable), and where. Each is a form whose first control gets the focus when it comes.
 */
export type Step = 'procedure' | 'difficulty' | 'where' | 'results';

export interface QuestionsContext {
  id: string;
  step: Step;
  procedure: Procedure | undefined;
  chosenProcedure: string;
  chosenDifficulty: Difficulty | '';
  /** The page preset the difficulty: the question is not asked. */
  presetDifficulty: boolean;
  chooseProcedure(id: string): void;
  /** Renders again (the procedures' sentences arrived). */
  refresh(): void;
  chooseDifficulty(difficulty: Difficulty | ''): void;
  next(step: Step): void;
  /** The where question's own parts: the place field, its error, the filters, the submit. */
  where: {
    busy: boolean;
    error: string;
    /** Communes a name one letter wrong may mean: a button each, searching it. */
    offered: readonly Commune[];
    searchOffered(commune: Commune): void;
    field: TemplateResult;
    filters: TemplateResult;
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

/** The catalogue's procedures, those of one body (CAF, Assurance Maladie…) side by side. */
const BY_BODY: readonly Procedure[] = (() => {
  const groups = new Map<string, Procedure[]>();
  for (const p of PROCEDURES) groups.set(p.body, [...(groups.get(p.body) ?? []), p]);
  return [...groups.values()].flat();
})();

function renderProcedure(q: QuestionsContext) {
  // What the chosen procedure is for, in one plain sentence (FALC's "La C2S aide à payer les soins").
  const about = q.chosenProcedure ? summary(q.chosenProcedure, q.refresh) : null;
  return html`<form part="form" @submit=${(e: Event) => {
    e.preventDefault();
    q.next(q.chosenDifficulty || q.presetDifficulty ? 'where' : 'difficulty');
  }}>
    <label class="title" for="procedure">${msg('Pour quelle démarche avez-vous besoin d’aide ?')}</label>
    <select id="procedure" aria-describedby=${about ? `${q.id}-procedure-about` : nothing} .value=${q.chosenProcedure} @change=${(e: Event) => q.chooseProcedure((e.target as HTMLSelectElement).value)}>
      <option value="">${msg('Je ne sais pas ou autre démarche')}</option>
      ${BY_BODY.map((p) => html`<option value=${p.id} ?selected=${p.id === q.chosenProcedure}>${procedureLabel(p)}</option>`)}
    </select>
    ${about ? html`<p class="hint" id="${q.id}-procedure-about">${about}</p>` : nothing}
    <div class="actions">
      <button type="submit">${msg('Continuer')}</button>
    </div>
  </form>`;
}

function renderDifficulty(q: QuestionsContext) {
  return html`<form part="form" @submit=${(e: Event) => {
    e.preventDefault();
    q.next('where');
  }}>
    <fieldset>
      <legend>${msg('Qu’est-ce qui vous bloque ?')}</legend>
      ${DIFFICULTIES.map(
        (d) => html`<div class="choice">
          <input type="radio" name="difficulty" id="difficulty-${d}" value=${d} .checked=${q.chosenDifficulty === d}
            @change=${() => q.chooseDifficulty(d)} />
          <label for="difficulty-${d}">${difficultyLabel(d)}</label>
        </div>`,
      )}
    </fieldset>
    <div class="actions">
      <button type="submit">${msg('Continuer')}</button>
      <button type="button" class="secondary" @click=${() => {
        q.chooseDifficulty('');
        q.next('where');
      }}>${msg('Passer cette question')}</button>
      <button type="button" class="link" @click=${() => q.next('procedure')}>${msg('Retour')}</button>
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
      ${where.field}
      <button type="submit" ?disabled=${where.busy}>${msg('Trouver de l’aide')}</button>
    </div>
    <p id="${id}-where-error" class="error" aria-live="polite">${where.error}</p>
    ${
      where.offered.length
        ? html`<p class="offered">${where.offered.map(
            (c) =>
              html`<button type="button" class="link" @click=${() => where.searchOffered(c)}>${didYouMeanText(c)}</button>`,
          )}</p>`
        : nothing
    }
    <button type="button" class="link" @click=${where.useMyPosition}>${msg('Utiliser ma position')}</button>
    ${where.filters}
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
