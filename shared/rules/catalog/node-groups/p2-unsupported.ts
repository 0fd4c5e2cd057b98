import { defineRule } from '../../define.js';

export const p2Unsupported = defineRule({
  id: 'ng.p2-unsupported',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-optimized-ami.html',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} uses {{instanceType}}; Amazon EC2 P2 instances are not supported on Amazon EKS (they need NVIDIA driver 470 or earlier).',
      fix: 'Use a current GPU family such as g5, g6, p4d or p5.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は {{instanceType}} を使っています。Amazon EC2 P2 インスタンスは Amazon EKS でサポートされていません（NVIDIA ドライバー 470 以前が必要なため）。',
      fix: 'g5、g6、p4d、p5 などの現行の GPU ファミリーを使ってください。',
    },
  },
  check(index) {
    return index.nodeGroups().flatMap((ng) => {
      const p2 = ng.props.instanceTypes.find((t) => t.startsWith('p2.'));
      return p2 === undefined ? [] : [{ partIds: [ng.id], params: { nodeGroup: ng.name, instanceType: p2 } }];
    });
  },
});
