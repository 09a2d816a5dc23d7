import type { TemplateProblem } from './check-template.js';

/**
 * What one template run may do. Counted, not timed, so the same source always gives the same
 * result. Output: 1,000,000 characters (≈3 MB of Japanese UTF-8) is several times the largest real
 * generated table (200 rows × 8 columns × 100 characters = 160,000) and of the order of the 4 MB
 * source-file cap. Steps: each `{{#each}}` iteration costs the template's statement count (an upper
 * bound on its body), so the work is bounded whatever the template; a 2,000-row table of 10
 * columns through a 20-statement template costs ≈440,000, and the limit is reached in well under a
 * second.
 */
const MAX_OUTPUT = 1_000_000;
const MAX_STEPS = 1_000_000;
/** All templates of one document together may add at most this many characters to its text. */
const MAX_DOCUMENT_GROWTH = 4_000_000;
/** And of the whole policy (many small documents each under their limit): ≈50 MB of UTF-8. */
const MAX_POLICY_GROWTH = 16_000_000;

const RULE = 'template-too-large';

/**
 * The limits of template runs: one per run (`iterate`, `output`), and one growth budget per
 * document (`grow`). Handlebars helpers cannot return problems, so `iterate` throws and the run's
 * caller turns the throw into a problem (`exceeded` tells it apart from other errors).
 */
export class TemplateBudget {
  static readonly maxOutput = MAX_OUTPUT;
  static readonly maxGrowth = MAX_DOCUMENT_GROWTH;
  static readonly maxPolicyGrowth = MAX_POLICY_GROWTH;
  exceeded = false;
  private steps = 0;
  private grown_ = 0;

  /** weight: the statements of the template run (a body's cost per iteration). */
  constructor(private readonly weight = 1) {}

  /** One iteration of a block body; throws once the run has done too much. */
  iterate(): void {
    this.steps += this.weight;
    if (this.steps > MAX_STEPS) this.fail();
  }

  /** Checks a (partial) output's length; throws when it is over the limit. */
  output(length: number): void {
    if (length > MAX_OUTPUT) this.fail();
  }

  /**
   * Adds a run's growth to a document's total: 'ok', 'over' the first time the total would pass the
   * limit (report it once), 'still-over' after that (nothing more is expanded).
   */
  grow(chars: number): 'ok' | 'over' | 'still-over' {
    if (this.grown_ === Infinity) return 'still-over';
    if (this.grown_ + chars > MAX_DOCUMENT_GROWTH) {
      this.grown_ = Infinity;
      return 'over';
    }
    this.grown_ += Math.max(chars, 0);
    return 'ok';
  }

  /** Characters added so far (the limit, once it was passed). */
  get grown(): number {
    return Math.min(this.grown_, MAX_DOCUMENT_GROWTH);
  }

  private fail(): never {
    this.exceeded = true;
    throw new RangeError('template budget exceeded');
  }

  /** The problem a run over its limits reports, at the template's first block or value. */
  static problem(line: number, column: number): TemplateProblem {
    return {
      line,
      column,
      ruleId: RULE,
      message: `テンプレートの出力が大きすぎます（一回の出力は ${MAX_OUTPUT.toLocaleString('en-US')} 文字まで、{{#each}} の繰り返しの回数にも上限があります）。{{#each}} の入れ子やデータの行数を確かめてください。`,
    };
  }

  /** The problem of a policy whose documents' templates together add too much text. */
  static policyGrowthMessage(): string {
    return `テンプレートが出力する文字がポリシー全体で多すぎます（上限 ${MAX_POLICY_GROWTH.toLocaleString('en-US')} 文字）。この文書から後は読みませんでした。埋め込む値や表のデータを確かめてください。`;
  }

  /** The problem of a document whose templates together add too much text. */
  static growthProblem(line: number, column: number): TemplateProblem {
    return {
      line,
      column,
      ruleId: RULE,
      message: `この文書のテンプレートが出力する文字が多すぎます（文書全体で上限 ${MAX_DOCUMENT_GROWTH.toLocaleString('en-US')} 文字）。埋め込む値や表のデータを確かめてください。`,
    };
  }
}
