/**
 * The typed relationship fields of each entity type. scripts/generate-entity-schema.ts writes
 * them into schema/entities.graphql, and the resolvers read the same list, so a field's SDL and
 * its traversal cannot drift apart. Every type also has the generic `relationships` field.
 */

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationshipFieldSpec {
  /** The GraphQL type that has the field (a label of data/model.yaml). */
  owner: string;
  field: string;
  description: string;
  types: string[];
  direction: Direction;
  /** The label at the other end; its connection type is the field's type. `Entity` for mixed ends. */
  target: string;
}

const f = (
  owner: string,
  field: string,
  types: string[],
  direction: Direction,
  target: string,
  description: string,
): RelationshipFieldSpec => ({ owner, field, types, direction, target, description });

export const RELATIONSHIP_FIELDS: RelationshipFieldSpec[] = [
  // agreement and agenda
  f('NewArea', 'agreements', ['PARTY_TO'], 'OUT', 'Agreement', 'Agreements this new area is a party to.'),
  f('Agreement', 'parties', ['PARTY_TO'], 'IN', 'NewArea', 'The new areas that are parties to the agreement.'),
  f('Agreement', 'cooperationAreas', ['COVERS'], 'OUT', 'CooperationArea', 'The areas of cooperation the agreement covers.'),
  f('CooperationArea', 'agreements', ['COVERS'], 'IN', 'Agreement', 'Agreements that cover this area of cooperation.'),
  f('Agreement', 'signedAt', ['SIGNED_AT'], 'OUT', 'Event', 'The event at which the agreement was signed.'),
  f('Event', 'agreementsSigned', ['SIGNED_AT'], 'IN', 'Agreement', 'Agreements signed at this event.'),
  f('NewArea', 'tasks', ['SETS'], 'OUT', 'Task', 'Key tasks this new area set together with its partner.'),
  f('Task', 'setBy', ['SETS'], 'IN', 'NewArea', 'The new areas that set this task.'),
  f('Task', 'cooperationAreas', ['UNDER'], 'OUT', 'CooperationArea', 'Areas of cooperation this task sits under (see `relationship.basis`).'),
  f('CooperationArea', 'tasks', ['UNDER'], 'IN', 'Task', 'Key tasks that sit under this area of cooperation.'),
  // platforms and what they serve
  f('Platform', 'tasks', ['SERVES'], 'OUT', 'Task', 'Key tasks this platform is a named vehicle for.'),
  f('Task', 'platforms', ['SERVES'], 'IN', 'Platform', 'Platforms the task text names as its vehicles.'),
  f('Platform', 'cooperationAreas', ['SERVES'], 'OUT', 'CooperationArea', 'Areas of cooperation this platform is a named vehicle for.'),
  f('CooperationArea', 'platforms', ['SERVES'], 'IN', 'Platform', 'Platforms named as vehicles of this area of cooperation.'),
  f('Platform', 'initiatives', ['CARRIES'], 'OUT', 'Initiative', 'National initiatives and corridors this platform carries.'),
  f('Initiative', 'platforms', ['CARRIES'], 'IN', 'Platform', 'Platforms that carry this initiative.'),
  f('Platform', 'locatedIn', ['LOCATED_IN'], 'OUT', 'Entity', 'Where the platform lies: a new area, region or larger platform.'),
  f('Platform', 'contains', ['LOCATED_IN'], 'IN', 'Entity', 'Platforms, enterprises, organisations and projects that lie within this platform.'),
  f('NewArea', 'contains', ['LOCATED_IN'], 'IN', 'Entity', 'Platforms, enterprises, organisations and projects that lie in this new area.'),
  f('Region', 'contains', ['LOCATED_IN'], 'IN', 'Entity', 'Platforms, new areas and others that lie in this region.'),
  f('NewArea', 'locatedIn', ['LOCATED_IN'], 'OUT', 'Region', 'The regions this new area lies in.'),
  f('NewArea', 'affiliates', ['AFFILIATED_WITH'], 'IN', 'Entity', 'Platforms and organisations the source ties to this new area without placing them in it.'),
  // projects and policies
  f('Project', 'tasks', ['IMPLEMENTS'], 'OUT', 'Task', 'Key tasks this project implements.'),
  f('Task', 'projects', ['IMPLEMENTS'], 'IN', 'Project', 'Projects that implement this task.'),
  f('Project', 'cooperationAreas', ['IMPLEMENTS'], 'OUT', 'CooperationArea', 'Areas of cooperation this project implements.'),
  f('CooperationArea', 'projects', ['IMPLEMENTS'], 'IN', 'Project', 'Projects that implement this area of cooperation.'),
  f('Policy', 'tasks', ['SUPPORTS'], 'OUT', 'Task', 'Key tasks this policy, mechanism or reform supports.'),
  f('Task', 'policies', ['SUPPORTS'], 'IN', 'Policy', 'Policies, mechanisms and reforms that support this task.'),
  f('Policy', 'cooperationAreas', ['SUPPORTS'], 'OUT', 'CooperationArea', 'Areas of cooperation this policy supports.'),
  f('CooperationArea', 'policies', ['SUPPORTS'], 'IN', 'Policy', 'Policies, mechanisms and reforms that support this area.'),
  f('Project', 'runBy', ['RUNS'], 'IN', 'Entity', 'Enterprises, organisations and people who run this project.'),
  f('Policy', 'runBy', ['RUNS'], 'IN', 'Entity', 'Enterprises, organisations and people who run this policy.'),
  f('Project', 'involves', ['INVOLVES'], 'OUT', 'Entity', 'Platforms, places, initiatives and organisations the project involves.'),
  // parties
  f('Person', 'positions', ['HOLDS_POSITION'], 'OUT', 'Entity', 'Organisations and enterprises where this person holds a position (`relationship.title`).'),
  f('Organization', 'people', ['HOLDS_POSITION'], 'IN', 'Person', 'People who hold a position here (`relationship.title`).'),
  f('Enterprise', 'people', ['HOLDS_POSITION'], 'IN', 'Person', 'People who hold a position here (`relationship.title`).'),
  f('Enterprise', 'industries', ['IN_INDUSTRY'], 'OUT', 'Industry', 'Industries the enterprise works in.'),
  f('Industry', 'enterprises', ['IN_INDUSTRY'], 'IN', 'Enterprise', 'Enterprises in this industry.'),
  f('Industry', 'strongIn', ['STRONG_IN'], 'IN', 'Entity', 'New areas and regions the source calls strong in this industry.'),
  f('NewArea', 'strengths', ['STRONG_IN'], 'OUT', 'Industry', 'Industries the source calls a strength of this new area.'),
  f('Region', 'strengths', ['STRONG_IN'], 'OUT', 'Industry', 'Industries the source calls a strength of this region.'),
  f('Enterprise', 'locatedIn', ['LOCATED_IN'], 'OUT', 'Entity', 'Where the enterprise lies.'),
  f('Enterprise', 'expandsTo', ['EXPANDS_TO'], 'OUT', 'Entity', 'Regions and new areas the enterprise is expanding into (`relationship.stage`).'),
  f('NewArea', 'incomingEnterprises', ['EXPANDS_TO'], 'IN', 'Enterprise', 'Enterprises expanding into this new area.'),
  f('Region', 'incomingEnterprises', ['EXPANDS_TO'], 'IN', 'Enterprise', 'Enterprises expanding into this region.'),
  f('Organization', 'locatedIn', ['LOCATED_IN'], 'OUT', 'Entity', 'Where the organisation lies.'),
  f('Organization', 'administers', ['ADMINISTERS'], 'OUT', 'NewArea', 'New areas this body administers.'),
  f('NewArea', 'administeredBy', ['ADMINISTERS'], 'IN', 'Organization', 'Bodies that administer this new area.'),
  f('NewArea', 'establishes', ['ESTABLISHES'], 'OUT', 'Organization', 'Bodies this new area has set up (leading groups, offices).'),
  f('Person', 'colleagues', ['INTRODUCES', 'INTRODUCED_TO'], 'BOTH', 'Person', 'People this person was introduced to or introduced to others.'),
  // events
  f('Event', 'participants', ['PARTICIPATES_IN'], 'IN', 'Entity', 'Who took part (`relationship.role`).'),
  f('Event', 'places', ['TAKES_PLACE_AT'], 'OUT', 'Entity', 'Where it took place.'),
  f('Person', 'events', ['PARTICIPATES_IN'], 'OUT', 'Event', 'Events this person took part in.'),
  f('Organization', 'events', ['PARTICIPATES_IN'], 'OUT', 'Event', 'Events this organisation took part in.'),
  f('NewArea', 'events', ['PARTICIPATES_IN'], 'OUT', 'Event', 'Events this new area took part in.'),
  f('Person', 'visits', ['VISITS'], 'OUT', 'Entity', 'Places this person visited (`relationship.activity`).'),
  f('Platform', 'visitors', ['VISITS'], 'IN', 'Entity', 'People and delegations who visited this platform.'),
  // expert proposals and cooperation
  f('Person', 'proposals', ['PROPOSES'], 'OUT', 'Proposal', 'Proposals this expert made.'),
  f('Proposal', 'proposedBy', ['PROPOSES'], 'IN', 'Person', 'The expert who made the proposal.'),
  f('Proposal', 'concerns', ['CONCERNS'], 'OUT', 'Entity', 'What the proposal is about: new areas, industries, initiatives, platforms, policies.'),
  f('Industry', 'proposals', ['CONCERNS'], 'IN', 'Proposal', 'Expert proposals about this industry.'),
  f('Initiative', 'contributors', ['CONTRIBUTES_TO', 'CARRIES'], 'IN', 'Entity', 'What contributes to or carries this initiative.'),
  f('Enterprise', 'cooperatesWith', ['COOPERATES_WITH'], 'BOTH', 'Entity', 'Who the enterprise cooperates with (`relationship.basis`, `relationship.mode`).'),
  f('Organization', 'cooperatesWith', ['COOPERATES_WITH'], 'BOTH', 'Entity', 'Who the organisation cooperates with (`relationship.basis`, `relationship.mode`).'),
  f('NewArea', 'cooperatesWith', ['COOPERATES_WITH'], 'BOTH', 'Entity', 'Who the new area cooperates with.'),
  f('Platform', 'cooperatesWith', ['COOPERATES_WITH'], 'BOTH', 'Entity', 'Who the platform cooperates with.'),
];

export function relationshipFieldsOf(owner: string): RelationshipFieldSpec[] {
  return RELATIONSHIP_FIELDS.filter((spec) => spec.owner === owner);
}
