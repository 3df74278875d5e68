import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededApi, startSeededApi } from '../support/api.js';

describe('entities over HTTP', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('the platforms serving task 3, with the relationship and its citation on the edge', async () => {
    const body = await api.query(`{
      node(id: "task:2020-03") {
        ... on Task { number title platforms { totalCount edges { node { id name kind } relationship { type direction role citations { paragraph quote paragraphText source { id } } } } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    console.log(JSON.stringify(body, null, 1).slice(0, 3000));
  });
});
