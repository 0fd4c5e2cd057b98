import { describe, expect, it } from 'vitest';
import { baselineBuilder } from '../rules/test-support/builder.js';
import { DESIGN_FORMAT } from './design.js';
import { parseDesignText, serializeDesign, toDocument } from './document.js';
import { DesignFileError } from './errors.js';

function baselineText(): string {
  return serializeDesign(toDocument(baselineBuilder().b.build()));
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

describe('design documents', () => {
  it('save then load gives back the same document, and the same bytes', () => {
    const text = baselineText();
    const doc = parseDesignText(text);
    expect(doc.format).toBe(DESIGN_FORMAT);
    expect(serializeDesign(doc)).toBe(text);
  });

  it('reads a position of -0 as 0, so the open design equals what saving it writes', () => {
    const text = baselineText().replace(/"x": 0\b/, '"x": -0');
    expect(text).toContain('"x": -0');
    const doc = parseDesignText(text);
    expect(parseDesignText(serializeDesign(doc))).toEqual(doc);
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(parseDesignText(`\ufeff${baselineText()}`).design.name).toBe('baseline');
  });

  it('names the line and column of broken JSON', () => {
    const err = loadError('{\n  "format": "eks-sandbox-design",\n  "schemaVersion": 1,,\n}');
    expect(err.code).toBe('not-json');
    expect(err.message).toMatch(/line 3, column \d+/);
  });

  it('says an empty file is empty', () => {
    expect(loadError('   ').message).toBe('the file is empty');
  });

  it('refuses JSON that is not a design', () => {
    expect(loadError('[1,2]').code).toBe('not-a-design');
    expect(loadError('{"apiVersion":"eksctl.io/v1alpha5"}').message).toMatch(/"format" must be "eks-sandbox-design"/);
  });

  it('refuses a file from a newer app version', () => {
    const err = loadError(JSON.stringify({ format: DESIGN_FORMAT, schemaVersion: 99, design: {} }));
    expect(err.code).toBe('newer-version');
    expect(err.message).toMatch(/newer EKS Sandbox/);
  });

  it('points at the field, the part and the line of a wrong value', () => {
    const doc = JSON.parse(baselineText());
    const i = doc.design.parts.findIndex((p: { kind: string }) => p.kind === 'managed-node-group');
    doc.design.parts[i].props.minSize = 'three';
    const text = JSON.stringify(doc, null, 2);
    const err = loadError(text);
    expect(err.code).toBe('invalid');
    expect(err.message).toContain(`design.parts[${i}].props.minSize`);
    expect(err.message).toContain(`(part "${doc.design.parts[i].id}")`);
    const line = text.split('\n').findIndex((l) => l.includes('"three"')) + 1;
    expect(err.location?.line).toBe(line);
  });

  it('names unknown fields', () => {
    const doc = JSON.parse(baselineText());
    doc.design.parts[0].props.cidrr = '10.0.0.0/16';
    expect(loadError(JSON.stringify(doc)).message).toMatch(/unknown field "cidrr"/);
  });

  it('refuses __proto__ keys before they reach any object merge', () => {
    const text = baselineText().replace('"props": {', '"props": { "__proto__": { "polluted": true },');
    const err = loadError(text);
    expect(err.message).toMatch(/"__proto__" is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses absurdly deep nesting without a stack overflow', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(loadError(deep).code).toMatch(/not-a-design|not-json/);
  });

  it('refuses a design whose parts are inconsistent', () => {
    const doc = JSON.parse(baselineText());
    doc.design.parts[1].parentId = 'nowhere';
    expect(loadError(JSON.stringify(doc)).message).toMatch(/inside "nowhere", which does not exist/);
  });
});
