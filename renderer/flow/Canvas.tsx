/** The diagram: React Flow as a view of the design in the store. */
import { useCallback, useEffect, useMemo, useRef, type DragEvent } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection as FlowConnection,
  type Edge,
  type EdgeChange,
  type IsValidConnection,
  type NodeChange,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { canConnect, connect } from '../../shared/editor/commands.js';
import { store, useAppState } from '../store/app-store.js';
import { applyEdgeChanges, applyNodeChanges } from './node-changes.js';
import { DRAG_MIME, dropPart, isPartKind } from './drop.js';
import { PartNodeView } from './PartNodeView.js';
import { FlowSelector, problemsByPart, toEdges, type PartNode } from './to-flow.js';
import { KIND_COLORS } from './icons.js';
import { setFlowInstance } from './view-bridge.js';
import { useUi } from '../store/ui-store.js';

const nodeTypes = { part: PartNodeView };

export function Canvas() {
  const { t } = useTranslation();
  const design = useAppState((s) => s.design);
  const selection = useAppState((s) => s.selection);
  const diagnostics = useAppState((s) => s.diagnostics);
  const focus = useAppState((s) => s.focus);
  const fitRequest = useAppState((s) => s.fitRequest);
  const showMinimap = useUi((s) => s.showMinimap);
  const rf = useReactFlow<PartNode>();
  const selector = useRef(new FlowSelector());
  const problems = useMemo(() => problemsByPart(diagnostics), [diagnostics]);
  const nodes = useMemo(() => selector.current.nodes(design, selection, problems), [design, selection, problems]);
  // Keyed on the connections, not the design: a drag frame moves parts and must not rebuild every edge.
  const connections = design.connections;
  const edges = useMemo(() => toEdges(connections, selection), [connections, selection]);

  useEffect(() => {
    setFlowInstance(rf);
    return () => setFlowInstance(null);
  }, [rf]);

  // The instance's identity changes as React Flow initialises; the effects below must run only when
  // a new document or a focus request arrives, never because of that.
  const rfRef = useRef(rf);
  rfRef.current = rf;
  useEffect(() => {
    // After the new document's nodes are committed to React Flow. Not for an empty design: React Flow
    // would queue the fit and apply it when the first part is dropped, jumping the view.
    if (store.getState().design.parts.length === 0) return;
    const frame = requestAnimationFrame(() => void rfRef.current.fitView({ maxZoom: 1 }));
    return () => cancelAnimationFrame(frame);
  }, [fitRequest]);

  useEffect(() => {
    if (!focus || focus.ids.length === 0) return;
    void rfRef.current.fitView({ nodes: focus.ids.map((id) => ({ id })), duration: 300, maxZoom: 1.2, padding: 0.4 });
  }, [focus]);

  const onNodesChange = useCallback((changes: NodeChange<PartNode>[]) => applyNodeChanges(store, changes), []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => applyEdgeChanges(store, changes), []);
  const isValidConnection: IsValidConnection = useCallback(
    (c: Edge | FlowConnection) => canConnect(store.editor.design, c.source, c.target),
    [],
  );
  const onConnect = useCallback((c: FlowConnection) => {
    try {
      store.editor.apply((d) => connect(d, c.source, c.target).design);
    } catch (err) {
      store.setBanner({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    }
  }, []);

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(DRAG_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(DRAG_MIME);
      if (!isPartKind(kind)) return;
      e.preventDefault();
      const at = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const result = dropPart(store, kind, at);
      if ('needs' in result) {
        const parents = result.needs.map((k) => t(`kinds.${k}`)).join(' / ');
        store.setBanner({ kind: 'error', text: t('errors.needsContainer', { kind: t(`kinds.${kind}`), parents }) });
      }
    },
    [rf, t],
  );

  return (
    <div className="canvas" data-testid="canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<PartNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        minZoom={0.05}
        maxZoom={2.5}
        defaultViewport={{ x: 0, y: 0, zoom: 1 }}
        zIndexMode="manual"
        onlyRenderVisibleElements={design.parts.length > 300}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
        {showMinimap && <MiniMap pannable zoomable nodeColor={(n) => KIND_COLORS[(n as PartNode).data.part.kind]} />}
      </ReactFlow>
    </div>
  );
}
