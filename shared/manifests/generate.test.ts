import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder } from '../rules/test-support/builder.js';
import type { KubeObject } from './types.js';
import { generateManifests, manifestsYaml } from './index.js';
import { validateObjectFor } from '../../test-support/kubernetes-oracles.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function objects(design: Parameters<typeof generateManifests>[0], lang: 'en' | 'ja' = 'en') {
  const set = generateManifests(design, { lang });
  const all = set.files.flatMap((f) => f.objects);
  const find = (kind: string, name?: string) =>
    all.find((o) => o.kind === kind && (name === undefined || o.metadata.name === name)) as (KubeObject & Json) | undefined;
  return { set, all, find };
}

describe('generateManifests', () => {
  it('routes an ALB through an Ingress in its group with the controller annotations, ip targets and the readiness path', () => {
    const { b, alb, workload } = baselineBuilder();
    const { find, set } = objects(b.build());
    const ingress = find('Ingress')!;
    expect(ingress.metadata).toEqual({
      name: alb.name,
      namespace: 'default',
      annotations: {
        'alb.ingress.kubernetes.io/load-balancer-name': alb.name,
        'alb.ingress.kubernetes.io/group.name': alb.name,
        'alb.ingress.kubernetes.io/scheme': 'internet-facing',
        'alb.ingress.kubernetes.io/target-type': 'ip',
        'alb.ingress.kubernetes.io/listen-ports': '[{"HTTP": 80}]',
      },
    });
    expect(ingress.spec.ingressClassName).toBe('alb');
    expect(ingress.spec.rules[0].http.paths).toEqual([
      { path: '/', pathType: 'Prefix', backend: { service: { name: workload.name, port: { number: 80 } } } },
    ]);
    expect(find('Service')!.metadata.annotations).toEqual({ 'alb.ingress.kubernetes.io/healthcheck-path': '/healthz' });
    const container = find('Deployment')!.spec.template.spec.containers[0];
    expect(container.readinessProbe).toEqual({
      httpGet: { path: '/healthz', port: 'http' },
      periodSeconds: 10,
      failureThreshold: 3,
    });
    expect(set.placeholders).toEqual([]);
  });

  it('turns on HTTPS with a certificate placeholder when a connection label says HTTPS, longest path first', () => {
    const { b, alb, nodeGroup } = baselineBuilder();
    const api = b.workload(nodeGroup, { port: 8080, readinessPath: '/ready' });
    const design = b.build();
    design.connections[0]!.label = 'HTTPS /';
    design.connections.push({ id: 'c-api', from: alb.id, to: api.id, label: '/api' });
    const { find, set } = objects(design);
    const ingress = find('Ingress')!;
    expect(ingress.metadata.annotations!['alb.ingress.kubernetes.io/listen-ports']).toBe('[{"HTTP": 80}, {"HTTPS": 443}]');
    expect(ingress.metadata.annotations!['alb.ingress.kubernetes.io/certificate-arn']).toBe(
      'arn:aws:acm:us-east-1:${AWS_ACCOUNT_ID}:certificate/${ACM_CERTIFICATE_ID}',
    );
    expect(ingress.metadata.annotations!['alb.ingress.kubernetes.io/ssl-redirect']).toBe('443');
    expect(ingress.spec.rules[0].http.paths.map((p: Json) => p.path)).toEqual(['/api', '/']);
    expect(set.placeholders).toEqual(['${ACM_CERTIFICATE_ID}', '${AWS_ACCOUNT_ID}']);
    expect(manifestsYaml(set)).toMatch(/# Placeholder: \$\{ACM_CERTIFICATE_ID\} is the id of the ACM certificate/);
  });

  it('names the IngressGroup as the controller accepts it, and makes a readiness path absolute', () => {
    const { b, alb, workload } = baselineBuilder();
    Object.assign(alb, { name: 'Shop_ALB.' });
    workload.props.readinessPath = 'healthz';
    const { find } = objects(b.build());
    expect(find('Ingress')!.metadata.name).toBe('shop-alb');
    expect(find('Ingress')!.metadata.annotations!['alb.ingress.kubernetes.io/group.name']).toBe('shop-alb');
    expect(find('Service')!.metadata.annotations!['alb.ingress.kubernetes.io/healthcheck-path']).toBe('/healthz');
    expect(find('Deployment')!.spec.template.spec.containers[0].readinessProbe.httpGet.path).toBe('/healthz');
  });

  it('makes an NLB connection a LoadBalancer Service of the controller, with scheme and target type', () => {
    const { b, vpc, nodeGroup } = baselineBuilder();
    const api = b.workload(nodeGroup, { port: 8443 });
    b.connect(b.add('nlb', { parent: vpc, name: 'api-nlb', props: { scheme: 'internal', targetType: 'instance' } }), api);
    const svc = objects(b.build()).find('Service', api.name)!;
    expect(svc.spec.type).toBe('LoadBalancer');
    expect(svc.spec.loadBalancerClass).toBe('service.k8s.aws/nlb');
    expect(svc.metadata.annotations).toEqual({
      'service.beta.kubernetes.io/aws-load-balancer-name': 'api-nlb',
      'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internal',
      'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type': 'instance',
    });
  });

  it('pulls the image from the connected ECR repository under the account placeholder, keeping the tag', () => {
    const { b, workload } = baselineBuilder();
    workload.props.image = '111122223333.dkr.ecr.us-east-1.amazonaws.com/shop/web:1.2.3';
    b.connect(b.add('ecr', { props: { repositoryName: 'shop/web', region: 'eu-west-1' } }), workload);
    const { find, set } = objects(b.build());
    expect(find('Deployment')!.spec.template.spec.containers[0].image).toBe(
      '${AWS_ACCOUNT_ID}.dkr.ecr.eu-west-1.amazonaws.com/shop/web:1.2.3',
    );
    expect(set.placeholders).toEqual(['${AWS_ACCOUNT_ID}']);
  });

  it('gives a workload without image a placeholder of its own and says so', () => {
    const { b, workload } = baselineBuilder();
    Object.assign(workload, { name: 'web-api' });
    workload.props.image = '';
    const { find, set } = objects(b.build());
    expect(find('Deployment')!.spec.template.spec.containers[0].image).toBe('${IMAGE_WEB_API}');
    expect(set.warnings).toEqual([{ partIds: [workload.id], message: expect.stringContaining('${IMAGE_WEB_API}') }]);
  });

  it('places pods on their node group, tolerating its taints and the GPU taint, with requests and limits', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(undefined, { region: 'us-east-1', version: '1.35' });
    const ng = b.selfManagedNodeGroup(cluster, {
      instanceTypes: ['g5.xlarge'],
      minSize: 1,
      desiredCapacity: 1,
      maxSize: 2,
      taints: [{ key: 'dedicated', value: '', effect: 'NoExecute' }],
    });
    b.workload(ng, { gpus: 2, cpuMillicores: 1500, memoryMiB: 4096, replicas: 1 });
    const spec = objects(b.build()).find('Deployment')!.spec.template.spec;
    expect(spec.nodeSelector).toEqual({ 'alpha.eksctl.io/nodegroup-name': ng.name });
    expect(spec.tolerations).toEqual([
      { key: 'dedicated', operator: 'Exists', effect: 'NoExecute' },
      { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
    ]);
    expect(spec.containers[0].resources).toEqual({
      requests: { cpu: '1500m', memory: '4096Mi' },
      limits: { memory: '4096Mi', 'nvidia.com/gpu': '2' },
    });
    // One replica: no spread, no PDB.
    expect(spec.topologySpreadConstraints).toBeUndefined();
    expect(objects(b.build()).find('PodDisruptionBudget')).toBeUndefined();
  });

  it('lets a DaemonSet drawn on the cluster run on every Linux node: it tolerates the taints of each Linux node group', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(undefined, { region: 'us-east-1', version: '1.35' });
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'] });
    b.managedNodeGroup(cluster, {
      instanceTypes: ['g6.xlarge'],
      taints: [{ key: 'nvidia.com/gpu', value: '', effect: 'NoSchedule' }],
    });
    b.managedNodeGroup(cluster, {
      instanceTypes: ['c7i.large'],
      taints: [{ key: 'dedicated', value: 'edge', effect: 'NoExecute' }],
    });
    // A Windows group's taint keeps Linux images off it: not tolerated.
    b.managedNodeGroup(cluster, {
      instanceTypes: ['m6i.xlarge'],
      amiFamily: 'WindowsServer2022CoreContainer',
      taints: [{ key: 'os', value: 'windows', effect: 'NoSchedule' }],
    });
    b.workload(cluster, { workloadKind: 'DaemonSet', port: 0 });
    const spec = objects(b.build()).find('DaemonSet')!.spec.template.spec;
    // Every Linux node: the Windows group's nodes are kept out by the OS, not by its taint.
    expect(spec.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux' });
    expect(spec.tolerations).toEqual([
      { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'dedicated', operator: 'Equal', value: 'edge', effect: 'NoExecute' },
    ]);
  });

  // Regression (s14-windows-linux-alb-iis): EKS does not taint Windows nodes, so a workload drawn on the cluster could
  // be scheduled onto one and never pull its Linux image.
  it('keeps a workload drawn on a cluster with Windows node groups on Linux nodes', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(undefined, { region: 'us-east-1', version: '1.35' });
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'] });
    const windows = b.managedNodeGroup(cluster, { instanceTypes: ['m6i.xlarge'], amiFamily: 'WindowsServer2022CoreContainer' });
    b.workload(cluster, { port: 80 });
    b.workload(windows, { workloadKind: 'StatefulSet', port: 80 });
    const { find } = objects(b.build());
    expect(find('Deployment')!.spec.template.spec.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux' });
    expect(find('StatefulSet')!.spec.template.spec.nodeSelector).toEqual({ 'eks.amazonaws.com/nodegroup': windows.name });
    const linuxOnly = new DesignBuilder();
    const linuxCluster = linuxOnly.cluster(undefined, { region: 'us-east-1' });
    linuxOnly.managedNodeGroup(linuxCluster, { instanceTypes: ['m6i.large'] });
    linuxOnly.workload(linuxCluster, { port: 80 });
    expect(objects(linuxOnly.build()).find('Deployment')!.spec.template.spec.nodeSelector).toBeUndefined();
  });

  // Regression (s14-ipv6-fargate-nlb-ip): Fargate pods got zone spread constraints, which Fargate does not support.
  it('sets no topology spread on Fargate pods, which the Fargate scheduler ignores', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(undefined, { region: 'us-east-1', version: '1.35' });
    const profile = b.fargateProfile(cluster, { selectors: [{ namespace: 'web' }] });
    b.workload(profile, { namespace: 'web', replicas: 3, port: 80 });
    const spec = objects(b.build()).find('Deployment')!.spec.template.spec;
    expect(spec.topologySpreadConstraints).toBeUndefined();
  });

  it('leaves replicas to the HPA, spreads over zones, and protects replicated pods with a PDB', () => {
    const { b, workload } = baselineBuilder();
    const { find } = objects(b.build());
    const deployment = find('Deployment')!;
    expect(deployment.spec.replicas).toBeUndefined();
    expect(deployment.spec.template.spec.topologySpreadConstraints[0]).toMatchObject({
      topologyKey: 'topology.kubernetes.io/zone',
      maxSkew: 1,
    });
    expect(find('HorizontalPodAutoscaler')!.spec).toMatchObject({
      minReplicas: 3,
      maxReplicas: 10,
      scaleTargetRef: { kind: 'Deployment', name: workload.name },
    });
    expect(find('PodDisruptionBudget')!.spec).toEqual({
      maxUnavailable: 1,
      selector: { matchLabels: { 'app.kubernetes.io/name': workload.name } },
    });
    workload.props.disruptionBudget = { minAvailable: 2 };
    expect(objects(b.build()).find('PodDisruptionBudget')!.spec.minAvailable).toBe(2);
  });

  it('writes Jobs and CronJobs with parallelism from the replicas and a schedule it says to change', () => {
    const { b, nodeGroup } = baselineBuilder();
    b.workload(nodeGroup, { workloadKind: 'CronJob', replicas: 4, port: 0 });
    const { find, set } = objects(b.build());
    const cron = find('CronJob')!;
    expect(cron.spec).toMatchObject({
      schedule: '0 3 * * *',
      timeZone: 'Etc/UTC',
      jobTemplate: { spec: { parallelism: 4, completions: 4 } },
    });
    expect(cron.spec.jobTemplate.spec.template.spec.restartPolicy).toBe('OnFailure');
    expect(set.files.map((f) => f.yaml).join()).toContain('# The design has no schedule: daily at 03:00 UTC.');
  });

  it('annotates the service account with the IRSA role, or names the Pod Identity association to create', () => {
    const irsa = baselineBuilder();
    irsa.cluster.props.controllerIdentity = 'irsa';
    irsa.workload.props.usesAwsApis = true;
    const sa = objects(irsa.b.build()).find('ServiceAccount')!;
    expect(sa.metadata.annotations).toEqual({
      'eks.amazonaws.com/role-arn': `arn:aws:iam::\${AWS_ACCOUNT_ID}:role/demo-1-default-${irsa.workload.name}`,
    });
    const pia = baselineBuilder();
    pia.workload.props.usesAwsApis = true;
    const { find, set } = objects(pia.b.build());
    expect(find('ServiceAccount')!.metadata.annotations).toBeUndefined();
    expect(find('Deployment')!.spec.template.spec.serviceAccountName).toBe(pia.workload.name);
    expect(set.files.map((f) => f.yaml).join()).toContain(
      `eksctl create podidentityassociation --cluster demo-1 --namespace default --service-account-name ${pia.workload.name} --role-name demo-1-default-${pia.workload.name}`,
    );
  });

  it('asks for dualstack load balancers in an IPv6 cluster, whose pods have IPv6 addresses only', () => {
    const { b, cluster, vpc, nodeGroup } = baselineBuilder();
    cluster.props.ipFamily = 'IPv6';
    const api = b.workload(nodeGroup, { port: 8443 });
    b.connect(b.add('nlb', { parent: vpc, props: { scheme: 'internal' } }), api);
    const { find } = objects(b.build());
    expect(find('Ingress')!.metadata.annotations!['alb.ingress.kubernetes.io/ip-address-type']).toBe('dualstack');
    expect(find('Service', api.name)!.metadata.annotations!['service.beta.kubernetes.io/aws-load-balancer-ip-address-type']).toBe(
      'dualstack',
    );
    const ipv4 = baselineBuilder();
    expect(
      objects(ipv4.b.build()).find('Ingress')!.metadata.annotations!['alb.ingress.kubernetes.io/ip-address-type'],
    ).toBeUndefined();
  });

  it('warns when a workload would take the service account cluster.yaml gives a controller', () => {
    const { b, workload } = baselineBuilder();
    Object.assign(workload, { name: 'aws-load-balancer-controller' });
    Object.assign(workload.props, { namespace: 'kube-system', usesAwsApis: true });
    expect(objects(b.build()).set.warnings.map((w) => w.message)).toEqual([
      'Workload aws-load-balancer-controller would get service account kube-system/aws-load-balancer-controller, which cluster.yaml already gives to a controller; rename the workload or move it to another namespace.',
    ]);
  });

  it('registers a workload connected to Cloud Map through ExternalDNS', () => {
    const { b, workload } = baselineBuilder();
    b.connect(workload, b.add('cloud-map', { props: { namespaceName: 'shop.internal' } }));
    const { find, set } = objects(b.build());
    expect(set.files.map((f) => f.yaml).join()).toContain('ExternalDNS needs --publish-internal-services');
    expect(find('Service')!.metadata.annotations!['external-dns.alpha.kubernetes.io/hostname']).toBe(
      `${workload.name}.shop.internal`,
    );
  });

  it('warns where the manifests cannot follow the design: an NLB in front of two workloads, a routed workload without port', () => {
    const { b, vpc, nodeGroup, alb } = baselineBuilder();
    const nlb = b.add('nlb', { parent: vpc, props: { scheme: 'internal' } });
    const one = b.workload(nodeGroup, { port: 80 });
    const two = b.workload(nodeGroup, { port: 81 });
    const silent = b.workload(nodeGroup, { port: 0 });
    b.connect(nlb, one).connect(nlb, two).connect(alb, silent);
    const messages = objects(b.build()).set.warnings.map((w) => w.message);
    expect(messages).toEqual([
      expect.stringMatching(/^Workload workload-4 is behind load balancer alb-1 but has no service port/),
      expect.stringMatching(/^Network Load Balancer nlb-1 routes to 2 workloads, .* create 2 NLBs\.$/),
    ]);
  });

  it('creates the namespaces first and writes Karpenter from the cluster settings and cluster.yaml names', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    cluster.props.addons.nodeAutoscaler = 'karpenter';
    cluster.props.addons.karpenterCapacity = { instanceType: 'm7g.xlarge', capacityType: 'SPOT', averageNodes: 1.5 };
    b.workload(nodeGroup, { namespace: 'shop' });
    const { set, find } = objects(b.build());
    expect(set.files.map((f) => f.path)).toEqual([
      'manifests/00-namespaces.yaml',
      'manifests/default/ingress-alb-1.yaml',
      'manifests/default/workload-1.yaml',
      'manifests/karpenter/default.yaml',
      'manifests/shop/workload-2.yaml',
    ]);
    expect(find('Namespace')!.metadata.name).toBe('shop');
    expect(find('EC2NodeClass')!.spec.role).toBe('eksctl-KarpenterNodeRole-demo-1');
    const pool = find('NodePool')!.spec;
    expect(pool.template.spec.requirements).toEqual([
      { key: 'kubernetes.io/arch', operator: 'In', values: ['arm64'] },
      { key: 'karpenter.sh/capacity-type', operator: 'In', values: ['spot', 'on-demand'] },
      { key: 'karpenter.k8s.aws/instance-family', operator: 'In', values: ['m7g'] },
    ]);
    // Twice 1.5 nodes of 4 vCPU / 16 GiB.
    expect(pool.limits).toEqual({ cpu: '12', memory: '49152Mi' });
  });

  it("selects Karpenter's subnets by tag, or by id when they already exist untagged", () => {
    const tagged = baselineBuilder();
    tagged.cluster.props.addons.nodeAutoscaler = 'karpenter';
    const byTag = objects(tagged.b.build()).find('EC2NodeClass')!.spec;
    expect(byTag.subnetSelectorTerms).toEqual([{ tags: { 'karpenter.sh/discovery': 'demo-1' } }]);
    const existing = baselineBuilder();
    existing.cluster.props.addons.nodeAutoscaler = 'karpenter';
    existing.privateSubnets.forEach((s, i) => (s.props.existingSubnetId = `subnet-0a1b2c3d4e5f6071${i}`));
    const byId = objects(existing.b.build()).find('EC2NodeClass')!.spec;
    expect(byId.subnetSelectorTerms).toEqual([
      { id: 'subnet-0a1b2c3d4e5f60710' },
      { id: 'subnet-0a1b2c3d4e5f60711' },
      { id: 'subnet-0a1b2c3d4e5f60712' },
    ]);
    // Security groups are eksctl's, which carry the tag.
    expect(byId.securityGroupSelectorTerms).toEqual([{ tags: { 'karpenter.sh/discovery': 'demo-1' } }]);
  });

  it("names eksctl's instance profile instead of the role when the cluster has no internet egress (no IAM endpoint)", () => {
    const open = baselineBuilder();
    open.cluster.props.addons.nodeAutoscaler = 'karpenter';
    expect(objects(open.b.build()).find('EC2NodeClass')!.spec).not.toHaveProperty('instanceProfile');
    const isolated = baselineBuilder();
    isolated.cluster.props.addons.nodeAutoscaler = 'karpenter';
    isolated.cluster.props.fullyPrivate = true;
    const { find, set } = objects(isolated.b.build());
    const nodeClass = find('EC2NodeClass')!;
    expect(nodeClass.spec.instanceProfile).toBe('eksctl-KarpenterNodeInstanceProfile-demo-1');
    expect(nodeClass.spec).not.toHaveProperty('role');
    expect(validateObjectFor('1.35')(nodeClass)).toEqual([]);
    expect(set.files.find((f) => f.path === 'manifests/karpenter/default.yaml')!.yaml).toMatch(
      /# The instance profile eksctl created/,
    );
  });

  it("keeps Karpenter from disrupting a Job's or CronJob's pods mid-run, where Karpenter may place them", () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    cluster.props.addons.nodeAutoscaler = 'karpenter';
    b.workload(cluster, { workloadKind: 'Job', port: 0, hpa: undefined, namespace: 'batch' });
    b.workload(cluster, { workloadKind: 'CronJob', port: 0, hpa: undefined, namespace: 'nightly' });
    b.workload(nodeGroup, { workloadKind: 'Job', port: 0, hpa: undefined, namespace: 'pinned' });
    const { all, set } = objects(b.build());
    const podAnnotations = (kind: string, namespace: string) => {
      const o = all.find((x) => x.kind === kind && x.metadata.namespace === namespace) as Json;
      const template = kind === 'CronJob' ? o.spec.jobTemplate.spec.template : o.spec.template;
      return template.metadata.annotations;
    };
    expect(podAnnotations('Job', 'batch')).toEqual({ 'karpenter.sh/do-not-disrupt': 'true' });
    expect(podAnnotations('CronJob', 'nightly')).toEqual({ 'karpenter.sh/do-not-disrupt': 'true' });
    expect(podAnnotations('Job', 'pinned')).toBeUndefined(); // on a node group Karpenter does not manage
    expect(podAnnotations('Deployment', 'default')).toBeUndefined();
    expect(set.files.find((f) => f.path.startsWith('manifests/batch/'))!.yaml).toMatch(/# Karpenter does not consolidate/);
  });

  it('writes comments and warnings in Japanese', () => {
    const { b, workload } = baselineBuilder();
    workload.props.image = '';
    const { set } = objects(b.build(), 'ja');
    expect(set.files[0]!.yaml).toMatch(/^# baseline — クラスター demo-1（Kubernetes 1\.35）の Kubernetes マニフェスト/);
    expect(set.warnings[0]!.message).toMatch(/^ワークロード .* にはイメージも接続された ECR リポジトリもない/);
  });
});

describe('load balancers pinned to subnets', () => {
  // Regression (s14-internal-alb-instance-pinned-subnets): the drawn subnets silenced vpc.lb-tag-private (they are
  // listed), but the Ingress did not list them, so the controller looked for role tags the existing subnets lack.
  function pinned(opts: { existing: boolean; autoMode?: boolean }) {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16', ...(opts.existing ? { existingVpcId: 'vpc-0a1b2c3d4e5f60718' } : {}) });
    const subnets = ['us-east-1a', 'us-east-1b'].map((az, i) =>
      b.subnet(
        vpc,
        az,
        `10.0.${64 + i * 32}.0/19`,
        'private',
        opts.existing ? { existingSubnetId: `subnet-0a1b2c3d4e5f6000${i}` } : {},
      ),
    );
    const cluster = b.cluster(vpc, {
      region: 'us-east-1',
      version: '1.35',
      addons: { awsLoadBalancerController: !opts.autoMode },
      ...(opts.autoMode ? { extra: { autoModeConfig: { enabled: true } } } : {}),
    });
    const ng = b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'] });
    const web = b.workload(ng, { port: 8080 });
    const tcp = b.workload(ng, { port: 9000 });
    const ids = subnets.map((s) => s.id);
    b.connect(b.add('alb', { parent: vpc, name: 'intra', props: { scheme: 'internal', targetType: 'ip', subnetIds: ids } }), web);
    b.connect(b.add('nlb', { parent: vpc, name: 'tcp', props: { scheme: 'internal', targetType: 'ip', subnetIds: ids } }), tcp);
    return objects(b.build());
  }

  it('lists the existing subnets in the Ingress and Service annotations for the controller', () => {
    const { find, set } = pinned({ existing: true });
    expect(find('Ingress')!.metadata.annotations!['alb.ingress.kubernetes.io/subnets']).toBe(
      'subnet-0a1b2c3d4e5f60000,subnet-0a1b2c3d4e5f60001',
    );
    const nlbService = (set.files.flatMap((f) => f.objects) as Json[]).find(
      (o) => o.kind === 'Service' && o.spec?.type === 'LoadBalancer',
    )!;
    expect(nlbService.metadata.annotations['service.beta.kubernetes.io/aws-load-balancer-subnets']).toBe(
      'subnet-0a1b2c3d4e5f60000,subnet-0a1b2c3d4e5f60001',
    );
    expect(set.warnings).toEqual([]);
  });

  it("puts them in Auto Mode's IngressClassParams, where Auto Mode reads an ALB's subnets", () => {
    const { find } = pinned({ existing: true, autoMode: true });
    expect(find('IngressClassParams')!.spec.subnets).toEqual({ ids: ['subnet-0a1b2c3d4e5f60000', 'subnet-0a1b2c3d4e5f60001'] });
    expect(find('Ingress')!.metadata.annotations!['alb.ingress.kubernetes.io/subnets']).toBeUndefined();
  });

  it('leaves subnets eksctl creates (no id yet) to discovery by their tags, and says so', () => {
    const { find, set } = pinned({ existing: false });
    expect(find('Ingress')!.metadata.annotations!['alb.ingress.kubernetes.io/subnets']).toBeUndefined();
    expect(set.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('Load balancer tcp is drawn in chosen subnets that eksctl creates'),
      expect.stringContaining('Load balancer intra is drawn in chosen subnets that eksctl creates'),
    ]);
  });
});
