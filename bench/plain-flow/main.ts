/**
 * The benchmark's baseline: plain React Flow with default nodes and no app around it. The benchmark
 * calls `window.__plainFlow.render(n)` and times until n `.react-flow__node` elements are drawn, as it
 * does for the app opening a design of n parts; then it drags one node, as it does in the app.
 */
import { createElement, useCallback, useEffect } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ReactFlow, ReactFlowProvider, useNodesState, useReactFlow, type Node, type NodeChange } from '@xyflow/react';

declare global {
  interface Window {
    __plainFlow?: { render(count: number): void };
  }
}

function grid(count: number): Node[] {
  const perRow = Math.ceil(Math.sqrt(count));
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    position: { x: (i % perRow) * 200, y: Math.floor(i / perRow) * 100 },
    data: { label: `Node ${i}` },
  }));
}

function Flow() {
  const [nodes, setNodes, applyChanges] = useNodesState<Node>([]);
  // The app's store updates React synchronously while dragging; so does the baseline, so that the
  // benchmark's per-move measure includes React Flow's render in both.
  const onNodesChange = useCallback((changes: NodeChange[]) => flushSync(() => applyChanges(changes)), [applyChanges]);
  const rf = useReactFlow();
  useEffect(() => {
    window.__plainFlow = { render: (count) => setNodes(grid(count)) };
  }, [setNodes]);
  useEffect(() => {
    // The app fits a newly opened design into view; the baseline does the same.
    if (nodes.length === 0) return;
    const frame = requestAnimationFrame(() => void rf.fitView());
    return () => cancelAnimationFrame(frame);
  }, [nodes.length, rf]);
  return createElement(ReactFlow, { nodes, onNodesChange, minZoom: 0.05 });
}

createRoot(document.getElementById('root')!).render(createElement(ReactFlowProvider, null, createElement(Flow)));
