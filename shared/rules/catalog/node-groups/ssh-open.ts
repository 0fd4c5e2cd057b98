import { defineRule } from '../../define.js';
import { wholeAddressSpace } from '../../facts/config-network.js';

export const sshOpen = defineRule({
  id: 'ng.ssh-open',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://github.com/bridgecrewio/checkov/tree/main/checkov/terraform/checks/resource/aws/EKSNodeGroupRemoteAccess.py',
  text: {
    en: {
      message: 'SSH to the nodes of node group {{nodeGroup}} is open to {{cidr}} (the whole internet).',
      fix: 'Allow SSH only from known CIDRs or security groups, or turn SSH off and use SSM Session Manager.',
    },
    ja: {
      message: 'ノードグループ {{nodeGroup}} のノードへの SSH が {{cidr}}（インターネット全体）に開いています。',
      fix: 'SSH は既知の CIDR またはセキュリティグループからだけ許可するか、SSH を無効にして SSM Session Manager を使ってください。',
    },
  },
  check(index) {
    return index.nodeGroups().flatMap((ng) => {
      // Any block of prefix length 0 (0.0.0.0/0, ::/0, or another address written before /0).
      const open = ng.props.sshAllowedCidrs.find((c) => wholeAddressSpace(c) !== undefined);
      return open === undefined ? [] : [{ partIds: [ng.id], params: { nodeGroup: ng.name, cidr: open.trim() } }];
    });
  },
});
