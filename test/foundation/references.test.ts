import { ApiObject } from 'cdk8s';
import { PROD_BASE, render } from '../support/fixtures';

describe('inspectionJsonOf: an object as JSON for the steps that finish a chart', () => {
  it('turns each object into JSON at most twice in a render: once for the log selectors, prune protection and rotation together, once for the output', () => {
    const calls = new Map<ApiObject, number>();
    const toJson = ApiObject.prototype.toJson;
    const spy = jest.spyOn(ApiObject.prototype, 'toJson').mockImplementation(function (this: ApiObject) {
      calls.set(this, (calls.get(this) ?? 0) + 1);
      return toJson.call(this);
    });
    try {
      // production-shaped: workloads whose Secrets rotate, a database whose backups are protected, log alerts
      render({}, PROD_BASE);
    } finally {
      spy.mockRestore();
    }
    const byKind = (count: number) => [...new Set([...calls].filter(([, n]) => n === count).map(([o]) => o.kind))].sort();
    expect(byKind(3)).toEqual([]);
    // the workloads are read by all three steps, and written
    expect(byKind(2)).toEqual(expect.arrayContaining(['Deployment', 'StatefulSet']));
    expect(Math.max(...calls.values())).toBe(2);
  });
});
