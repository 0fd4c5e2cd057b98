import { describe, expect, it } from 'vitest';
import { addPart, connect } from '../editor/commands.js';
import { EditError } from '../editor/errors.js';
import { ExportError } from '../export/errors.js';
import { selectCluster } from '../export/cluster-config.js';
import { DesignIndex } from '../model/design-index.js';
import { parseDesignText } from '../model/document.js';
import { DesignFileError } from '../model/errors.js';
import { DesignBuilder } from '../rules/test-support/builder.js';
import { article, localizeError } from './localized.js';
import fileTexts from './texts-files.json' with { type: 'json' };
import { ERROR_TEXTS } from './texts.js';
import frameTexts from './texts.json' with { type: 'json' };

const placeholders = (t: string) => [...t.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

describe('error texts', () => {
  it('have English and Japanese with the same placeholders, apart from a per-language parameter', () => {
    const problems = Object.entries(ERROR_TEXTS).flatMap(([id, t]) => {
      // A per-language parameter (`listJa`, `ownerEn`/`ownerJa`) stands for the same value as its plain name.
      const en = placeholders(t.en)
        .filter((p) => !['article', 'parentArticle', 'toArticle', 'noun', 'lines'].includes(p))
        .map((p) => p.replace(/En$/, ''))
        .sort();
      const ja = placeholders(t.ja)
        .filter((p) => p !== 'linesJa')
        .map((p) => p.replace(/Ja$/, ''))
        .sort();
      return JSON.stringify(en) === JSON.stringify([...new Set(ja)].sort()) ? [] : [`${id}: en ${en} ja ${ja}`];
    });
    expect(problems).toEqual([]);
    for (const t of Object.values(ERROR_TEXTS)) expect(t.ja).toMatch(/[぀-ヿ一-鿿]/);
  });

  // ERROR_TEXTS spreads the two JSON tables into one: an id in both would silently take the second's words.
  it('come from two tables that share no id', () => {
    expect(Object.keys(frameTexts).filter((id) => Object.hasOwn(fileTexts, id))).toEqual([]);
    expect(Object.keys(ERROR_TEXTS).length).toBe(Object.keys(frameTexts).length + Object.keys(fileTexts).length);
  });

  it('puts "an" before vowels and letter-by-letter initialisms', () => {
    expect(['alb', 'ecr', 'on-prem-network', 'nlb', 'EKS cluster', 'vpc', 'workload'].map(article)).toEqual([
      'an',
      'an',
      'an',
      'an',
      'an',
      'a',
      'a',
    ]);
  });
});

describe('localizeError', () => {
  const b = new DesignBuilder();
  const vpc = b.vpc();
  const cluster = b.cluster(vpc);
  const design = b.build();

  it('renders an edit refusal in English (its message) and Japanese, with the right article', () => {
    const err = thrown(() => connect(design, vpc.id, cluster.id));
    expect(err).toBeInstanceOf(EditError);
    expect((err as EditError).message).toBe('a vpc cannot be connected to a cluster');
    expect(localizeError(err, 'en')).toBe('a vpc cannot be connected to a cluster');
    expect(localizeError(err, 'ja')).toBe('vpc を cluster に接続することはできません');
    expect((thrown(() => addPart(design, 'ecr', { parentId: vpc.id })) as Error).message).toBe(
      'an ecr cannot be placed inside a vpc',
    );
    expect(
      localizeError(
        thrown(() => addPart(design, 'alb', { parentId: cluster.id })),
        'ja',
      ),
    ).toBe('alb は cluster の中に置けません');
  });

  it('renders export errors by code', () => {
    const err = thrown(() => selectCluster(new DesignIndex({ ...design, parts: [] })));
    expect(err).toBeInstanceOf(ExportError);
    expect((err as ExportError).code).toBe('no-cluster');
    expect(localizeError(err, 'ja')).toContain('EKS クラスターがない');
    const two = new DesignBuilder();
    two.cluster(undefined);
    two.cluster(undefined);
    const several = thrown(() => selectCluster(new DesignIndex(two.build())));
    expect((several as ExportError).code).toBe('several-clusters');
    expect((several as ExportError).message).toMatch(/^The design has 2 clusters \(/);
    expect(localizeError(several, 'ja')).toMatch(/^設計には 2 個のクラスター（[^、（]+ \([^)]+\)、[^、]+）があります。/);
  });

  it('frames a design-file problem in Japanese and keeps its place and reason', () => {
    const err = thrown(() => parseDesignText('{"format": 1'));
    expect(err).toBeInstanceOf(DesignFileError);
    expect(localizeError(err, 'en')).toBe((err as Error).message);
    expect(localizeError(err, 'ja')).toBe(
      'JSON として読めません: 1 行 13 列目: ファイルが途中で終わっています（切れている可能性があります）',
    );
  });

  it('falls back to the message of an error without a text', () => {
    expect(localizeError(new Error('disk full'), 'ja')).toBe('disk full');
    expect(localizeError('plain', 'en')).toBe('plain');
  });
});
