import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baselineBuilder } from '../rules/test-support/builder.js';
import { CURRENT_SCHEMA_VERSION, type Design } from './design.js';
import { parseDesignText, serializeDesign, toDocument } from './document.js';
import { DesignFileError } from './errors.js';
import { migrateToCurrent, MIGRATIONS } from './migrations.js';
import { allSuppressions, suppressionCountsByRule } from './suppressions.js';

const base = () => baselineBuilder().b.build();
function withSuppressions(design: Design): Design {
  const [first, second] = design.parts;
  return {
    ...design,
    suppressions: [{ ruleId: 'cluster.audit-logging', reason: 'audit goes to a SIEM agent' }],
    parts: design.parts.map((p) =>
      p === first
        ? { ...p, suppressions: [{ ruleId: 'vpc.nat-per-az', reason: 'one NAT in dev', expires: '2027-03-31' }] }
        : p === second
          ? { ...p, suppressions: [{ ruleId: 'vpc.nat-per-az', reason: 'dev' }] }
          : p,
    ),
  };
}
function loadError(text: string): DesignFileError {
  try {
    parseDesignText(text);
  } catch (err) {
    if (err instanceof DesignFileError) return err;
    throw err;
  }
  throw new Error('expected the design to be refused');
}

describe('suppressions in design files', () => {
  it('survive save and load, byte for byte, in a version 3 file', () => {
    const text = serializeDesign(toDocument(withSuppressions(base())));
    expect(JSON.parse(text).schemaVersion).toBe(3);
    const loaded = parseDesignText(text);
    expect(loaded.design).toEqual(withSuppressions(base()));
    expect(serializeDesign(loaded)).toBe(text);
  });

  it('leave a design without them a version 2 file with no trace of the feature', () => {
    const text = serializeDesign(toDocument(base()));
    expect(JSON.parse(text).schemaVersion).toBe(2);
    expect(text).not.toContain('suppressions');
    expect(parseDesignText(text).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('leave a saved template the bytes the app wrote before suppressions existed (version 2, same JSON)', () => {
    for (const id of ['microservices', 'hybrid-cloud', 'api-backend']) {
      const doc = parseDesignText(readFileSync(new URL(`../../templates/${id}.json`, import.meta.url), 'utf8'));
      // What serializeDesign was before: the document as it is, with version 2 in its header.
      expect(serializeDesign(doc)).toBe(`${JSON.stringify({ ...doc, schemaVersion: 2 }, null, 2)}\n`);
    }
  });

  it('make an app that reads only version 2 refuse the file as newer instead of dropping them', () => {
    const raw = JSON.parse(serializeDesign(toDocument(withSuppressions(base()))));
    const olderApp = () => migrateToCurrent(raw, MIGRATIONS.slice(0, 1), 2);
    expect(olderApp).toThrow(DesignFileError);
    expect(olderApp).toThrow(/saved by a newer EKS Sandbox \(document schema version 3; this app reads up to 2\)/);
  });

  it('are refused with the line and the reason when malformed', () => {
    const text = serializeDesign(toDocument(withSuppressions(base())));
    const twice = text.replace('"ruleId": "cluster.audit-logging"', '"ruleId": "vpc.nat-per-az"');
    const dup = parseDesignText(twice).design; // different owners may suppress the same rule
    expect(dup.suppressions?.[0]?.ruleId).toBe('vpc.nat-per-az');
    const doc = JSON.parse(text);
    doc.design.parts[0].suppressions.push({ ruleId: 'vpc.nat-per-az', reason: 'again' });
    expect(loadError(JSON.stringify(doc, null, 2)).message).toMatch(
      /^line \d+: design\.parts\[0\]\.suppressions\[1\]\.ruleId: "vpc\.nat-per-az" is suppressed twice \(part "[^"]+"\)$/,
    );
    expect(loadError(text.replace('"expires": "2027-03-31"', '"expires": "2027-02-30"')).message).toMatch(
      /design\.parts\[0\]\.suppressions\[0\]\.expires: is not a real calendar day/,
    );
    expect(loadError(text.replace('"expires": "2027-03-31"', '"expires": "31/03/2027"')).message).toMatch(
      /expires: must be a date like 2026-12-31/,
    );
    expect(loadError(text.replace('"reason": "dev"', '"reason": "  "')).message).toMatch(
      /design\.parts\[1\]\.suppressions\[0\]\.reason: must say why the rule is suppressed/,
    );
    expect(loadError(text.replace('"reason": "dev"', '"reason": "dev", "until": "x"')).message).toMatch(/unknown field "until"/);
  });

  it('are listed with their owner and counted per rule', () => {
    const design = withSuppressions(base());
    const [first, second] = design.parts;
    expect(allSuppressions(design).map((s) => [s.partId, s.ruleId])).toEqual([
      [undefined, 'cluster.audit-logging'],
      [first!.id, 'vpc.nat-per-az'],
      [second!.id, 'vpc.nat-per-az'],
    ]);
    expect([...suppressionCountsByRule(design)]).toEqual([
      ['cluster.audit-logging', 1],
      ['vpc.nat-per-az', 2],
    ]);
  });
});
