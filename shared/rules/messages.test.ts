import { describe, expect, it } from 'vitest';
import { joinList } from '../i18n/join-list.js';
import { renderDiagnostic } from './messages.js';
import type { Diagnostic } from './types.js';

function diagnostic(ruleId: string, params: Diagnostic['params']): Diagnostic {
  return {
    ruleId,
    severity: 'warning',
    partIds: [],
    messageKey: `${ruleId}.message`,
    fixKey: `${ruleId}.fix`,
    params,
    source: '',
  };
}

describe('renderDiagnostic lists values the way each language does', () => {
  const logging = diagnostic('cluster.control-plane-logging', { cluster: 'prod', missing: 'audit, authenticator' });

  it('keeps ", " in English and joins with 「、」 in Japanese', () => {
    expect(renderDiagnostic(logging, 'en').message).toContain('audit, authenticator');
    expect(renderDiagnostic(logging, 'ja').message).toContain('audit、authenticator が含まれていません');
    expect(renderDiagnostic(logging, 'ja').message).not.toContain(', ');
  });

  it('leaves a quoted eksctl message and a sentence param as written', () => {
    const problem = 'accessEntries[0]: groups, username and policies cannot be set for type EC2_LINUX';
    const entries = diagnostic('eksctl.access-entry-fields', { cluster: 'prod', problem });
    expect(renderDiagnostic(entries, 'ja').message).toContain(`「${problem}」`);
    const failed = diagnostic('design.rule-failed', { rule: 'x', error: 'boom, then more' });
    expect(renderDiagnostic(failed, 'ja').message).toContain('boom, then more');
  });

  it('joinList is the same separator for callers that build a list themselves', () => {
    expect(joinList(['a', 'b'], 'en')).toBe('a, b');
    expect(joinList(['a', 'b'], 'ja')).toBe('a、b');
    expect(joinList([], 'ja')).toBe('');
  });
});
