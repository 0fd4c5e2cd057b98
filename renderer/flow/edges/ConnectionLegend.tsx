/** A small key to the connection colours on the canvas; it can be folded away to its button. */
import { useState } from 'react';
import { Panel } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { CONNECTION_KINDS, CONNECTION_LOOKS } from '../../../shared/model/connection-kinds.js';

const SAMPLE_WIDTH = 34;

export function ConnectionLegend() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  return (
    <Panel position="bottom-left" className="connection-legend" data-testid="connection-legend" data-open={open}>
      <button
        type="button"
        className="connection-legend-toggle"
        data-testid="connection-legend-toggle"
        aria-expanded={open}
        title={open ? t('connections.legend.hide') : t('connections.legend.show')}
        onClick={() => setOpen(!open)}
      >
        {t('connections.legend.title')} {open ? '▴' : '▾'}
      </button>
      {open && (
        <ul>
          {CONNECTION_KINDS.map((kind) => {
            const look = CONNECTION_LOOKS[kind];
            return (
              <li key={kind} data-kind={kind}>
                <svg width={SAMPLE_WIDTH} height="10" aria-hidden="true">
                  <line
                    x1="1"
                    y1="5"
                    x2={SAMPLE_WIDTH - 8}
                    y2="5"
                    stroke={look.color}
                    strokeWidth="2"
                    strokeDasharray={look.dash || undefined}
                  />
                  <path d={`M${SAMPLE_WIDTH - 9} 1 L${SAMPLE_WIDTH - 1} 5 L${SAMPLE_WIDTH - 9} 9 Z`} fill={look.color} />
                </svg>
                {t(look.labelKey)}
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
