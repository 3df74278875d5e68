import { expect, it } from 'vitest';
import { describeWithSeededApi } from '../support/api.js';

/** A nested query costs one Cypher round trip per level of relationships, whatever its breadth. */
describeWithSeededApi('round trips to Neo4j', (api) => {

  // `nodes` rather than `edges { node }`, and default page sizes where they do, keep these within
  // the operation limits (depth 10; graphql-armor's cost multiplies literal `first` values).
  it('tasks → platforms → tasks → platforms over all tasks: 4 levels, 4 round trips', async () => {
    const body = await api.query<{ tasks: { nodes: { platforms: { nodes: { tasks: { totalCount: number } }[] } }[] } }>(`{
      tasks(first: 10) { nodes { id platforms { nodes { id tasks { totalCount nodes { id
        platforms(first: 19) { totalCount nodes { id name } }
      } } } } } }
    }`);
    expect(body.errors).toBeUndefined();
    const platformVisits = body.data!.tasks.nodes.flatMap((t) => t.platforms.nodes);
    // Breadth: many platforms at level 2, each with its own tasks at level 3.
    expect(platformVisits.length).toBeGreaterThan(10);
    // first: 19 at level 4 keeps the loader cache from answering it with level 2's pages.
    expect(body.extensions?.neo4j?.roundTrips).toBe(4);
  });

  it('a level asking again for pages already loaded is answered from the request cache', async () => {
    const body = await api.query(`{
      tasks(first: 10) { nodes { platforms { nodes { tasks { nodes { platforms { totalCount } } } } } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.neo4j?.roundTrips).toBe(3);
  });

  it('two relationship fields at the same level still cost one round trip for that level', async () => {
    const body = await api.query(`{
      platforms(first: 50) { edges { node { tasks { totalCount } cooperationAreas { totalCount } locatedIn { totalCount } } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.neo4j?.roundTrips).toBe(2);
  });

  it('citations with their paragraph text add one level, not one query per citation', async () => {
    const body = await api.query(`{
      tasks(first: 10) { edges { node { citations { paragraphText } } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.neo4j?.roundTrips).toBe(2);
  });
});
