import { afterEach, describe, expect, it, vi } from 'vitest';
import * as engine from '../../shared/rules/engine.js';
import { exportEksctlYaml } from '../../shared/export/index.js';
import { loadTemplate, TEMPLATES } from '../../templates/index.js';
import { DesignBuilder } from '../../shared/rules/test-support/builder.js';
import { designYaml } from './yaml.js';

vi.mock('../../shared/rules/engine.js', { spy: true });

describe('designYaml', () => {
  afterEach(() => {
    vi.mocked(engine.checkDesign).mockClear();
    vi.mocked(engine.validateDesign).mockClear();
  });

  it.each(TEMPLATES.map((t) => t.id))('gives the exporter’s bytes for %s without running the rules', (id) => {
    const design = loadTemplate(id).design;
    const expected = exportEksctlYaml(design, { force: true }).yaml;
    // The spy sees the exporter's own validation (checkDesign, which applies suppressions), so its silence
    // below means something.
    expect(engine.checkDesign).toHaveBeenCalled();
    vi.mocked(engine.checkDesign).mockClear();
    expect(designYaml(design)).toEqual({ ok: true, yaml: expected });
    expect(engine.checkDesign).not.toHaveBeenCalled();
    expect(engine.validateDesign).not.toHaveBeenCalled();
  });

  it('writes its comments in the language asked for, as export --lang does', () => {
    const design = loadTemplate('microservices').design;
    const ja = designYaml(design, undefined, 'ja');
    expect(ja).toEqual({ ok: true, yaml: exportEksctlYaml(design, { force: true, lang: 'ja' }).yaml });
    expect(ja.ok && ja.yaml).toContain('がエクスポート');
    expect(ja.ok && ja.yaml).not.toBe(exportEksctlYaml(design, { force: true }).yaml);
  });

  it('says why when there is nothing to export', () => {
    const out = designYaml({ name: 'x', description: '', parts: [], connections: [] });
    expect(out.ok).toBe(false);
    expect(!out.ok && out.message).toMatch(/no EKS cluster/);
  });

  it('gives the chosen cluster of several', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.cluster(vpc, {}, 'blue');
    const green = b.cluster(vpc, {}, 'green');
    const design = b.build();
    expect(designYaml(design).ok).toBe(false);
    const out = designYaml(design, green.id);
    expect(out.ok && out.yaml).toMatch(/name: green\n/);
  });
});
