/**
 * Everything a Japanese user reads is Japanese: a walk through the app in Japanese (start screen, a template,
 * each panel, the inspector of every part kind, the rules reference, learning mode, compare view, export
 * dialogs) with the CJK fonts installed, collecting what is visible (the document's innerText, which
 * includes the options of selects) and what is read out or shown on hover (title, aria-label, placeholder,
 * alt). It fails on any English word that is not an AWS or Kubernetes name, an identifier (ids, part names,
 * CIDRs, URLs, instance types) or a value of the design itself, naming the step and the words around it.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addPart } from '../shared/editor/commands.js';
import type { Design } from '../shared/model/design.js';
import { PART_KINDS, type PartKind } from '../shared/model/parts.js';
import { TEMPLATES, loadTemplate } from '../templates/index.js';
import type { AppPage } from './support/app-page.js';
import { useApp } from './support/fixture.js';

const ctx = useApp({ width: 1280, height: 720 });
const OUT = 'test-results/screenshots';
beforeAll(() => mkdir(OUT, { recursive: true }));

/**
 * Names a Japanese text keeps in Latin letters: AWS services and their parts, Kubernetes objects and
 * tools, as AWS Japan and the Kubernetes documentation write them (glossary-ja.md), plus units.
 */
const NAMES = new Set(
  `Amazon AWS EKS EC2 ECR VPC NAT AZ IAM IRSA KMS ARN ALB NLB API HTTP HTTPS REST DNS CIDR IP IPv4 IPv6 ID TLS SSH
  CPU GPU vCPU GiB MiB GB MB TB LCU NLCU USD CSV PNG SVG YAML JSON OIDC ACM SSM IMDSv1 IMDSv2 EBS EFS S3 CNI AMI OS PDB HPA
  Fargate Karpenter Kubernetes Pod Pods Deployment StatefulSet DaemonSet Job CronJob Service Ingress ConfigMap
  Namespace ServiceAccount NodePool EC2NodeClass HorizontalPodAutoscaler PodDisruptionBudget
  ClusterIP NodePort LoadBalancer NoSchedule PreferNoSchedule NoExecute
  Cloud Map Gateway Load Balancer Controller Direct Connect Site VPN Transit Route Hybrid Nodes
  Bottlerocket Ubuntu Pro Windows Server Core Linux Full Amazon Cilium Calico Metrics ExternalDNS CoreDNS
  Cluster Autoscaler Identity Agent Observability CloudWatch Systems Manager Roles Anywhere CSI Driver
  kube-proxy aws-auth eksctl kubectl helm envsubst Helm ClusterConfig
  Sandbox Spot On-Demand Graviton NVIDIA Inferentia Trainium Arm x86 arm64 x86_64
  Apache-2.0 MIT
  Ctrl Shift Alt Cmd Enter Escape Esc Tab Delete Space
  Web Auto Mode Outposts Outpost Flux Argo CD Center Pending Running Ready checkov kube-linter true false Mac macOS
  Logs Quotas Session Operator Neuron Scaling Classic Application Horizontal Security Standards Webhook Lambda
  Single HighlyAvailable Disable Mbps Gbps readiness gate nodegroup flux bootstrap Wavelength Replace Reboot Public Price List CloudFormation Bitbucket Go Dex Elastic Fabric Adapter Nitro Enclaves System Shield Marketplace`.split(
    /\s+/,
  ),
);

/** A token that is an identifier or a value, not a word: ids, names with digits or separators, camelCase, CONSTANTS. */
function isIdentifier(token: string): boolean {
  return /[\d._/:@=#$%{}<>[\]-]/.test(token) || /[a-z][A-Z]/.test(token) || /^[A-Z][A-Z0-9_]+$/.test(token) || token.length === 1;
}

/**
 * The English words of a line of Japanese UI that are neither names, identifiers nor the design's values.
 * Left out first: URLs, message parameters ({{cluster}}), and what is quoted or glossed in Latin letters only
 * (「invalid CIDR address」 quotes eksctl's own error, 「高可用性（HighlyAvailable）」 shows the AWS value).
 * Then, in each run of Latin text between Japanese, a word is English when it is capitalised (a sentence,
 * a label) or stands with other such words (a phrase); a lone lower-case word is a field name, a value or a
 * command (name, true, sts, logs), written as AWS and eksctl write it.
 */
function englishWords(text: string, values: ReadonlySet<string>): string[] {
  const cleaned = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\{\{\w+\}\}|<\w+>/g, ' ')
    .replace(/「[\x20-\x7e]*」|『[\x20-\x7e]*』|“[\x20-\x7e]*”|"[\x20-\x7e]*"/g, ' ')
    // A value or setting beside its gloss: up to three words, not a sentence in brackets.
    .replace(/（[\x21-\x7e]+(?: [\x21-\x7e]+){0,2}）|\([\x21-\x7e]+(?: [\x21-\x7e]+){0,2}\)/g, ' ')
    .replace(/[a-z0-9-]+\.[a-z0-9.-]+/gi, ' ') // rule ids, file names, instance types
    .replace(/v?\d+(\.\d+)+/g, ' ');
  const found: string[] = [];
  for (const run of cleaned.split(/[^\x20-\x7e]+/)) {
    const tokens = run.match(/[A-Za-z][A-Za-z0-9_.:/@'’-]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];
    const words = tokens.filter((w) => !NAMES.has(w) && !values.has(w) && !values.has(w.toLowerCase()) && !isIdentifier(w));
    const phrase = words.length >= 2;
    found.push(...words.filter((w) => phrase || /^[A-Z]/.test(w)));
  }
  return found;
}

/**
 * What the user can read now: the text of every visible element (and the options of visible selects), and
 * the title/aria-label/placeholder/alt attributes. Left out: what is marked as English (`lang="en"`: the
 * language switch names English in English) and files shown as they are written (`pre`, `code`: cluster.yaml,
 * manifests, rule ids).
 */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = (el: Element | null) => !el || el.closest('[lang="en"], pre, code') !== null;
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (skip(el) || !el!.checkVisibility({ visibilityProperty: true })) continue;
      if (el!.closest('select')) continue;
      texts.push(node.textContent ?? '');
    }
    for (const select of document.querySelectorAll('select'))
      if (!skip(select) && select.checkVisibility()) for (const o of select.options) texts.push(o.text);
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
      if (skip(el) || !el.checkVisibility({ visibilityProperty: true })) continue;
      for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
        const v = el.getAttribute(attr);
        if (v) texts.push(v);
      }
    }
    return texts.flatMap((t) => t.split('\n')).filter((t) => t.trim() !== '');
  });
}

/** Words the user typed or the design holds: part names and ids, string props, namespaces, labels. */
function designValues(design: Design): Set<string> {
  const values = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const w of v.split(/[\s/,.:()=-]+/)) if (w) values.add(w).add(w.toLowerCase());
    } else if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) add([k, x]);
  };
  add(design.name);
  for (const p of design.parts) add([p.id, p.name, p.props]);
  for (const c of design.connections) add(c.label ?? '');
  return values;
}

class Walk {
  readonly found: string[] = [];
  constructor(
    readonly app: AppPage,
    readonly values: Set<string>,
  ) {}

  async check(step: string): Promise<void> {
    for (const line of await visibleTexts(this.app.page)) {
      const words = englishWords(line, this.values);
      if (words.length > 0) this.found.push(`${step}: ${[...new Set(words)].join(' ')}  «${line.slice(0, 140)}»`);
    }
  }

  addDesign(design: Design): void {
    for (const v of designValues(design)) this.values.add(v);
  }

  result(): string[] {
    return [...new Set(this.found)];
  }
}

/**
 * Every part kind in one design: the microservices template plus, right of it, a second VPC and cluster
 * holding the kinds no template has (self-managed node group, Fargate profile, NLB), an API Gateway and an
 * on-premises network. Out of place as a design, so the problems panel has findings to read too.
 */
function everyKind(): Design {
  let design = loadTemplate('microservices').design;
  const right = Math.max(...design.parts.filter((p) => !p.parentId).map((p) => p.position.x + (p.size?.width ?? 300))) + 120;
  const add = (
    kind: PartKind,
    position: { x: number; y: number },
    parentId?: string,
    size?: { width: number; height: number },
  ) => {
    const added = addPart(design, kind, { position, ...(parentId ? { parentId } : {}) });
    design = size
      ? { ...added.design, parts: added.design.parts.map((p) => (p.id === added.id ? { ...p, size } : p)) }
      : added.design;
    return added.id;
  };
  const vpc = add('vpc', { x: right, y: 40 }, undefined, { width: 1000, height: 760 });
  const cluster = add('cluster', { x: 40, y: 60 }, vpc, { width: 900, height: 360 });
  add('self-managed-node-group', { x: 40, y: 80 }, cluster, { width: 380, height: 220 });
  add('fargate-profile', { x: 480, y: 80 }, cluster, { width: 380, height: 220 });
  add('nlb', { x: 40, y: 480 }, vpc);
  add('api-gateway', { x: right, y: 900 });
  add('on-prem-network', { x: right + 500, y: 900 });
  // The template's notes are English in the file (Japanese ones come with opening the template in Japanese).
  return { ...design, parts: design.parts.map(({ note: _note, ...p }) => p as Design['parts'][number]) };
}

async function openCommand(app: AppPage, id: string): Promise<void> {
  await app.runCommand(id);
}

async function closeDialog(app: AppPage, testId: string): Promise<void> {
  await app.press('Escape');
  await app.testId(testId).waitFor({ state: 'detached' });
}

describe('the app in Japanese', () => {
  it('shows no English but AWS and Kubernetes names: start screen, template, panels, inspectors, rules, learning, exports', async () => {
    const { app } = ctx();
    const walk = new Walk(app, new Set());
    await app.runCommand('view.language');
    await app.testId('template-microservices').waitFor();
    await walk.check('start screen');

    // The template's own values (names, namespaces), not its English title: it opens with the Japanese one.
    const template = loadTemplate('microservices').design;
    walk.addDesign({ ...template, name: '' });
    await app.openTemplate('microservices');
    await expect(app.testId('doc-title').textContent()).resolves.toContain(TEMPLATES[0]!.title.ja);
    await walk.check('editor with the microservices template');
    await app.selectPart('ng-backend');
    await app.page.screenshot({ path: `${OUT}/japanese-ui-part.png` });
    await walk.check('inspector of a node group');

    // The inspector of every part kind, in one design holding them all (with its findings in the problems panel).
    const design = everyKind();
    walk.addDesign(design);
    // Room for every part at a zoom where cards are drawn in full (the screenshots above are at 1280x720).
    await app.page.setViewportSize({ width: 1920, height: 1200 });
    await app.dropFile('every-kind.eksdesign', JSON.stringify({ format: 'eks-sandbox-design', schemaVersion: 2, design }));
    await app.testId('problems').waitFor();
    await walk.check('problems of a design with every kind');
    const kinds = new Set<string>();
    for (const part of design.parts) {
      if (kinds.has(part.kind)) continue;
      kinds.add(part.kind);
      await app.selectPart(part.id);
      await walk.check(`inspector of ${part.kind}`);
    }
    expect([...kinds].sort()).toEqual([...PART_KINDS].sort());

    // Export cluster.yaml with errors asks first, listing them.
    await openCommand(app, 'file.exportYaml');
    await app.testId('export-yaml').waitFor();
    await walk.check('export confirmation');
    await closeDialog(app, 'export-yaml');

    await openCommand(app, 'file.exportPng');
    await app.testId('image-export').waitFor();
    await walk.check('image export dialog');
    await closeDialog(app, 'image-export');

    await openCommand(app, 'file.exportBundle');
    await app.testId('export-yaml').waitFor();
    await walk.check('bundle export confirmation');
    await closeDialog(app, 'export-yaml');

    await app.page.setViewportSize({ width: 1280, height: 720 });
    await openCommand(app, 'help.rulesReference');
    await app.testId('rules-reference').waitFor();
    await app.testId('rules-search').fill('エラー');
    await app.page.screenshot({ path: `${OUT}/japanese-ui-rules.png` });
    await app.testId('rules-search').fill('');
    await walk.check('rules reference');
    await closeDialog(app, 'rules-reference');

    await openCommand(app, 'help.about');
    await app.testId('about').waitFor();
    await walk.check('about');
    await closeDialog(app, 'about');

    // Learning mode: the Learn panel for a part and for a finding, then Help > Learn EKS with a question answered.
    await openCommand(app, 'view.toggleLearningMode');
    await app.testId('learn-panel').waitFor();
    await app.selectPart(design.parts.find((p) => p.kind === 'fargate-profile')!.id);
    await walk.check('learn panel (part)');
    await app.problems().first().locator('[data-testid="problem-show"]').click();
    await walk.check('learn panel (finding)');
    await openCommand(app, 'help.learn');
    await app.testId('learn-dialog').waitFor();
    await walk.check('learn dialog');
    await app.testId('learn-nav-pattern-microservices').click();
    const question = app.page.locator('[data-testid^="learn-question-"]').first();
    await question.locator('input[type="radio"]').first().check();
    await question.locator('[data-testid^="learn-check-"]').click();
    await walk.check('learn dialog (pattern page, answered)');
    await closeDialog(app, 'learn-dialog');

    expect(walk.result()).toEqual([]);
  });

  // waits for h/cli cost texts: the cost panel's cost lines and the compare panel's cost rows come from
  // shared/cost, which helper "cli" is translating; nothing of theirs is allowlisted here.
  it('shows no English in the cost panel and the compare view', async () => {
    const { app } = ctx();
    const walk = new Walk(app, new Set());
    await app.runCommand('view.language');
    const template = loadTemplate('web-application').design;
    walk.addDesign(template);
    await app.openTemplate('web-application');
    await openCommand(app, 'view.toggleCost');
    await app.testId('cost-panel').waitFor();
    await walk.check('cost panel');

    await app.selectPart('ng-web');
    const desired = app.testId('field-desiredCapacity');
    await desired.fill('5');
    await desired.press('Enter');
    await openCommand(app, 'file.compare');
    await app.testId('compare-with').waitFor();
    await walk.check('compare with…');
    await app.testId('compare-with-last-save').click();
    await app.testId('compare-panel').waitFor();
    await walk.check('compare view');

    expect(walk.result()).toEqual([]);
  });
});
