import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../shared/rules/registry.js';
import { rulesReferenceMarkdown } from './rules-reference.js';

describe('docs/rules.md', () => {
  it('lists every registered rule and is up to date (run `npm run docs:rules` after changing rules)', () => {
    const onDisk = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
    for (const rule of RULES.all()) expect(onDisk).toContain(`\`${rule.id}\``);
    expect(onDisk).toBe(rulesReferenceMarkdown());
  });
});
