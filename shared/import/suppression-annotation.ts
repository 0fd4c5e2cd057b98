/**
 * Reads the design's suppressions back from cluster.yaml's `metadata.annotations` (the format is in
 * shared/eksctl/suppression-annotation.ts) and puts each on the part it names. The annotation is untrusted
 * text: a value that is no JSON list, an entry that is malformed or names a part the file does not have, is
 * a warning saying where and why, and the rest of the import goes on. The annotation is taken out of the
 * imported config, so it is not also carried through as an unmodelled field and written twice.
 */
import {
  MAX_SUPPRESSION_ENTRIES,
  SUPPRESSIONS_ANNOTATION,
  suppressionEntrySchema,
  type SuppressionEntry,
} from '../eksctl/suppression-annotation.js';
import { errorText, type ErrorText } from '../errors/localized.js';
import { typeNames, typeOfValue } from '../errors/type-names.js';
import type { Design } from '../model/design.js';
import { findJsonSyntaxProblem } from '../model/json-locate.js';
import type { Part } from '../model/parts.js';
import { MAX_SUPPRESSIONS_PER_OWNER, type Suppression } from '../model/suppressions.js';
import { zodIssueText } from '../model/zod-issue-text.js';
import { formatPath, type PathSegment } from '../util/locate.js';
import { valueAtPath } from '../util/value-at-path.js';
import { isObj, type Obj } from './values.js';

/** Where the annotation is in a ClusterConfig. */
export const ANNOTATION_PATH: readonly PathSegment[] = ['metadata', 'annotations', SUPPRESSIONS_ANNOTATION];

/** Something of the file the import could not take over (the rest was imported). */
export interface ImportWarning {
  /** 1-based line in the YAML, when the import read text. */
  line?: number;
  /** The config path, as import errors print it. */
  path: string;
  /** Where and why, whole: `line 8, metadata.annotations["…"]: entry 3 suppresses …` (an `import-reason.*` text). */
  text: ErrorText;
}

/**
 * Removes the annotation from `config` (in place; an annotations map left empty goes too) and returns its
 * value, or undefined when the file has none. eksctl's schema already made it a string.
 */
export function takeSuppressionAnnotation(config: Obj): string | undefined {
  const metadata = config['metadata'];
  if (!isObj(metadata) || !isObj(metadata['annotations'])) return undefined;
  const annotations = metadata['annotations'];
  if (!Object.hasOwn(annotations, SUPPRESSIONS_ANNOTATION)) return undefined;
  const value = annotations[SUPPRESSIONS_ANNOTATION];
  delete annotations[SUPPRESSIONS_ANNOTATION];
  if (Object.keys(annotations).length === 0) delete metadata['annotations'];
  return typeof value === 'string' ? value : undefined;
}

interface Numbered<T> {
  /** The entry's number, from 1 (0: the annotation as a whole). */
  n: number;
  value: T;
}

/** The entries of the annotation, each checked; what cannot be read becomes a reason. */
function readEntries(text: string): { entries: Numbered<SuppressionEntry>[]; reasons: Numbered<ErrorText>[] } {
  const whole = (reason: ErrorText) => ({ entries: [], reasons: [{ n: 0, value: reason }] });
  const problem = findJsonSyntaxProblem(text);
  if (problem)
    return whole(errorText('import-reason.suppressions-not-json', { at: problem.offset + 1, problem: problem.reason }));
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) {
    const found = [typeOfValue(value)];
    return whole(
      errorText('import-reason.suppressions-not-list', { found: typeNames(found, 'en'), foundJa: typeNames(found, 'ja') }),
    );
  }
  const entries: Numbered<SuppressionEntry>[] = [];
  const reasons: Numbered<ErrorText>[] = [];
  // More than the export writes (a hand-edited file): the first ones are read, the rest said to be left out.
  if (value.length > MAX_SUPPRESSION_ENTRIES)
    reasons.push({
      n: 0,
      value: errorText('import-reason.suppressions-too-many', {
        count: value.length,
        max: MAX_SUPPRESSION_ENTRIES,
        left: value.length - MAX_SUPPRESSION_ENTRIES,
      }),
    });
  value.slice(0, MAX_SUPPRESSION_ENTRIES).forEach((raw, i) => {
    const parsed = suppressionEntrySchema.safeParse(raw);
    if (parsed.success) {
      entries.push({ n: i + 1, value: parsed.data });
      return;
    }
    const issue = parsed.error.issues[0]!;
    const found = valueAtPath(raw, issue.path);
    const path = issue.path.length === 0 ? '(top level)' : formatPath(issue.path as PathSegment[]);
    reasons.push({
      n: i + 1,
      value: errorText('import-reason.suppression-invalid', { n: i + 1, path, detail: zodIssueText(issue, found) }),
    });
  });
  return { entries, reasons };
}

/** The part an entry names among the imported design's parts, or undefined. */
function partOf(parts: readonly Part[], entry: SuppressionEntry): Part | undefined {
  const { kind, name } = entry;
  switch (kind) {
    case 'design':
      return undefined;
    case 'cluster':
    case 'vpc':
    case 'on-prem-network':
      // One per imported file: the name (the cluster's) only helps a reader.
      return parts.find((p) => p.kind === kind);
    case 'workload':
      return parts.find((p) => p.kind === 'workload' && `${p.props.namespace}/${p.name}` === name);
    case 'subnet': {
      // The exporter keys a subnet by its zone, or by its name when it shares the zone (map-network.ts); the
      // importer names a subnet by its alias key, or by its access and zone (import-eksctl.ts subnetName).
      const candidates = parts.filter(
        (p) => p.kind === 'subnet' && (entry.access === undefined || p.props.access === entry.access),
      );
      const byName = candidates.filter((p) => p.name === name);
      if (byName.length > 0) return byName.length === 1 ? byName[0] : undefined;
      const byZone = candidates.filter((p) => p.kind === 'subnet' && p.props.availabilityZone === name);
      return byZone.length === 1 ? byZone[0] : undefined;
    }
    default:
      return parts.find((p) => p.kind === kind && p.name === name);
  }
}

/** How a warning names the part an entry is for. */
function partText(entry: SuppressionEntry): ErrorText {
  if (entry.kind === 'design') return errorText('suppression-part.design');
  const name = entry.name ?? '';
  if (entry.kind === 'subnet' && entry.access !== undefined)
    return errorText('suppression-part.subnet', {
      access: entry.access,
      accessJa: entry.access === 'public' ? 'パブリック' : 'プライベート',
      name,
    });
  return entry.name === undefined
    ? errorText('suppression-part.only', { kind: entry.kind })
    : errorText('suppression-part.named', { kind: entry.kind, name });
}

/**
 * `design` with the annotation's suppressions on the parts they name (a new design; `design` is not
 * changed), and a warning for each entry that could not be placed.
 */
export function attachSuppressions(
  design: Design,
  annotation: string,
  /** The annotation's line in the YAML, when known. */
  line: number | undefined,
): { design: Design; warnings: ImportWarning[] } {
  const path = formatPath(ANNOTATION_PATH);
  const where = line === undefined ? errorText('where.path', { path }) : errorText('where.line-and-path', { line, path });
  const warn = (reason: ErrorText): ImportWarning => ({
    ...(line !== undefined ? { line } : {}),
    path,
    text: { id: reason.id, params: { ...reason.params, where } },
  });
  const { entries, reasons } = readEntries(annotation);
  const byOwner = new Map<Part | 'design', Suppression[]>();
  const skipped = [...reasons];
  for (const { n, value: entry } of entries) {
    const owner = entry.kind === 'design' ? 'design' : partOf(design.parts, entry);
    const part = partText(entry);
    if (owner === undefined) {
      skipped.push({ n, value: errorText('import-reason.suppression-no-part', { n, ruleId: entry.ruleId, part }) });
      continue;
    }
    const list = byOwner.get(owner) ?? [];
    if (list.some((s) => s.ruleId === entry.ruleId)) {
      skipped.push({ n, value: errorText('import-reason.suppression-twice', { n, ruleId: entry.ruleId, part }) });
      continue;
    }
    if (list.length >= MAX_SUPPRESSIONS_PER_OWNER) {
      skipped.push({ n, value: errorText('import-reason.suppression-full', { n, part, max: MAX_SUPPRESSIONS_PER_OWNER }) });
      continue;
    }
    list.push({
      ruleId: entry.ruleId,
      reason: entry.reason,
      ...(entry.expires !== undefined ? { expires: entry.expires } : {}),
    });
    byOwner.set(owner, list);
  }
  const designList = byOwner.get('design');
  const out: Design = {
    ...design,
    parts: design.parts.map((p) => {
      const list = byOwner.get(p);
      return list ? { ...p, suppressions: list } : p;
    }),
    ...(designList ? { suppressions: designList } : {}),
  };
  // In entry order, as the file lists them (sort is stable).
  const warnings = skipped.sort((a, b) => a.n - b.n).map((s) => warn(s.value));
  return { design: out, warnings };
}
