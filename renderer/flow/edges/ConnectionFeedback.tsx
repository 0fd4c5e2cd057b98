/**
 * Says why a connection being drawn is refused: next to the pointer while it is over a handle that will
 * not take it, and in a status line for a few seconds after the button is let go there. Screen readers hear
 * it from the window's one live region (app/announce.ts), not from a region of its own.
 */
import { useEffect, useRef, useState } from 'react';
import { useConnection } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { connectionRefusal } from '../../../shared/editor/connection-check.js';
import { announce } from '../../app/announce.js';
import { store } from '../../store/app-store.js';
import { refusalText } from './refusal-text.js';

/** How long the reason stays after the drag ends: long enough to read a sentence. */
const STATUS_MS = 6000;

export function ConnectionFeedback() {
  const { t, i18n } = useTranslation();
  const connection = useConnection();
  let live: string | null = null;
  if (connection.inProgress && connection.isValid === false && connection.toNode) {
    // A drag may start at either end; the connection always runs from the source handle's part.
    const fromSource = connection.fromHandle.type === 'source';
    const from = fromSource ? connection.fromNode.id : connection.toNode.id;
    const to = fromSource ? connection.toNode.id : connection.fromNode.id;
    const refusal = connectionRefusal(store.editor.design, from, to);
    if (refusal) live = refusalText(refusal, t, i18n.language);
  }
  const lastLive = useRef<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const inProgress = connection.inProgress;
  useEffect(() => {
    if (inProgress) {
      lastLive.current = live;
      if (live) setStatus(null);
      return;
    }
    // The drag ended; if it ended over a handle that refused it, keep the reason on screen for a while.
    const reason = lastLive.current;
    lastLive.current = null;
    if (reason) {
      setStatus(reason);
      announce(reason);
    }
  }, [inProgress, live]);
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <>
      {live && connection.pointer && (
        <div
          className="connection-refusal-tip"
          data-testid="connection-refusal-tip"
          style={{ left: connection.pointer.x + 16, top: connection.pointer.y + 16 }}
        >
          {live}
        </div>
      )}
      <div className="connection-refusal-status" data-testid="connection-refusal">
        {status}
      </div>
    </>
  );
}
