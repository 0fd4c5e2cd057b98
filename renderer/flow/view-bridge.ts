/** Lets commands outside the canvas (toolbar, menu, shortcuts) reach the React Flow viewport. */
import type { ReactFlowInstance } from '@xyflow/react';
import type { PartNode } from './to-flow.js';

let instance: ReactFlowInstance<PartNode> | null = null;

export function setFlowInstance(next: ReactFlowInstance<PartNode> | null): void {
  instance = next;
}

export function flow(): ReactFlowInstance<PartNode> | null {
  return instance;
}
