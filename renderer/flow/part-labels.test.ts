import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { Diagnostic, Severity } from '../../shared/rules/types.js';
import { i18next } from '../i18n/index.js';
import { partLabels, problemCountsByPart } from './part-labels.js';

function diag(severity: Severity, partIds: string[]): Diagnostic {
  return { ruleId: 'x.y', severity, partIds, messageKey: '', fixKey: '', params: {}, source: '' };
}

const DIAGNOSTICS = [
  diag('error', ['a', 'b']),
  diag('error', ['a', 'a']),
  diag('warning', ['a']),
  diag('info', ['b']),
  diag('warning', ['c']),
];

describe('part labels', () => {
  it('counts errors and warnings per part, each finding once, info not at all', () => {
    expect(Object.fromEntries(problemCountsByPart(DIAGNOSTICS))).toEqual({
      a: { error: 2, warning: 1 },
      b: { error: 1, warning: 0 },
      c: { error: 0, warning: 1 },
    });
  });

  it('names a part by kind, name and counted problems, in English and Japanese', async () => {
    await i18next.changeLanguage('en');
    const en = partLabels(i18next.t as TFunction, DIAGNOSTICS);
    expect(en.problems.get('a')).toBe('2 errors, 1 warning');
    expect(en.problems.get('b')).toBe('1 error');
    expect(en.describe(en.kind.workload, 'web $& app', en.problems.get('a'))).toBe('Workload web $& app, 2 errors, 1 warning');
    expect(en.describe(en.kind.vpc, 'main', undefined)).toBe('VPC main');

    await i18next.changeLanguage('ja');
    const ja = partLabels(i18next.t as TFunction, DIAGNOSTICS);
    expect(ja.problems.get('a')).toBe('エラー 2 件、警告 1 件');
    expect(ja.describe(ja.kind.workload, 'web', ja.problems.get('c'))).toBe('ワークロード web、警告 1 件');
    await i18next.changeLanguage('en');
  });
});
