/** The row cypher/stats/graphStats.cypher returns. */
export interface GraphStatsMapper {
  nodeCount: number;
  relationshipCount: number;
  labels: string[];
  neo4jVersion: string;
}
