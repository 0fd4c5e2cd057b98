/**
 * What may stay English in the command line's Japanese output, and how the rest is found. Two kinds of thing
 * are not English words even when they are spelled in Latin letters:
 *
 * - Identifiers, recognised by their form: flags (--force), paths and file names (manifests/shop/orders.yaml),
 *   rule ids (vpc.cluster-subnets-two-azs), part and template ids (ng-frontend, web-application), camelCase
 *   field names (hoursPerMonth), acronyms in capitals (CIDR, ARN, STANDARD), tokens with digits or underscores
 *   (m6i.large, v1alpha5, LC_ALL), placeholders (<ID>, ${AWS_ACCOUNT_ID}, {{name}}), quoted code ('...', "..."),
 *   JSON shapes ({...}), URLs, and values quoted in 「」 (a name from the design, a word the user typed).
 * - Names: AWS services and features, Kubernetes kinds and fields, tools and formats, listed below. These are
 *   proper names that AWS Japan and the Kubernetes documentation also leave in English.
 *
 * Quoted command lines (eksctl create cluster -f cluster.yaml) and option alternatives (text|json) are code too.
 * Everyday words (file, error, cluster, node, export, on-demand, ...) are in neither list, so a sentence left
 * in English fails.
 */

/** AWS services, features and terms AWS Japan writes in English. */
const AWS_NAMES = [
  'Amazon',
  'Cloud',
  'Map',
  'Route',
  'Gateway',
  'Fargate',
  'Karpenter',
  'Identity',
  'Anywhere',
  'Roles',
  'Load',
  'Balancer',
  'Controller',
  'Hybrid',
  'Nodes',
  'Autoscaler',
  'Linux',
  'Windows',
  'Metrics',
  'Server',
  'Transit',
  'vCPU',
  'MiB',
  'eks',
  'aws',
  'Sandbox',
];

/** Kubernetes kinds and the fields a message names (as the Kubernetes documentation does in Japanese). */
const KUBERNETES_NAMES = [
  'Kubernetes',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'Service',
  'ServiceAccount',
  'Ingress',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'NodePool',
  'EC2NodeClass',
  'Namespace',
  'Pod',
  'ClusterIP',
  'ConfigMap',
  'LoadBalancer',
  'ExternalDNS',
  'Ready',
  'kubeconfig',
];

/** Keys of cluster.yaml and the manifests that a sentence names ("cluster.yaml の karpenter"). */
const YAML_KEYS = ['replicas', 'type', 'apiVersion', 'karpenter', 'subnets', 'iam'];

/** Tools, formats and the app's own name. */
const TOOL_NAMES = [
  'eksctl',
  'kubectl',
  'envsubst',
  'helm',
  'Helm',
  'gettext',
  'bash',
  'GitHub',
  'Azure',
  'DevOps',
  'Web',
  'ClusterConfig',
  'values',
];

/** Values of the options the help lists (--format text, --lang ja). */
const OPTION_VALUES = ['text', 'json', 'sarif', 'markdown', 'csv', 'en', 'ja'];

export const ALLOWED_WORDS: ReadonlySet<string> = new Set([
  ...AWS_NAMES,
  ...KUBERNETES_NAMES,
  ...YAML_KEYS,
  ...TOOL_NAMES,
  ...OPTION_VALUES,
]);

/** Text that is an identifier by its form (see above), removed before words are counted. */
const IDENTIFIERS: readonly RegExp[] = [
  /https?:\/\/\S+/g,
  // A command line quoted in prose: the tool and its lowercase subcommands and arguments.
  /\b(?:eksctl|kubectl|helm|envsubst|aws)(?:\s+-{0,2}[a-z][\w.-]*)+/g,
  /\S+\|\S+/g,
  // The marker line each manifest file starts with, as `helm template` writes it.
  /^\s*# Source: \S+$|^\s*Source: \S+$/gm,
  /\$\{[^}]*\}|\{\{[^}]*\}\}/g,
  /<[^<>\n]*>/g,
  /'[^'\n]*'|"[^"\n]*"|`[^`\n]*`/g,
  // A value the user gave or a name from the design, quoted in 「」: data, not words.
  /\u300c[\x20-\x7e]*\u300d/g,
  /(?<!\w)--?[A-Za-z][\w-]*(?:=\S*)?/g,
  /\S*[./_=@\d]\S*/g,
  /\b[A-Za-z]+(?:-[A-Za-z0-9]+)+\b/g,
  /\b[a-z]+[A-Z]\w*\b/g,
  /\b[A-Z][A-Z0-9]+s?\b/g,
];

/** JSON-like shapes in help texts ({"id", "title"}, nested), innermost first. */
function withoutBraces(text: string): string {
  let out = text;
  for (let prev = ''; prev !== out;) {
    prev = out;
    out = out.replace(/\{[^{}]*\}/g, ' ');
  }
  return out;
}

/** The English words of `text` that are neither identifiers nor allowed names (nor `names`, e.g. the commands), each once. */
export function englishWords(text: string, names: readonly string[] = []): string[] {
  let rest = withoutBraces(text);
  for (const pattern of IDENTIFIERS) rest = rest.replace(pattern, ' ');
  const words = rest.match(/[A-Za-z]{2,}/g) ?? [];
  return [...new Set(words.filter((w) => !ALLOWED_WORDS.has(w) && !names.includes(w)))];
}

/** The comments of a YAML stream: its keys and values are identifiers and data, its comments are prose. */
export function yamlComments(yaml: string): string {
  return yaml
    .split('\n')
    .flatMap((line) => {
      const at = line.indexOf('#');
      return at >= 0 && /^\s*#/.test(line) ? [line.slice(at + 1)] : [];
    })
    .join('\n');
}

/** Markdown prose: fenced code blocks are commands, not words. */
export function markdownProse(markdown: string): string {
  return markdown.replace(/```[\s\S]*?```/g, ' ');
}
