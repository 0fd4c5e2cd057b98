import { describe, expect, it } from 'vitest';
import { PART_KINDS, PROPS_SCHEMAS, workloadPropsSchema } from '../../../shared/model/parts.js';
import { areasEn, areasJa } from '../../i18n/areas/index.js';
import { allFields, fieldAt, fieldsOf } from '../schema-fields.js';
import { labelKey, messageFor, optionKey, optionText } from './field-text.js';

/** The text at a dotted i18n key in one language's area texts. */
function textAt(resources: object, key: string): unknown {
  // Kind names contain dashes but no dots, so splitting on dots is exact here.
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources);
}

describe('inspector field texts', () => {
  it('has an English and a Japanese label for every field the inspector shows, in every kind', () => {
    const missing: string[] = [];
    for (const kind of PART_KINDS) {
      for (const field of allFields(fieldsOf(PROPS_SCHEMAS[kind]))) {
        const key = labelKey(kind, field.key);
        for (const [lang, res] of [
          ['en', areasEn],
          ['ja', areasJa],
        ] as const) {
          const text = key && textAt(res, key);
          if (typeof text !== 'string' || text.trim() === '') missing.push(`${lang} ${kind}.${field.key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('shows no internal field (extra, eksctlOrigin)', () => {
    const keys = PART_KINDS.flatMap((kind) => allFields(fieldsOf(PROPS_SCHEMAS[kind])).map((f) => f.key));
    expect(keys).not.toContain('extra');
    expect(keys).not.toContain('eksctlOrigin');
    expect(keys).not.toContain('source');
    expect(keys).not.toContain('baseline');
  });

  it("labels a field from its kind's module, and fields of shared structures (add-ons, taints) from the common table", () => {
    expect(labelKey('workload', 'labels')).toBe('inspectorFields.kindLabels.workload.labels');
    expect(textAt(areasEn, labelKey('workload', 'labels')!)).toBe('Pod labels');
    expect(textAt(areasEn, labelKey('managed-node-group', 'labels')!)).toBe('Node labels');
    expect(labelKey('managed-node-group', 'desiredCapacity')).toBe(
      'inspectorFields.kindLabels.managed-node-group.desiredCapacity',
    );
    expect(textAt(areasJa, labelKey('managed-node-group', 'desiredCapacity')!)).toBe('希望サイズ（ノード数）');
    expect(labelKey('cluster', 'ebsCsiDriver')).toBe('inspectorFields.labels.ebsCsiDriver');
    expect(labelKey('managed-node-group', 'effect')).toBe('inspectorFields.labels.effect');
  });

  it('glosses every enum value of every part kind, in English and Japanese', () => {
    const missing: string[] = [];
    for (const kind of PART_KINDS) {
      for (const field of allFields(fieldsOf(PROPS_SCHEMAS[kind]))) {
        const options = field.type === 'enum' || field.type === 'list' ? (field.options ?? []) : [];
        for (const value of options) {
          const key = optionKey(field.key, value);
          for (const [lang, res] of [
            ['en', areasEn],
            ['ja', areasJa],
          ] as const) {
            const text = key && textAt(res, key);
            if (typeof text !== 'string' || text.trim() === '') missing.push(`${lang} ${kind}.${field.key}=${value}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
    expect(optionKey('capacityType', 'SPOT')).toBe('inspectorFields.options.capacityType.SPOT');
    expect(optionKey('capacityType', 'RESERVED')).toBeUndefined();
  });

  it('shows the AWS value beside its gloss, with the brackets of the language', () => {
    for (const [lang, res, spot, ha] of [
      ['en', areasEn, 'Spot (SPOT)', 'One per AZ (HighlyAvailable)'],
      ['ja', areasJa, 'スポット（SPOT）', 'AZ ごとに 1 つ（HighlyAvailable）'],
    ] as const) {
      const t = (key: string, params?: Record<string, string>) =>
        String(textAt(res, key)).replace(/\{\{(\w+)\}\}/g, (_, name: string) => params?.[name] ?? '');
      expect(optionText(t, 'capacityType', 'SPOT'), lang).toBe(spot);
      expect(optionText(t, 'natGateway', 'HighlyAvailable'), lang).toBe(ha);
      expect(optionText(t, 'capacityType', 'RESERVED'), lang).toBe('RESERVED');
    }
  });

  it('turns a refused value into what to enter, with the bounds of the field', () => {
    const fields = fieldsOf(workloadPropsSchema);
    const min = fieldAt(fields, ['hpa', 'minReplicas']);
    expect(messageFor(min, { code: 'too_small', minimum: 1, origin: 'number' })).toEqual({
      key: 'inspectorFields.messages.wholeNumberMin',
      params: { min: 1 },
    });
    expect(messageFor(fieldAt(fields, ['hpa', 'targetCpuPercent']), { code: 'invalid_type' })).toEqual({
      key: 'inspectorFields.messages.wholeNumberRange',
      params: { min: 1, max: 100 },
    });
    expect(messageFor(fieldAt(fields, ['port']), { code: 'too_big' }).params).toEqual({ min: 0, max: 65535 });
    const ng = fieldsOf(PROPS_SCHEMAS['managed-node-group']);
    expect(messageFor(fieldAt(ng, ['instanceTypes']), { code: 'too_small', minimum: 1, origin: 'array' })).toEqual({
      key: 'inspectorFields.messages.chooseAtLeast',
      params: { min: 1 },
    });
    expect(messageFor(fieldAt(ng, ['taints', 0, 'effect']), { code: 'invalid_value' }).key).toBe(
      'inspectorFields.messages.chooseOption',
    );
    const alb = fieldsOf(PROPS_SCHEMAS.alb);
    expect(messageFor(fieldAt(alb, ['assumedCapacityUnits']), { code: 'too_small' })).toEqual({
      key: 'inspectorFields.messages.numberMin',
      params: { min: 0 },
    });
  });

  it('has every message in both languages', () => {
    for (const key of Object.keys(areasEn.inspectorFields.messages)) {
      expect(textAt(areasJa, `inspectorFields.messages.${key}`), key).toMatch(/./);
    }
  });
});
