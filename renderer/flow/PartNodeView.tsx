/** How a part looks on the canvas: a card for leaf parts, a labelled group for containers. */
import { memo } from 'react';
import { Handle, NodeResizer, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { CONNECTION_TYPES } from '../../shared/model/structure.js';
import type { PartKind } from '../../shared/model/parts.js';
import { isContainer } from '../../shared/editor/geometry.js';
import { PartIcon, KIND_COLORS } from './icons.js';
import { keyFacts } from './facts.js';
import type { PartNode } from './to-flow.js';

const SOURCES = new Set<PartKind>(CONNECTION_TYPES.map((c) => c.from));
const TARGETS = new Set<PartKind>(CONNECTION_TYPES.map((c) => c.to));

function PartNodeViewImpl({ data, selected }: NodeProps<PartNode>) {
  const { t } = useTranslation();
  const { part, problem } = data;
  const container = isContainer(part.kind);
  const facts = keyFacts(part);
  const marker = problem ? (
    <span
      className={`problem-marker ${problem}`}
      data-testid="problem-marker"
      data-severity={problem}
      title={t(`severity.${problem}`)}
    >
      {problem === 'error' ? '!' : '▲'}
    </span>
  ) : null;
  const handles = (
    <>
      {TARGETS.has(part.kind) && <Handle type="target" position={Position.Left} className="part-handle" />}
      {SOURCES.has(part.kind) && <Handle type="source" position={Position.Right} className="part-handle" />}
    </>
  );
  const style = { '--kind-color': KIND_COLORS[part.kind] } as React.CSSProperties;
  if (container) {
    return (
      <div
        className={`part group kind-${part.kind}${problem ? ` has-${problem}` : ''}`}
        data-kind={part.kind}
        data-part-id={part.id}
        data-parent-id={part.parentId ?? ''}
        style={style}
      >
        <NodeResizer isVisible={selected} minWidth={160} minHeight={100} color={KIND_COLORS[part.kind]} />
        <div className="group-header">
          <PartIcon kind={part.kind} size={22} />
          <span className="part-name">{part.name}</span>
          <span className="part-kind">{t(`kinds.${part.kind}`)}</span>
          <span className="part-facts">{facts.join(' · ')}</span>
          {marker}
        </div>
        {handles}
      </div>
    );
  }
  return (
    <div
      className={`part card kind-${part.kind}${problem ? ` has-${problem}` : ''}`}
      data-kind={part.kind}
      data-part-id={part.id}
      data-parent-id={part.parentId ?? ''}
      style={style}
    >
      <PartIcon kind={part.kind} />
      <div className="card-body">
        <div className="part-name">{part.name}</div>
        <div className="part-kind">{t(`kinds.${part.kind}`)}</div>
        {facts.map((f, i) => (
          <div className="part-facts" key={i}>
            {f}
          </div>
        ))}
      </div>
      {marker}
      {handles}
    </div>
  );
}

export const PartNodeView = memo(PartNodeViewImpl);
