/**
 * One form field of the inspector, picked from the field's schema type and, for fields the app knows a
 * list for, its key (Region, version, AZ, instance types, subnets, VPC endpoints). Text-like fields commit
 * on blur or Enter; others on change.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newOptionalGroup } from '../../shared/model/optional-groups.js';
import { VPC_ENDPOINT_SERVICES } from '../../shared/data/vpc-endpoint-services.js';
import { CheckList } from './fields/CheckList.js';
import { useFieldContext } from './fields/context.js';
import { optionKey, optionText } from './fields/field-text.js';
import { InstanceTypePicker } from './fields/InstanceTypePicker.js';
import { KeyValueEditor } from './fields/KeyValueEditor.js';
import { PolicyArnEditor } from './fields/PolicyArnEditor.js';
import { AzSelect, RegionSelect, VersionSelect, regionForSubnet } from './fields/pickers.js';
import { SelectorEditor } from './fields/SelectorEditor.js';
import { FieldSet, FieldShell, useFieldLabel } from './fields/Shell.js';
import { subnetChoices } from './fields/subnet-options.js';
import { TaintEditor } from './fields/TaintEditor.js';
import { useAppState } from '../store/app-store.js';
import type { Field } from './schema-fields.js';
import './fields/fields.css';

export interface FieldProps {
  field: Field;
  value: unknown;
  path: string;
}

function toText(field: Field, value: unknown): string {
  if (value === undefined) return '';
  if (field.type === 'list') return Array.isArray(value) ? value.join(', ') : '';
  if (field.type === 'json') return JSON.stringify(value, null, 1);
  return String(value);
}

/** A field typed as text: string, number, comma-separated list, or JSON for shapes without an editor. */
function TextField({ field, value, path }: FieldProps) {
  const { t } = useTranslation();
  const { commit } = useFieldContext();
  const [text, setText] = useState(() => toText(field, value));
  const [jsonError, setJsonError] = useState(false);
  useEffect(() => {
    setText(toText(field, value));
    setJsonError(false);
  }, [field, value]);
  const id = `f-${path}`;

  const save = () => {
    if (text === toText(field, value)) return;
    if (text.trim() === '' && field.optional) return commit(path, undefined);
    if (field.type === 'number') return commit(path, text.trim() === '' ? Number.NaN : Number(text));
    if (field.type === 'list')
      return commit(
        path,
        text
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
    if (field.type === 'json') {
      try {
        setJsonError(false);
        return commit(path, JSON.parse(text));
      } catch {
        return setJsonError(true);
      }
    }
    commit(path, text);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && field.type !== 'json') (e.target as HTMLElement).blur();
  };
  return (
    <FieldShell fieldKey={field.key} path={path}>
      {field.type === 'json' ? (
        <textarea
          id={id}
          data-testid={`field-${path}`}
          value={text}
          rows={3}
          onChange={(e) => setText(e.target.value)}
          onBlur={save}
        />
      ) : (
        <input
          id={id}
          data-testid={`field-${path}`}
          type={field.type === 'number' ? 'number' : 'text'}
          inputMode={field.type === 'number' ? (field.integer ? 'numeric' : 'decimal') : undefined}
          min={field.type === 'number' ? field.min : undefined}
          max={field.type === 'number' ? field.max : undefined}
          step={field.type === 'number' ? (field.integer ? 1 : 'any') : undefined}
          value={text}
          placeholder={field.type === 'list' ? t('inspector.listHint') : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={save}
          onKeyDown={onKey}
        />
      )}
      {jsonError && <div className="field-error">{t('inspector.invalidJson')}</div>}
    </FieldShell>
  );
}

function EnumField({ field, value, path }: FieldProps & { field: Extract<Field, { type: 'enum' }> }) {
  const { t } = useTranslation();
  const { commit } = useFieldContext();
  return (
    <FieldShell fieldKey={field.key} path={path}>
      <select
        id={`f-${path}`}
        data-testid={`field-${path}`}
        value={String(value ?? '')}
        onChange={(e) => commit(path, e.target.value || undefined)}
      >
        {field.optional && <option value="" />}
        {field.options.map((o) => (
          <option key={o} value={o}>
            {optionText(t, field.key, o)}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

function BooleanField({ field, value, path }: FieldProps) {
  const { commit } = useFieldContext();
  const label = useFieldLabel(field.key);
  return (
    <div className="field field-check" data-field-path={path}>
      <input
        id={`f-${path}`}
        data-testid={`field-${path}`}
        type="checkbox"
        checked={value === true}
        onChange={(e) => commit(path, e.target.checked)}
      />
      <label htmlFor={`f-${path}`} className="field-label">
        {label}
      </label>
    </div>
  );
}

/** A group of fields; an optional one (a workload's HPA) can be added from defaults and removed. */
function GroupField({ field, value, path }: FieldProps & { field: Extract<Field, { type: 'object' }> }) {
  const { t } = useTranslation();
  const { part, commit } = useFieldContext();
  const label = useFieldLabel(field.key);
  const obj = value as Record<string, unknown> | undefined;
  if (obj === undefined && field.optional) {
    return (
      <FieldSet fieldKey={field.key} path={path} className="field-group optional-group">
        <button
          type="button"
          data-testid={`add-${path}`}
          onClick={() =>
            commit(path, newOptionalGroup(part.kind, field.key, part.props as Record<string, unknown>, field.schema))
          }
        >
          + {t([`inspectorFields.group.${field.key}Add`, 'inspectorFields.group.add'], { group: label })}
        </button>
      </FieldSet>
    );
  }
  return (
    <FieldSet fieldKey={field.key} path={path} className="field-group">
      {field.fields.map((f) => (
        <FieldEditor key={f.key} field={f} value={obj?.[f.key]} path={`${path}.${f.key}`} />
      ))}
      {field.optional && (
        <button type="button" className="group-remove" data-testid={`remove-${path}`} onClick={() => commit(path, undefined)}>
          {t([`inspectorFields.group.${field.key}Remove`, 'inspectorFields.group.remove'], { group: label })}
        </button>
      )}
    </FieldSet>
  );
}

function AzField({ field, value, path }: FieldProps) {
  const { part, commit } = useFieldContext();
  const region = useAppState((s) => regionForSubnet(part, s.design));
  return (
    <FieldShell fieldKey={field.key} path={path}>
      <AzSelect id={`f-${path}`} value={String(value ?? '')} onCommit={(v) => commit(path, v)} region={region} />
    </FieldShell>
  );
}

/** Subnets as checkboxes; the store is asked for a string so the form redraws only when the subnets change. */
function SubnetsField({ field, value, path }: FieldProps) {
  const { t } = useTranslation();
  const { part, commit } = useFieldContext();
  const json = useAppState((s) =>
    JSON.stringify(
      subnetChoices(part, s.design).map((p) => ({
        id: p.id,
        name: p.name,
        az: p.props.availabilityZone,
        access: p.props.access,
      })),
    ),
  );
  const subnets = useMemo(() => JSON.parse(json) as { id: string; name: string; az: string; access: string }[], [json]);
  return (
    <FieldSet fieldKey={field.key} path={path}>
      {subnets.length === 0 && <p className="hint">{t('inspectorFields.pickers.noSubnets')}</p>}
      <CheckList
        path={path}
        wide
        options={subnets.map((s) => ({
          value: s.id,
          text: t('inspectorFields.pickers.subnetRow', { name: s.name, az: s.az, access: t(optionKey('access', s.access)!) }),
        }))}
        value={value as string[] | undefined}
        onCommit={(v) => commit(path, v)}
      />
    </FieldSet>
  );
}

export function FieldEditor(props: FieldProps) {
  const { t } = useTranslation();
  const { part, commit } = useFieldContext();
  const { field, value, path } = props;
  const label = useFieldLabel(field.key);
  const id = `f-${path}`;
  const onCommit = (v: unknown) => commit(path, v);

  // Fields the app knows a list of values for.
  if (field.key === 'instanceTypes')
    return (
      <FieldShell fieldKey={field.key} path={path}>
        <InstanceTypePicker id={id} value={value as string[] | undefined} onCommit={onCommit} label={label} />
      </FieldShell>
    );
  if (field.key === 'region' && field.type === 'string')
    return (
      <FieldShell fieldKey={field.key} path={path}>
        <RegionSelect id={id} value={String(value ?? '')} onCommit={onCommit} allowSameAsCluster={part.kind !== 'cluster'} />
      </FieldShell>
    );
  if (field.key === 'version' && part.kind === 'cluster')
    return (
      <FieldShell fieldKey={field.key} path={path}>
        <VersionSelect id={id} value={String(value ?? '')} onCommit={onCommit} />
      </FieldShell>
    );
  if (field.key === 'availabilityZone') return <AzField {...props} />;
  if (field.key === 'vpcEndpoints')
    return (
      <FieldSet fieldKey={field.key} path={path}>
        <CheckList
          path={path}
          options={VPC_ENDPOINT_SERVICES.map((s) => ({ value: s }))}
          value={value as string[] | undefined}
          onCommit={onCommit}
        />
      </FieldSet>
    );
  if (field.key === 'subnetIds') return <SubnetsField {...props} />;
  if (field.key === 'taints' && field.type === 'objectList')
    return (
      <FieldSet fieldKey={field.key} path={path}>
        <TaintEditor value={value as never} onCommit={onCommit} label={label} />
      </FieldSet>
    );
  if (field.key === 'iamPolicyArns' && part.kind === 'workload')
    return (
      <FieldSet fieldKey={field.key} path={path}>
        <PolicyArnEditor
          value={value as string[] | undefined}
          onCommit={onCommit}
          label={label}
          active={part.props.usesAwsApis}
        />
      </FieldSet>
    );
  if (field.key === 'selectors' && field.type === 'objectList')
    return (
      <FieldSet fieldKey={field.key} path={path}>
        <SelectorEditor value={value as never} onCommit={onCommit} label={label} />
      </FieldSet>
    );

  switch (field.type) {
    case 'object':
      return <GroupField {...props} field={field} />;
    case 'boolean':
      return <BooleanField {...props} />;
    case 'enum':
      return <EnumField {...props} field={field} />;
    case 'map':
      return (
        <FieldSet fieldKey={field.key} path={path}>
          <KeyValueEditor value={value as Record<string, string> | undefined} onCommit={onCommit} label={label} />
        </FieldSet>
      );
    case 'list':
      if (field.options)
        return (
          <FieldSet fieldKey={field.key} path={path}>
            <CheckList
              path={path}
              options={field.options.map((v) => ({ value: v, text: optionText(t, field.key, v) }))}
              value={value as string[] | undefined}
              onCommit={onCommit}
            />
          </FieldSet>
        );
      return <TextField {...props} />;
    default:
      return <TextField {...props} />;
  }
}
