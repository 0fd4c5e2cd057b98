/**
 * The three places where eksctl's published schema is stricter than eksctl itself (listed in the
 * reference README under "Known schema quirks"). Each patch is applied to a deep copy, so the vendored
 * schema object stays exactly as upstream ships it.
 */
import type { EksctlSchema, SchemaNode } from './schema.js';

/** A deep copy of `schema` with the three quirks fixed. Throws if the schema no longer has the expected shape. */
export function patchEksctlSchema(schema: EksctlSchema): EksctlSchema {
  // JSON round trip: the schema is plain JSON, and the pure core has no structuredClone typing.
  const copy = JSON.parse(JSON.stringify(schema)) as EksctlSchema;
  const defs = copy.definitions;

  // 1. identityProviders[]: the wrapper `IdentityProvider` requires `type: oidc` and then says the same
  //    object must match `OIDCIdentityProvider`, which is closed (additionalProperties: false) and does
  //    not list `type`. So no identity provider could ever validate. eksctl reads `type` from the wrapper
  //    and the other fields from the same object, so the closed definition must allow `type` too.
  const oidc = definition(defs, 'OIDCIdentityProvider');
  oidc.properties = { ...oidc.properties, type: { type: 'string', enum: ['oidc'] } };

  // 2. remoteNetworkConfig.vpcGatewayID is listed as required, but eksctl treats it as optional (hybrid
  //    nodes can reach the VPC without eksctl attaching a gateway; upstream's own example 43 omits it).
  const remote = definition(defs, 'RemoteNetworkConfig');
  remote.required = (remote.required ?? []).filter((field) => field !== 'vpcGatewayID');

  // 3. nodeGroups[].taints: eksctl's taintsWrapper unmarshals both the list form and the map form
  //    `{key: "value:Effect"}`, but the schema describes only the list. Accept either.
  const list = definition(defs, 'taintsWrapper');
  defs['taintsWrapper'] = {
    description: list.description,
    anyOf: [
      { type: 'array', items: list.items },
      { type: 'object', additionalProperties: { type: 'string' } },
    ],
  };

  return copy;
}

function definition(defs: Record<string, SchemaNode>, name: string): SchemaNode {
  const def = defs[name];
  if (!def) throw new Error(`eksctl schema: definition "${name}" is missing; the schema patches need updating`);
  return def;
}
