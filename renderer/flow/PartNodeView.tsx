/** How a part looks on the canvas: a card for leaf parts, a labelled group for containers. */
import { memo } from 'react';
import { Handle, NodeResizer, Position, type NodeProps } from '@xyflow/react';
import { isContainer } from '../../shared/editor/geometry.js';
import { PartIcon, KIND_COLORS } from './icons.js';
import { DASHED_KINDS } from './kind-colors.js';
import { keyFacts } from './facts.js';
import type { PartNode } from './to-flow.js';
import type { Part, PartKind } from '../../shared/model/parts.js';
import type { Severity } from '../../shared/rules/types.js';
import { usePartDetail } from './detail.js';
import { SOURCE_KINDS, TARGET_KINDS } from './handles.js';

/** The part's box: its look by kind and problem, and the data attributes tests and tools find it by. */
function boxAttributes(part: Part, problem: Severity | undefined, look: string) {
  return {
    className: `part ${look} kind-${part.kind}${DASHED_KINDS.has(part.kind) ? ' outline-dashed' : ''}${problem ? ` has-${problem}` : ''}`,
    'data-kind': part.kind,
    'data-part-id': part.id,
    'data-parent-id': part.parentId ?? '',
    style: { '--kind-color': KIND_COLORS[part.kind] } as React.CSSProperties,
  };
}

/** One line of a part's texts (name, kind, facts): it ellipsizes when long, and its title shows it whole. */
function TextLine({ as: Tag, className, text }: { as: 'div' | 'span'; className: string; text: string }) {
  return (
    <Tag className={className} title={text}>
      {text}
    </Tag>
  );
}

function PartNodeViewImpl({ data, selected }: NodeProps<PartNode>) {
  const { part, problem } = data;
  const container = isContainer(part.kind);
  const { compact, kindLabel, severityLabel, lang } = usePartDetail();
  if (compact) {
    // Zoomed far out: a coloured box, its problem shown by the border (see detail.ts).
    return (
      <>
        <div
          {...boxAttributes(part, problem, `compact ${container ? 'group' : 'card'}`)}
          data-severity={problem}
          title={`${part.name} (${kindLabel[part.kind]})`}
        />
        <StaticHandles kind={part.kind} />
      </>
    );
  }
  const facts = keyFacts(part, lang);
  const marker = problem ? (
    <span
      className={`problem-marker ${problem}`}
      data-testid="problem-marker"
      data-severity={problem}
      title={data.problemText || severityLabel[problem]}
      aria-hidden="true"
    >
      {problem === 'error' ? '!' : '▲'}
    </span>
  ) : null;
  const style = { '--kind-color': KIND_COLORS[part.kind] } as React.CSSProperties;
  // Outside the bordered part box, so they sit where handles.ts tells React Flow they are.
  const handles = (
    <>
      {TARGET_KINDS.has(part.kind) && <Handle type="target" position={Position.Left} className="part-handle" style={style} />}
      {SOURCE_KINDS.has(part.kind) && <Handle type="source" position={Position.Right} className="part-handle" style={style} />}
    </>
  );
  if (container) {
    return (
      <>
        <div {...boxAttributes(part, problem, 'group')}>
          <NodeResizer isVisible={selected} minWidth={160} minHeight={100} color={KIND_COLORS[part.kind]} />
          <div className="group-header">
            <PartIcon kind={part.kind} size={22} />
            <TextLine as="span" className="part-name" text={part.name} />
            <TextLine as="span" className="part-kind" text={kindLabel[part.kind]} />
            <TextLine as="span" className="part-facts" text={facts.join(' · ')} />
            {marker}
          </div>
        </div>
        {handles}
      </>
    );
  }
  return (
    <>
      <div {...boxAttributes(part, problem, 'card')}>
        <PartIcon kind={part.kind} />
        <div className="card-body">
          <TextLine as="div" className="part-name" text={part.name} />
          <TextLine as="div" className="part-kind" text={kindLabel[part.kind]} />
          {facts.map((f, i) => (
            <TextLine as="div" className="part-facts" key={i} text={f} />
          ))}
        </div>
        {marker}
      </div>
      {handles}
    </>
  );
}

/**
 * Stand-ins for the handles of a compact part: React Flow measures handle elements (`.source`/`.target`
 * with `data-handlepos`) whenever a part's box is first observed, and a part first drawn compact with no
 * handle elements would have no edges until it changed size. These carry the same classes and place as
 * real handles but none of their per-handle store subscriptions; they are hidden and take no input.
 */
function StaticHandles({ kind }: { kind: PartKind }) {
  return (
    <>
      {TARGET_KINDS.has(kind) && (
        <div className="react-flow__handle react-flow__handle-left target part-handle static-handle" data-handlepos="left" />
      )}
      {SOURCE_KINDS.has(kind) && (
        <div className="react-flow__handle react-flow__handle-right source part-handle static-handle" data-handlepos="right" />
      )}
    </>
  );
}

export const PartNodeView = memo(PartNodeViewImpl);
