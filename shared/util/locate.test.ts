import { describe, expect, it } from 'vitest';
import { locateInText } from './locate.js';

const yaml = `# a comment
apiVersion: eksctl.io/v1alpha5
vpc:
  nat:
    gateway: Single
iam:
  serviceAccounts:
    - metadata:
        name: a
    - metadata:
        name: b
managedNodeGroups:
  - name: ng-1
    labels: {role: worker}
`;

describe('locateInText', () => {
  it("points at a field's key, also when its value is a block on the lines below", () => {
    expect(locateInText(yaml, ['vpc', 'nat'])).toEqual({ line: 4, column: 3 });
    expect(locateInText(yaml, ['vpc', 'nat', 'gateway'])).toEqual({ line: 5, column: 5 });
    expect(locateInText(yaml, ['iam', 'serviceAccounts', 1, 'metadata'])).toEqual({ line: 10, column: 7 });
    expect(locateInText(yaml, ['managedNodeGroups', 0, 'labels'])).toEqual({ line: 14, column: 5 });
  });

  it('points at a list item at its first field', () => {
    expect(locateInText(yaml, ['managedNodeGroups', 0])).toEqual({ line: 13, column: 5 });
  });

  it("points a missing field at its closest existing ancestor's key, a missing top-level one at the document", () => {
    expect(locateInText(yaml, ['vpc', 'nat', 'mode'])).toEqual({ line: 4, column: 3 });
    expect(locateInText(yaml, ['karpenter', 'version'])).toEqual({ line: 2, column: 1 });
  });

  it('reads JSON the same way', () => {
    const json = '{\n  "design": {\n    "parts": [\n      { "id": "a" }\n    ]\n  }\n}\n';
    expect(locateInText(json, ['design', 'parts'])).toEqual({ line: 3, column: 5 });
    expect(locateInText(json, ['design', 'parts', 0, 'id'])).toEqual({ line: 4, column: 9 });
  });
});
