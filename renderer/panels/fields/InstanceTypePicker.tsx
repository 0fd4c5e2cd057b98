/**
 * A node group's instance types: the chosen types as removable chips, and a search box over the 1,108
 * EC2 types (vCPU, memory, architecture, GPUs and us-east-1 price per row). Type to filter, arrow keys to
 * move, Enter to add the highlighted type; a click adds too.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  instanceTypeFacts,
  isMacInstanceType,
  searchInstanceTypes,
  type InstanceTypeFacts,
} from '../../../shared/data/ec2/instance-catalog.js';

interface Props {
  id: string;
  value: readonly string[] | undefined;
  onCommit: (value: string[]) => void;
  label: string;
}

const gib = (mib: number) => (mib / 1024).toLocaleString('en-US', { maximumFractionDigits: 2 });

function FactsCells({ facts }: { facts: InstanceTypeFacts }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="it-num">{facts.vcpu}</span>
      <span className="it-num">{t('inspectorFields.instanceTypes.gib', { value: gib(facts.memoryMiB) })}</span>
      <span>{facts.arch}</span>
      <span className="it-num">{facts.gpus || ''}</span>
      <span className="it-num">
        {facts.usdPerHourUsEast1 === null ? t('inspectorFields.instanceTypes.noPrice') : `$${facts.usdPerHourUsEast1}`}
      </span>
    </>
  );
}

export function InstanceTypePicker({ id, value, onCommit, label }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const chosen = value ?? [];
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => searchInstanceTypes(query).filter((m) => !chosen.includes(m.type)), [query, chosen]);
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));

  const add = (type: string) => {
    if (!chosen.includes(type)) onCommit([...chosen, type]);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(matches.length - 1, activeIndex + step)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const pick = matches[activeIndex];
      if (open && pick) add(pick.type);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="instance-picker">
      <ul className="it-chips" aria-label={label}>
        {chosen.map((type) => {
          const facts = instanceTypeFacts(type);
          return (
            <li
              key={type}
              className={`it-chip${facts ? '' : ' unknown'}`}
              data-testid="instance-chip"
              data-type={type}
              title={facts ? undefined : t('inspectorFields.instanceTypes.unknown')}
            >
              <span>{type}</span>
              {facts ? (
                <span className="it-chip-facts">
                  {facts.vcpu} vCPU · {t('inspectorFields.instanceTypes.gib', { value: gib(facts.memoryMiB) })} · {facts.arch}
                </span>
              ) : (
                <span className="it-chip-facts">{t('inspectorFields.instanceTypes.unknown')}</span>
              )}
              <button
                type="button"
                aria-label={t('inspectorFields.instanceTypes.remove', { type })}
                onClick={() => onCommit(chosen.filter((c) => c !== type))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <input
        id={id}
        data-testid="instance-search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[activeIndex] ? `${listId}-${matches[activeIndex]!.type}` : undefined}
        placeholder={t('inspectorFields.instanceTypes.search')}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <div className="it-list" data-testid="instance-list">
          <div className="it-row it-head" aria-hidden="true">
            <span>{t('inspectorFields.instanceTypes.columns.type')}</span>
            <span className="it-num">{t('inspectorFields.instanceTypes.columns.vcpu')}</span>
            <span className="it-num">{t('inspectorFields.instanceTypes.columns.memory')}</span>
            <span>{t('inspectorFields.instanceTypes.columns.arch')}</span>
            <span className="it-num">{t('inspectorFields.instanceTypes.columns.gpus')}</span>
            <span className="it-num">{t('inspectorFields.instanceTypes.columns.price')}</span>
          </div>
          <ul id={listId} role="listbox" aria-label={label}>
            {matches.length === 0 && (
              <li className="hint">
                {/* Mac types are left out of the list on purpose: say why rather than that nothing matches. */}
                {isMacInstanceType(query.trim().toLowerCase())
                  ? t('inspectorFields.instanceTypes.noMatchMac', { query: query.trim() })
                  : t('inspectorFields.instanceTypes.noMatch', { query })}
              </li>
            )}
            {matches.map((m, i) => (
              <li
                key={m.type}
                id={`${listId}-${m.type}`}
                role="option"
                aria-selected={i === activeIndex}
                className={`it-row${i === activeIndex ? ' active' : ''}`}
                data-type={m.type}
                ref={i === activeIndex ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}
                onMouseDown={(e) => {
                  // Keep focus in the search box, so several types can be added in a row.
                  e.preventDefault();
                  add(m.type);
                }}
              >
                <span className="it-type">{m.type}</span>
                <FactsCells facts={m} />
              </li>
            ))}
          </ul>
          <p className="it-note">{t('inspectorFields.instanceTypes.priceNote')}</p>
        </div>
      )}
    </div>
  );
}
