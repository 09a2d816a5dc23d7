import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../src/expand/check-template.js';
import { handlebars } from '../src/expand/handlebars-env.js';
import { interpretTemplate } from '../src/expand/interpret-template.js';
import { runSimpleTemplate } from '../src/expand/run-simple-template.js';

const context = {
  org: { name: '和泉市', self: '本市', head: '市長' },
  adopted: '2024-04',
  revised: '2025-03-31',
  n: 0,
  flag: false,
  list: ['a', 'b'],
  roles: { ciso: { title: '最高情報セキュリティ責任者' } },
  empty: null,
};

/** What the compiled template gives (or throws), as run-template.ts would run it. */
function compiled(source: string): { output?: string; error?: boolean } {
  try {
    return { output: handlebars.compile(source, { noEscape: true, strict: false })(context) };
  } catch {
    return { error: true };
  }
}

function interpreted(source: string): { output?: string; error?: boolean } | undefined {
  try {
    const output = interpretTemplate(handlebars.parse(source), context);
    return output === undefined ? undefined : { output };
  } catch {
    return { error: true };
  }
}

describe('the template interpreter gives what Handlebars gives', () => {
  it('for prose with values, roles and dates', () => {
    expect(interpreted('{{org.self}}の{{role "ciso"}}は、{{wareki adopted}}に定める。')).toEqual({ output: '本市の最高情報セキュリティ責任者は、令和6年4月に定める。' });
  });

  it('for arbitrary templates built from values, helpers and constructs it leaves to Handlebars', () => {
    const piece = fc.constantFrom(
      '本文', ' ', '{{org.name}}', '{{org.self}}', '{{ org.head }}', '{{missing}}', '{{missing.deep}}', '{{org.missing}}', '{{n}}', '{{flag}}',
      '{{list}}', '{{org}}', '{{empty}}', '{{empty.x}}', '{{constructor}}', '{{org.constructor}}', '{{org.toString}}', '{{__proto__}}',
      '{{role "ciso"}}', '{{role "none"}}', '{{role}}', '{{wareki adopted}}', '{{wareki revised}}', '{{wareki "2019-05-01"}}', '{{wareki n}}',
      '{{wareki}}', '{{~org.name~}}', ' {{~org.self}} ', '\\{{org.name}}', '{{! 注記 }}', '{{{org.name}}}', '{{#if flag}}x{{else}}y{{/if}}',
      '{{lookup org "name"}}', '{{this.adopted}}', '{{@root.adopted}}', '{{../x}}', '{{org/name}}', '{{wareki (lookup . "adopted")}}',
      '{{role "ciso" x=1}}', '{{list.length}}', '{{org.name.length}}',
    );
    let interpretedCount = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const source = pieces.join('');
        const ours = interpreted(source);
        if (ours === undefined) return;
        interpretedCount++;
        expect(ours, source).toEqual(compiled(source));
      }),
      { numRuns: 2000 },
    );
    expect(interpretedCount).toBeGreaterThan(200);
  });
});

describe('the fast path for `{{a.b}}` prose gives what parsing, checking and compiling give', () => {
  /** What run-template.ts does: parse, check, compile. */
  function reference(source: string, values: Record<string, unknown>) {
    let program;
    try {
      program = handlebars.parse(source);
    } catch {
      return 'syntax';
    }
    const problems = checkTemplate(program, values);
    if (problems.length > 0) return { problems };
    try {
      return { output: handlebars.compile(source, { noEscape: true, strict: false })(values), problems: [] };
    } catch {
      return 'error';
    }
  }

  it('for arbitrary prose with values, unknown values and line breaks', () => {
    const piece = fc.constantFrom(
      '本文', '、', ' ', '\n', '{{org.name}}', '{{ org.self }}', '{{missing}}', '{{org.missing}}', '{{empty.x}}', '{{empty}}', '{{n}}',
      '{{org}}', '{{constructor}}', '{{org.constructor}}', '{{list}}', '{{wareki}}', '{{ role }}', '{x}', '}', '\\', '~', '{{adopted}}',
    );
    let fast = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const source = pieces.join('');
        const ours = runSimpleTemplate(source, context);
        if (ours === undefined) return;
        fast++;
        expect(ours, JSON.stringify(source)).toEqual(reference(source, context));
      }),
      { numRuns: 3000 },
    );
    expect(fast).toBeGreaterThan(300);
  });
});
