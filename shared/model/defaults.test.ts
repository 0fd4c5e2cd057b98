import { describe, expect, it } from 'vitest';
import { copyName, createPart } from './defaults.js';
import type { Part } from './parts.js';

const named = (...names: string[]) => ({
  parts: names.map((name, i) => ({ ...createPart({ parts: [], connections: [] }, 'workload'), id: `w${i}`, name }) as Part),
});

describe('copyName', () => {
  it('counts copies on instead of stacking suffixes', () => {
    expect(copyName(named('frontend'), 'workload', 'frontend')).toBe('frontend-copy');
    expect(copyName(named('frontend', 'frontend-copy'), 'workload', 'frontend')).toBe('frontend-copy-2');
    expect(copyName(named('frontend', 'frontend-copy', 'frontend-copy-2'), 'workload', 'frontend-copy')).toBe('frontend-copy-3');
    expect(copyName(named('frontend', 'frontend-copy', 'frontend-copy-2'), 'workload', 'frontend-copy-2')).toBe(
      'frontend-copy-3',
    );
  });

  it('is unique among parts of the same kind only', () => {
    expect(copyName(named('frontend-copy'), 'alb', 'frontend')).toBe('frontend-copy');
  });

  it('stays within the kind’s name length and ends in a letter or digit', () => {
    const long = `a${'b'.repeat(30)}`;
    const alb = copyName({ parts: [] }, 'alb', long);
    expect(alb.length).toBeLessThanOrEqual(32);
    expect(alb).toMatch(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])$/);
    const workload = copyName({ parts: [] }, 'workload', `${'x'.repeat(57)}-yyyy`);
    expect(workload.length).toBeLessThanOrEqual(63);
    expect(workload).toBe(`${'x'.repeat(57)}-copy`);
  });
});
