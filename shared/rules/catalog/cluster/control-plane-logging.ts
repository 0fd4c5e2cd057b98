import { defineRule } from '../../define.js';
import { CONTROL_PLANE_LOG_TYPES } from '../../../model/parts.js';
import { findingPart, patchProps } from '../../fix-edits.js';

/** Log types that record API activity: who did what, and who authenticated. */
const AUDIT_LOG_TYPES = ['api', 'audit', 'authenticator'] as const;

export const controlPlaneLogging = defineRule({
  id: 'cluster.control-plane-logging',
  severity: 'warning',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
  text: {
    en: {
      message:
        'Control plane logging of cluster {{cluster}} does not include {{missing}}: without them there is no record of API activity.',
      fix: 'Turn on at least the api, audit and authenticator log types (all five for CIS/checkov CKV_AWS_37) and budget for CloudWatch Logs ingestion.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のコントロールプレーンのログに {{missing}} が含まれていません。これがないと API 操作の記録が残りません。',
      fix: '少なくとも api、audit、authenticator のログタイプを有効にし（CIS/checkov CKV_AWS_37 では 5 種類すべて）、CloudWatch Logs の取り込み料金を見込んでください。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((c) => {
      const missing = AUDIT_LOG_TYPES.filter((t) => !c.props.logging.includes(t));
      return missing.length === 0 ? [] : [{ partIds: [c.id], params: { cluster: c.name, missing: missing.join(', ') } }];
    });
  },
  // Adds the missing audit log types, kept in the order the inspector lists them.
  fix: (design, d) =>
    patchProps(design, findingPart(design, d, 'cluster'), (props) => {
      if (AUDIT_LOG_TYPES.every((t) => props.logging.includes(t))) return props;
      const wanted = new Set([...props.logging, ...AUDIT_LOG_TYPES]);
      return { ...props, logging: CONTROL_PLANE_LOG_TYPES.filter((t) => wanted.has(t)) };
    }),
});
