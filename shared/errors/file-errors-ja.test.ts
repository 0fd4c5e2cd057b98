/**
 * A broken design file and a broken cluster.yaml, each refused, then shown in Japanese: every word must be
 * Japanese apart from the paths, field names and values the message points at, the names of formats and
 * products (JSON, YAML, eksctl, EKS Sandbox) and "ID". English words from a parser or a schema fail here.
 */
import { describe, expect, it } from 'vitest';
import { baselineBuilder } from '../rules/test-support/builder.js';
import { parseDesignText, serializeDesign, toDocument } from '../model/document.js';
import { DesignFileError } from '../model/errors.js';
import { EksctlImportError, importEksctlYaml } from '../round-trip/index.js';
import { localizeError } from './localized.js';

// Names of formats and products, and "ID", which Japanese writes in Latin letters too.
const NAMES = ['EKS Sandbox', 'ClusterConfig', 'eksctl', 'JSON', 'YAML', 'ID'];

/** The Latin words left in `ja` once the allowed values and names are taken out. */
function latinWords(ja: string, allowed: readonly string[]): string[] {
  let rest = ja;
  for (const token of [...allowed, ...NAMES].sort((a, b) => b.length - a.length)) rest = rest.split(token).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

function refused<E>(kind: new (...args: never[]) => E, attempt: () => unknown): E {
  try {
    attempt();
  } catch (err) {
    expect(err).toBeInstanceOf(kind);
    return err as E;
  }
  throw new Error('expected a refusal');
}

function baseline(): { format: string; schemaVersion: number; design: Record<string, unknown> } {
  return JSON.parse(serializeDesign(toDocument(baselineBuilder().b.build()))) as never;
}

const designError = (text: string) => refused(DesignFileError, () => parseDesignText(text));

describe('design file errors in Japanese', () => {
  it('gives the line and column of a JSON syntax error in Japanese words', () => {
    const err = designError('{\n  "format": "eks-sandbox-design",,\n}');
    expect(err.message).toBe(`not valid JSON at line 2, column 34: expected a field name in double quotes, found ','`);
    const ja = localizeError(err, 'ja');
    expect(ja).toBe(`JSON として読めません: 2 行 34 列目: ダブルクォートで囲んだフィールド名が必要ですが、',' があります`);
    expect(latinWords(ja, [])).toEqual([]);
  });

  it('names a wrong type by its place, the expected and the found type', () => {
    const doc = baseline();
    doc.design['name'] = 42;
    const err = designError(JSON.stringify(doc, null, 2));
    expect(err.message).toMatch(/^line \d+: design\.name: expected string, found number$/);
    const ja = localizeError(err, 'ja');
    expect(ja).toMatch(/^設計ファイルに無効な値があります: \d+ 行目、design\.name: 文字列が必要ですが、数値があります$/);
    expect(latinWords(ja, ['design.name'])).toEqual([]);
  });

  it('says a file from a newer app needs an update', () => {
    const doc = baseline();
    doc.schemaVersion = 99;
    const ja = localizeError(designError(JSON.stringify(doc)), 'ja');
    expect(ja).toContain('スキーマバージョン 99');
    expect(ja).toContain('アプリを更新してください');
    expect(latinWords(ja, ['schemaVersion'])).toEqual([]);
  });

  it('names an unknown field and the part it is in', () => {
    const doc = baseline();
    const parts = doc.design['parts'] as { id: string; props: Record<string, unknown> }[];
    parts[0]!.props['cidrr'] = '10.0.0.0/16';
    const err = designError(JSON.stringify(doc, null, 2));
    const ja = localizeError(err, 'ja');
    expect(ja).toContain('不明なフィールド「cidrr」があります');
    expect(ja).toContain(`（パーツ「${parts[0]!.id}」）`);
    expect(latinWords(ja, [err.location!.path!, 'cidrr', parts[0]!.id])).toEqual([]);
  });

  it('names a structural problem (a part id used twice) in Japanese', () => {
    const doc = baseline();
    const parts = doc.design['parts'] as { id: string }[];
    parts[1]!.id = parts[0]!.id;
    const err = designError(JSON.stringify(doc, null, 2));
    expect(err.code).toBe('inconsistent');
    const ja = localizeError(err, 'ja');
    expect(ja).toContain(`パーツ ID「${parts[0]!.id}」が 2 回使われています`);
    expect(latinWords(ja, [err.location!.path!, parts[0]!.id])).toEqual([]);
  });

  it("keeps a schema's own English words in English and gives the coded reason in Japanese", () => {
    const doc = baseline();
    doc.design['suppressions'] = [{ ruleId: 'cluster.audit-logging', reason: '' }];
    const err = designError(JSON.stringify(doc, null, 2));
    expect(err.message).toMatch(/design\.suppressions\[0\]\.reason: must say why the rule is suppressed$/);
    const ja = localizeError(err, 'ja');
    expect(ja).toMatch(/design\.suppressions\[0\]\.reason: 条件を満たしていません: 1 文字以上にしてください$/);
    expect(latinWords(ja, [err.location!.path!])).toEqual([]);
  });

  // The schema's own checks (shared/model/custom-check.ts): coded texts, so no English word is left.
  it.each([
    [
      'a rule suppressed twice',
      (doc: ReturnType<typeof baseline>) => {
        doc.design['suppressions'] = [
          { ruleId: 'cluster.audit-logging', reason: 'a' },
          { ruleId: 'cluster.audit-logging', reason: 'b' },
        ];
      },
      '"cluster.audit-logging" is suppressed twice',
      'ルール「cluster.audit-logging」が 2 回抑制されています',
      ['cluster.audit-logging'],
    ],
    [
      'an expiry that is no real day',
      (doc: ReturnType<typeof baseline>) => {
        doc.design['suppressions'] = [{ ruleId: 'cluster.audit-logging', reason: 'a', expires: '2026-02-30' }];
      },
      'is not a real calendar day',
      '実在しない日付です',
      [],
    ],
    [
      'a policy ARN given twice',
      (doc: ReturnType<typeof baseline>) => {
        const parts = doc.design['parts'] as { kind: string; props: Record<string, unknown> }[];
        const arn = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
        parts.find((p) => p.kind === 'workload')!.props['iamPolicyArns'] = [arn, arn];
      },
      'each policy ARN once',
      '同じポリシー ARN は 1 回だけ指定してください',
      ['ARN'],
    ],
  ])('names %s in Japanese, through its coded text', (_what, breakIt, en, ja, values) => {
    const doc = baseline();
    breakIt(doc);
    const err = designError(JSON.stringify(doc, null, 2));
    expect(err.message).toMatch(
      new RegExp(`^line \\d+: ${err.location!.path!.replace(/[.[\]]/g, '\\$&')}: ${en}( \\(part "[^"]+"\\))?$`),
    );
    const text = localizeError(err, 'ja');
    expect(text).toMatch(new RegExp(`^設計ファイルに無効な値があります: \\d+ 行目、.*: ${ja}(（パーツ「[^」]+」）)?$`));
    expect(latinWords(text, [err.location!.path!, ...values, ...workloadIds(doc)])).toEqual([]);
  });
});

/** The workloads' ids, which a problem inside one names. */
function workloadIds(doc: ReturnType<typeof baseline>): string[] {
  return (doc.design['parts'] as { id: string; kind: string }[]).filter((p) => p.kind === 'workload').map((p) => p.id);
}

const HEAD =
  'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: c1\n  region: us-east-1\n  version: "1.34"\n';
const importError = (text: string) => refused(EksctlImportError, () => importEksctlYaml(text));

describe('eksctl import errors in Japanese', () => {
  it('says what kind of YAML syntax error, and on which line', () => {
    const err = importError(`${HEAD}managedNodeGroups:\n  - name: "a\n`);
    expect(err.message).toMatch(/not valid YAML/);
    const ja = localizeError(err, 'ja');
    expect(ja).toMatch(/^eksctl の ClusterConfig として読み込めません: \d+ 行目: YAML として正しくありません: /);
    expect(latinWords(ja, [])).toEqual([]);
  });

  it('refuses a Kubernetes object that is not a ClusterConfig', () => {
    const ja = localizeError(importError('apiVersion: v1\nkind: Pod\n'), 'ja');
    expect(latinWords(ja, ['apiVersion', 'kind', '"v1"', '"Pod"', 'eksctl.io/v1alpha5'])).toEqual([]);
  });

  it.each([
    ['a wrong type', `${HEAD}managedNodeGroups:\n  - name: a\n    desiredCapacity: "two"\n`, '整数でなければなりません', []],
    [
      'a misspelled field',
      `${HEAD}managedNodeGroups:\n  - name: a\n    instanceTyp: m5.large\n`,
      '不明なフィールド「instanceTyp」があります。「instanceType」の間違いではありませんか？',
      ['instanceTyp', 'instanceType'],
    ],
    [
      'a value outside the allowed ones',
      `${HEAD}vpc:\n  nat:\n    gateway: Sometimes\n`,
      '"HighlyAvailable"、"Single"、"Disable" のいずれかでなければなりません',
      ['"HighlyAvailable"', '"Single"', '"Disable"'],
    ],
    [
      'a version YAML reads as a number',
      'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: c1\n  region: us-east-1\n  version: 1.30\n',
      '文字列でなければなりませんが、YAML は 1.30 を数値として読みます。"1.30" のように引用符で囲んでください',
      ['"1.30"', '1.30'],
    ],
    [
      'a missing required field',
      `${HEAD}managedNodeGroups:\n  - instanceType: m5.large\n`,
      '必須フィールド「name」がありません',
      ['name'],
    ],
  ])('names %s by line and path in Japanese', (_what, yaml, reason, values) => {
    const err = importError(yaml);
    const ja = localizeError(err, 'ja');
    expect(err.line).toBeGreaterThan(0);
    expect(ja).toBe(`eksctl の ClusterConfig として読み込めません: ${err.line} 行目、${err.path}: ${reason}`);
    expect(latinWords(ja, [err.path, ...values])).toEqual([]);
  });
});
