/**
 * A list field as checkboxes (control-plane log types, VPC endpoints, subnets). Values the list does not
 * know (from an imported file) stay shown and ticked, so they can be seen and unticked.
 */
import { useTranslation } from 'react-i18next';

export interface CheckOption {
  value: string;
  /** Text shown; the value itself when absent. */
  text?: string;
}

interface Props {
  path: string;
  options: readonly CheckOption[];
  value: readonly string[] | undefined;
  onCommit: (value: string[]) => void;
  /** One option a line, for long option texts. */
  wide?: boolean;
}

export function CheckList({ path, options, value, onCommit, wide }: Props) {
  const { t } = useTranslation();
  const chosen = value ?? [];
  const known = new Set(options.map((o) => o.value));
  const all: CheckOption[] = [
    ...options,
    ...chosen
      .filter((v) => !known.has(v))
      .map((v) => ({ value: v, text: t('inspectorFields.pickers.unknownValue', { value: v }) })),
  ];
  const toggle = (v: string, on: boolean) => {
    const set = new Set(chosen);
    if (on) set.add(v);
    else set.delete(v);
    // Keep the list's own order, so the saved value does not depend on the order of the clicks.
    onCommit(all.map((o) => o.value).filter((x) => set.has(x)));
  };
  return (
    <div className={`check-list${wide ? ' wide' : ''}`}>
      {all.map((o) => {
        const id = `f-${path}-${o.value}`;
        return (
          <div key={o.value} className="check-item">
            <input
              id={id}
              type="checkbox"
              data-value={o.value}
              checked={chosen.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            <label htmlFor={id}>{o.text ?? o.value}</label>
          </div>
        );
      })}
    </div>
  );
}
