/**
 * Small edits the rules' fixes are made of. Each goes through the editor's `updatePart`, so a fix can only
 * produce props the part's schema accepts, and each returns the design itself when there is nothing to do
 * (the problems panel offers "Apply fix" only when a fix would change something).
 */
import { updatePart } from '../editor/commands.js';
import { SWITCH_ROWS } from '../model/addons.js';
import type { Design } from '../model/design.js';
import type { Addons, Part, PartKind, PartOf } from '../model/parts.js';
import type { Diagnostic } from './types.js';

/** The part of `kind` among the finding's parts (its first such part), if it is still in the design. */
export function findingPart<K extends PartKind>(design: Design, diagnostic: Diagnostic, kind: K): PartOf<K> | undefined {
  for (const id of diagnostic.partIds) {
    const part = design.parts.find((p) => p.id === id);
    if (part?.kind === kind) return part as PartOf<K>;
  }
  return undefined;
}

/** Replaces the props of `part` with `next(props)`; unchanged when `next` returns the same object. */
export function patchProps<P extends Part>(design: Design, part: P | undefined, next: (props: P['props']) => P['props']): Design {
  if (!part) return design;
  const props = next(part.props);
  return props === part.props ? design : updatePart(design, part.id, { props });
}

/** Add-ons that get an IAM role through the cluster's controller identity (see catalog/security/iam-users.ts). */
const ROLE_ADDONS: ReadonlySet<string> = new Set(SWITCH_ROWS.filter((row) => 'serviceAccount' in row).map((row) => row.switch));

/**
 * Turns on a boolean add-on of the cluster named in the finding. A controller that needs an IAM role on a
 * Pod Identity cluster brings the Pod Identity Agent with it, or the fix would trade one error for another.
 */
export function enableAddon(design: Design, diagnostic: Diagnostic, addon: keyof Addons): Design {
  const cluster = findingPart(design, diagnostic, 'cluster');
  return patchProps(design, cluster, (props) => {
    if (props.addons[addon] === true) return props;
    const agent = ROLE_ADDONS.has(addon) && props.controllerIdentity === 'pod-identity';
    return { ...props, addons: { ...props.addons, [addon]: true, ...(agent ? { podIdentityAgent: true } : {}) } };
  });
}
