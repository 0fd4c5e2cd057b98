/**
 * "A new kind is 2 new files plus 2 registry lines": the registry plus a fixture kind (test-support/
 * security-group.ts) gives every derived table the new kind, with nothing else edited, and the existing
 * kinds' entries unchanged.
 */
import { describe, expect, it } from 'vitest';
import { deriveKindTables } from './derive.js';
import { KIND_TABLES, PART_KIND_MODULES } from './index.js';
import { securityGroupKind } from './test-support/security-group.js';

const extended = deriveKindTables([...PART_KIND_MODULES, securityGroupKind]);

describe('a kind added to the registry', () => {
  it('is in every derived table', () => {
    const sg = 'security-group';
    expect(extended.kinds.at(-1)).toBe(sg);
    expect(extended.propsSchemas[sg]).toBe(securityGroupKind.propsSchema);
    expect(extended.propsSchemas[sg].parse(extended.defaultProps[sg])).toEqual({ ingressCidrs: ['10.0.0.0/16'] });
    expect(extended.defaultNames[sg]).toBe('sg');
    expect(extended.nameMaxLength[sg]).toBe(255);
    expect(extended.allowedParents[sg]).toEqual(['vpc']);
    expect(extended.parentRequired.has(sg)).toBe(true);
    expect(extended.typicalParent[sg]).toBe('vpc');
    expect(extended.defaultSizes[sg]).toEqual({ width: 180, height: 72 });
    expect(extended.connectionTypes).toContainEqual({ from: sg, to: 'workload', meaning: 'protects', drawnAs: 'traffic' });
    expect(extended.kindNames.en[sg]).toBe('Security group');
    expect(extended.kindNames.ja[sg]).toBe('セキュリティグループ');
    expect(extended.fieldLabels.ja[sg].ingressCidrs).toBe('インバウンドを許可する CIDR');
    expect(extended.io[sg].cost).toEqual({ none: 'security groups are free' });
  });

  it('leaves every existing kind as it was', () => {
    for (const kind of KIND_TABLES.kinds) {
      expect(extended.propsSchemas[kind]).toBe(KIND_TABLES.propsSchemas[kind]);
      expect(extended.allowedParents[kind]).toEqual(KIND_TABLES.allowedParents[kind]);
      expect(extended.defaultSizes[kind]).toEqual(KIND_TABLES.defaultSizes[kind]);
      expect(extended.kindNames.en[kind]).toBe(KIND_TABLES.kindNames.en[kind]);
    }
    expect(extended.connectionTypes.filter((c) => c.from !== 'security-group')).toEqual(KIND_TABLES.connectionTypes);
  });
});
