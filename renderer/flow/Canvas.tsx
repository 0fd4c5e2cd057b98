/** The diagram: React Flow as a view of the design in the store. */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Background,
  ConnectionLineType,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
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
import { FlowSelector, problemsByPart, type PartNode } from './to-flow.js';
import type { ConnectionEdge } from './edges/to-edges.js';
import { useFlowEdges } from './edges/use-flow-edges.js';
import { ConnectionEdgeView } from './edges/ConnectionEdgeView.js';
import { ConnectionLegend } from './edges/ConnectionLegend.js';
import { ConnectionFeedback } from './edges/ConnectionFeedback.js';
import { CanvasContexts } from './CanvasContexts.js';
import { KIND_COLORS } from './icons.js';
import { setFlowInstance } from './view-bridge.js';
import { partDetail, selectZoomedOut } from './detail.js';
import { useUi } from '../store/ui-store.js';
import { OverviewLayer } from './overview/OverviewLayer.js';
import { OverviewMiniMap } from './overview/OverviewMiniMap.js';
import { openingViewportIn } from './open-view.js';
import { buildScene, newSceneCache } from './overview/scene.js';
import { partLabels } from './part-labels.js';
import { canvasAriaLabels } from './canvas-names.js';
import { reportError } from '../app/report-error.js';
import { useCompareMode } from '../compare/compare-state.js';
import { addedConnectionIds, compareStatuses, ghostEdges, ghostNodes, markEdges, markNodes } from '../compare/compare-view.js';

// Props React Flow compares by identity are created once: a new array or object on every render (a drag
// frame re-renders this component) makes React Flow update its store and redraw the minimap each frame.
const nodeTypes = { part: PartNodeView };
const edgeTypes = { connection: ConnectionEdgeView };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const DEFAULT_VIEWPORT = { x: 0, y: 0, zoom: 1 };
const PRO_OPTIONS = { hideAttribution: true };
/**
 * Above this many parts the canvas draws only what is in view, and draws a newly opened design compact until
 * it is fitted. Smaller designs are drawn in full at once: their fit lands a frame later and would show
 * boxes for a frame.
 */
const DRAW_IN_VIEW_ONLY_ABOVE = 300;
const minimapColor = (n: PartNode) => KIND_COLORS[n.data.part.kind];
/** Fitting counts parts React Flow is not drawing (the overview hides them all). */
const FIT_OPTIONS = { includeHiddenNodes: true };
const NO_EDGES: ConnectionEdge[] = [];
const hiddenNodes = new WeakMap<PartNode, PartNode>();
/** The same node, hidden: React Flow keeps it for fitting and bounds but draws no element for it. */
function hidden(node: PartNode): PartNode {
  let out = hiddenNodes.get(node);
  if (!out) {
    out = { ...node, hidden: true };
    hiddenNodes.set(node, out);
  }
  return out;
}

export function Canvas() {
  const { t, i18n } = useTranslation();
  const design = useAppState((s) => s.design);
  const selection = useAppState((s) => s.selection);
  const diagnostics = useAppState((s) => s.diagnostics);
  const focus = useAppState((s) => s.focus);
  const highlight = useAppState((s) => s.highlight);
  const fitRequest = useAppState((s) => s.fitRequest);
  const showMinimap = useUi((s) => s.showMinimap);
  const rf = useReactFlow<PartNode>();
  const zoomedOut = useStore(selectZoomedOut);
  // Until a newly opened design has been fitted into view its zoom is unknown: draw it compact, so a big
  // design is not first drawn in full detail at 100% and then again as boxes once fitted.
  const [fitted, setFitted] = useState(-1);
  const large = design.parts.length > DRAW_IN_VIEW_ONLY_ABOVE;
  const compact = zoomedOut || (fitted !== fitRequest && large);
  // A big design zoomed out is drawn on one canvas (overview/OverviewLayer.tsx), not as React Flow nodes.
  const overview = compact && large;
  const [overviewDragging, setOverviewDragging] = useState(false);
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const detail = useMemo(() => partDetail(compact, t, lang), [compact, t, lang]);
  const selector = useRef(new FlowSelector());
  const problems = useMemo(() => problemsByPart(diagnostics), [diagnostics]);
  const sceneCache = useRef(newSceneCache());
  // A finding's other parts stay outlined while its first part is what is selected.
  const highlighted = useMemo(
    () => new Set(highlight && selection.length === 1 && selection[0] === highlight.anchor ? highlight.ids : []),
    [highlight, selection],
  );
  const scene = useMemo(
    () => (overview || (large && showMinimap) ? buildScene(design, selection, problems, sceneCache.current, highlighted) : null),
    [overview, large, showMinimap, design, selection, problems, highlighted],
  );
  // While the overview drags parts React Flow is handed the same (hidden) nodes: it draws none of them,
  // and telling it about each frame's move would cost it a pass over every node.
  const labels = useMemo(() => partLabels(t, diagnostics), [t, diagnostics]);
  const nodes = useMemo(
    () => (overviewDragging ? null : selector.current.nodes(design, selection, problems, highlighted, labels)),
    [overviewDragging, design, selection, problems, highlighted, labels],
  );
  // Compare mode marks added and changed parts and adds the removed ones as ghosts (compare/compare-view.ts).
  const compare = useCompareMode();
  const statuses = useMemo(() => (compare ? compareStatuses(compare.comparison) : null), [compare]);
  const ghosts = useMemo(() => (compare ? ghostNodes(compare.before, compare.comparison) : []), [compare]);
  const shownNodes = useMemo(() => {
    const base = nodes && overview ? nodes.map(hidden) : nodes;
    return base && statuses ? [...markNodes(base, statuses), ...(overview ? ghosts.map(hidden) : ghosts)] : base;
  }, [nodes, overview, statuses, ghosts]);
  const flowNodes = useRef<PartNode[]>([]);
  if (shownNodes) flowNodes.current = shownNodes;
  // Keyed on the connections, not the design: a drag frame moves parts and must not rebuild every edge.
  const connections = design.connections;
  const { edges, obstacles, routes } = useFlowEdges(design.parts, connections, selection);
  // Compare mode draws added connections green and the removed ones as dashed red ghost lines.
  const addedConnections = useMemo(() => (compare ? addedConnectionIds(compare.comparison) : null), [compare]);
  const removedEdges = useMemo(() => (compare ? ghostEdges(compare.before, compare.after, compare.comparison) : []), [compare]);
  const shownEdges = useMemo(
    () => (addedConnections ? markEdges(edges, addedConnections, removedEdges) : edges),
    [edges, addedConnections, removedEdges],
  );
  const ariaLabelConfig = useMemo(() => canvasAriaLabels(t), [t]);

  useEffect(() => {
    setFlowInstance(rf);
    return () => setFlowInstance(null);
  }, [rf]);

  // The instance's identity changes as React Flow initialises; the effects below must run only when
  // a new document or a focus request arrives, never because of that.
  const rfRef = useRef(rf);
  rfRef.current = rf;
  const canvasRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // After the new document's nodes are committed to React Flow. Not for an empty design: React Flow
    // would queue the fit and apply it when the first part is dropped, jumping the view.
    if (store.getState().design.parts.length === 0) {
      setFitted(fitRequest);
      return;
    }
    const frame = requestAnimationFrame(() => {
      // Fit when that keeps card text readable; else readable zoom on the cluster (open-view.ts). A large
      // design opens fitted: zoomed out it is drawn as an overview, which is made for that.
      const opened = store.getState().design;
      const readable = opened.parts.length > DRAW_IN_VIEW_ONLY_ABOVE ? undefined : openingViewportIn(canvasRef.current, opened);
      if (readable) void rfRef.current.setViewport(readable);
      else void rfRef.current.fitView({ ...FIT_OPTIONS, maxZoom: 1 });
      setFitted(fitRequest);
    });
    return () => cancelAnimationFrame(frame);
  }, [fitRequest]);

  // Centring on a shown part is animated; until the view has landed the canvas says so (data-centring),
  // so whatever reads positions on it (a test, a pointer) can wait for the real view. Derived in render,
  // so it is set in the very commit that shows the new focus. The centring runs once per request number
  // (`seq`): the focus object may be rebuilt or cleared without asking to centre again.
  const focusSeq = focus?.seq ?? 0;
  const [landedSeq, setLandedSeq] = useState(0);
  const focusSeqRef = useRef(0);
  focusSeqRef.current = focusSeq;
  const centring = !!focus && focus.ids.length > 0 && focus.seq !== landedSeq;
  useEffect(() => {
    const request = store.getState().focus;
    if (!request || request.seq !== focusSeq || request.ids.length === 0) return;
    const seq = request.seq;
    void rfRef.current
      .fitView({
        ...FIT_OPTIONS,
        nodes: request.ids.map((id) => ({ id })),
        duration: 300,
        maxZoom: 1.2,
        padding: 0.4,
      })
      .then(() => setLandedSeq(seq));
  }, [focusSeq]);
  // A pan or zoom by the user interrupts the animation, whose promise then does not settle: the view has
  // landed wherever the user left it.
  const onMoveEnd = useCallback(() => setLandedSeq(focusSeqRef.current), []);

  const onNodesChange = useCallback((changes: NodeChange<PartNode>[]) => applyNodeChanges(store, changes), []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => applyEdgeChanges(store, changes), []);
  const isValidConnection: IsValidConnection = useCallback(
    (c: Edge | FlowConnection) => canConnect(store.editor.design, c.source, c.target),
    [],
  );
  // React Flow clears the selection of the nodes and edges it has; the overview gives it no edges, so a
  // selected connection is cleared here.
  const onPaneClick = useCallback(() => {
    if (store.editor.selection.length > 0) store.editor.select([]);
  }, []);
  const onConnect = useCallback((c: FlowConnection) => {
    try {
      store.editor.apply((d) => connect(d, c.source, c.target).design);
    } catch (err) {
      reportError(err);
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
    <div
      ref={canvasRef}
      className="canvas"
      data-testid="canvas"
      data-detail={overview ? 'overview' : compact ? 'compact' : 'full'}
      data-opened-view={fitted === fitRequest}
      data-centring={centring ? 'true' : undefined}
      data-compare={compare ? 'on' : undefined}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <CanvasContexts detail={detail} obstacles={obstacles} routes={routes}>
        <ReactFlow<PartNode, ConnectionEdge>
          nodes={flowNodes.current}
          edges={overview ? NO_EDGES : shownEdges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          // Compare mode is read-only: parts cannot be moved or connected (an edit made elsewhere leaves it).
          nodesDraggable={!compare}
          nodesConnectable={!compare}
          onPaneClick={overview ? onPaneClick : undefined}
          onMoveEnd={onMoveEnd}
          isValidConnection={isValidConnection}
          connectionLineType={ConnectionLineType.SmoothStep}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          minZoom={0.05}
          maxZoom={2.5}
          defaultViewport={DEFAULT_VIEWPORT}
          zIndexMode="manual"
          onlyRenderVisibleElements={large}
          proOptions={PRO_OPTIONS}
          ariaLabelConfig={ariaLabelConfig}
        >
          <Background gap={20} />
          <Controls showInteractive={false} fitViewOptions={FIT_OPTIONS} />
          {!overview && connections.length > 0 && <ConnectionLegend />}
          <ConnectionFeedback />
          {overview && scene && <OverviewLayer scene={scene} onDragging={setOverviewDragging} />}
          {showMinimap &&
            (large && scene ? (
              <OverviewMiniMap scene={scene} />
            ) : (
              <MiniMap<PartNode> pannable zoomable nodeColor={minimapColor} />
            ))}
        </ReactFlow>
      </CanvasContexts>
    </div>
  );
}
