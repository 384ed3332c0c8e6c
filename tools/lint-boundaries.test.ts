import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The import boundaries of eslint.config.js refuse what they should (issue 20 §3):
// code is linted as if it sat at these paths, against the repository's config.

const eslint = new ESLint();
// The first lint loads the config, the TypeScript parser and the plugins: a few seconds, once.
beforeAll(() => eslint.lintText('export {};\n', { filePath: 'shared/api/limits.ts' }), 60_000);

const problems = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return result!.messages.map((message) => message.ruleId);
};

describe('import boundaries', () => {
  it.each([
    ['client/features/intake/form-values.ts', "import '../summary/summary-order';"],
    ['client/features/intake/components/check-answers.tsx', "import '../../summary/summary-order';"],
    ['client/features/summary/components/summary-view.tsx', "export * from '../../patient-sheet/sheet-content';"],
    ['client/features/rules/components/rules-list.tsx', "void import('../../intake/components/intake-form');"],
  ])('a feature may not import another: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual(['local/feature-boundaries']);
  });

  it.each([
    ['client/features/intake/components/check-answers.tsx', "import '../form-values';"],
    ['client/features/summary/components/summary-view.tsx', "import '../../../components/ui/load-error';"],
    ['client/pages/summary-page.tsx', "import '../features/summary/components/summary-view';"],
  ])('a feature imports itself, the shared client code and shared/; pages compose features: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });

  it('shared/rules reads shared/questions, never the reverse; shared/conditions reads neither', async () => {
    expect(await problems('shared/rules/words.ts', "import '../questions/catalogue';")).toEqual([]);
    expect(await problems('shared/questions/lookup.ts', "import '../conditions/holds';")).toEqual([]);
    expect(await problems('shared/questions/lookup.ts', "import '../rules/evaluate';")).toEqual([
      'no-restricted-imports',
    ]);
    expect(await problems('shared/questions/types.ts', "export type { Rule } from '../rules/types';")).toEqual([
      'no-restricted-imports',
    ]);
    for (const code of ["import '../rules/rule-set';", "import '../questions/catalogue';"])
      expect(await problems('shared/conditions/holds.ts', code)).toEqual(['no-restricted-imports']);
  });
});
