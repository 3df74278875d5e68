/**
 * The typed relationship fields of each entity type. scripts/generate-entity-schema.ts writes
 * them into schema/entities.graphql, and the resolvers read the same list, so a field's SDL and
 * its traversal cannot drift apart. Every type also has the generic `relationships` field.
 */

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

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
  f('NewArea', 'agreements', ['PARTY_TO'], 'OUTGOING', 'Agreement', 'Agreements this new area is a party to.'),
  f('Agreement', 'parties', ['PARTY_TO'], 'INCOMING', 'NewArea', 'The new areas that are parties to the agreement.'),
  f('Agreement', 'cooperationAreas', ['COVERS'], 'OUTGOING', 'CooperationArea', 'The areas of cooperation the agreement covers.'),
  f('CooperationArea', 'agreements', ['COVERS'], 'INCOMING', 'Agreement', 'Agreements that cover this area of cooperation.'),
  f('Agreement', 'signedAt', ['SIGNED_AT'], 'OUTGOING', 'Event', 'The event at which the agreement was signed.'),
  f('Event', 'agreementsSigned', ['SIGNED_AT'], 'INCOMING', 'Agreement', 'Agreements signed at this event.'),
  f('NewArea', 'tasks', ['SETS'], 'OUTGOING', 'Task', 'Key tasks this new area set together with its partner.'),
  f('Task', 'setBy', ['SETS'], 'INCOMING', 'NewArea', 'The new areas that set this task.'),
  f('Task', 'cooperationAreas', ['UNDER'], 'OUTGOING', 'CooperationArea', 'Areas of cooperation this task sits under (see `relationship.basis`).'),
  f('CooperationArea', 'tasks', ['UNDER'], 'INCOMING', 'Task', 'Key tasks that sit under this area of cooperation.'),
  // platforms and what they serve
  f('Platform', 'tasks', ['SERVES'], 'OUTGOING', 'Task', 'Key tasks this platform is a named vehicle for.'),
  f('Task', 'platforms', ['SERVES'], 'INCOMING', 'Platform', 'Platforms the task text names as its vehicles.'),
  f('Platform', 'cooperationAreas', ['SERVES'], 'OUTGOING', 'CooperationArea', 'Areas of cooperation this platform is a named vehicle for.'),
  f('CooperationArea', 'platforms', ['SERVES'], 'INCOMING', 'Platform', 'Platforms named as vehicles of this area of cooperation.'),
  f('Platform', 'initiatives', ['CARRIES'], 'OUTGOING', 'Initiative', 'National initiatives and corridors this platform carries.'),
  f('Initiative', 'platforms', ['CARRIES'], 'INCOMING', 'Platform', 'Platforms that carry this initiative.'),
  f('Platform', 'locatedIn', ['LOCATED_IN'], 'OUTGOING', 'Entity', 'Where the platform lies: a new area, region or larger platform.'),
  f('Platform', 'contains', ['LOCATED_IN'], 'INCOMING', 'Entity', 'Platforms, enterprises, organisations and projects that lie within this platform.'),
  f('NewArea', 'contains', ['LOCATED_IN'], 'INCOMING', 'Entity', 'Platforms, enterprises, organisations and projects that lie in this new area.'),
  f('Region', 'contains', ['LOCATED_IN'], 'INCOMING', 'Entity', 'Platforms, new areas and others that lie in this region.'),
  f('NewArea', 'locatedIn', ['LOCATED_IN'], 'OUTGOING', 'Region', 'The regions this new area lies in.'),
  f('NewArea', 'affiliates', ['AFFILIATED_WITH'], 'INCOMING', 'Entity', 'Platforms and organisations the source ties to this new area without placing them in it.'),
  // projects and policies
  f('Project', 'tasks', ['IMPLEMENTS'], 'OUTGOING', 'Task', 'Key tasks this project implements.'),
  f('Task', 'projects', ['IMPLEMENTS'], 'INCOMING', 'Project', 'Projects that implement this task.'),
  f('Project', 'cooperationAreas', ['IMPLEMENTS'], 'OUTGOING', 'CooperationArea', 'Areas of cooperation this project implements.'),
  f('CooperationArea', 'projects', ['IMPLEMENTS'], 'INCOMING', 'Project', 'Projects that implement this area of cooperation.'),
  f('Policy', 'tasks', ['SUPPORTS'], 'OUTGOING', 'Task', 'Key tasks this policy, mechanism or reform supports.'),
  f('Task', 'policies', ['SUPPORTS'], 'INCOMING', 'Policy', 'Policies, mechanisms and reforms that support this task.'),
  f('Policy', 'cooperationAreas', ['SUPPORTS'], 'OUTGOING', 'CooperationArea', 'Areas of cooperation this policy supports.'),
  f('CooperationArea', 'policies', ['SUPPORTS'], 'INCOMING', 'Policy', 'Policies, mechanisms and reforms that support this area.'),
  f('Project', 'runBy', ['RUNS'], 'INCOMING', 'Entity', 'Enterprises, organisations and people who run this project.'),
  f('Policy', 'runBy', ['RUNS'], 'INCOMING', 'Entity', 'Enterprises, organisations and people who run this policy.'),
  f('Project', 'involves', ['INVOLVES'], 'OUTGOING', 'Entity', 'Platforms, places, initiatives and organisations the project involves.'),
  // parties
  f('Person', 'positions', ['HOLDS_POSITION'], 'OUTGOING', 'Entity', 'Organisations and enterprises where this person holds a position (`relationship.title`).'),
  f('Organization', 'people', ['HOLDS_POSITION'], 'INCOMING', 'Person', 'People who hold a position here (`relationship.title`).'),
  f('Enterprise', 'people', ['HOLDS_POSITION'], 'INCOMING', 'Person', 'People who hold a position here (`relationship.title`).'),
  f('Enterprise', 'industries', ['IN_INDUSTRY'], 'OUTGOING', 'Industry', 'Industries the enterprise works in.'),
  f('Industry', 'enterprises', ['IN_INDUSTRY'], 'INCOMING', 'Enterprise', 'Enterprises in this industry.'),
  f('Industry', 'strongIn', ['STRONG_IN'], 'INCOMING', 'Entity', 'New areas and regions the source calls strong in this industry.'),
  f('NewArea', 'strengths', ['STRONG_IN'], 'OUTGOING', 'Industry', 'Industries the source calls a strength of this new area.'),
  f('Region', 'strengths', ['STRONG_IN'], 'OUTGOING', 'Industry', 'Industries the source calls a strength of this region.'),
  f('Enterprise', 'locatedIn', ['LOCATED_IN'], 'OUTGOING', 'Entity', 'Where the enterprise lies.'),
  f('Enterprise', 'expandsTo', ['EXPANDS_TO'], 'OUTGOING', 'Entity', 'Regions and new areas the enterprise is expanding into (`relationship.stage`).'),
  f('NewArea', 'incomingEnterprises', ['EXPANDS_TO'], 'INCOMING', 'Enterprise', 'Enterprises expanding into this new area.'),
  f('Region', 'incomingEnterprises', ['EXPANDS_TO'], 'INCOMING', 'Enterprise', 'Enterprises expanding into this region.'),
  f('Organization', 'locatedIn', ['LOCATED_IN'], 'OUTGOING', 'Entity', 'Where the organisation lies.'),
  f('Organization', 'administers', ['ADMINISTERS'], 'OUTGOING', 'NewArea', 'New areas this body administers.'),
  f('NewArea', 'administeredBy', ['ADMINISTERS'], 'INCOMING', 'Organization', 'Bodies that administer this new area.'),
  f('NewArea', 'establishes', ['ESTABLISHES'], 'OUTGOING', 'Organization', 'Bodies this new area has set up (leading groups, offices).'),
  f('Person', 'colleagues', ['INTRODUCES', 'INTRODUCED_TO'], 'BOTH', 'Person', 'People this person was introduced to or introduced to others.'),
  // events
  f('Event', 'participants', ['PARTICIPATES_IN'], 'INCOMING', 'Entity', 'Who took part (`relationship.role`).'),
  f('Event', 'places', ['TAKES_PLACE_AT'], 'OUTGOING', 'Entity', 'Where it took place.'),
  f('Person', 'events', ['PARTICIPATES_IN'], 'OUTGOING', 'Event', 'Events this person took part in.'),
  f('Organization', 'events', ['PARTICIPATES_IN'], 'OUTGOING', 'Event', 'Events this organisation took part in.'),
  f('NewArea', 'events', ['PARTICIPATES_IN'], 'OUTGOING', 'Event', 'Events this new area took part in.'),
  f('Person', 'visits', ['VISITS'], 'OUTGOING', 'Entity', 'Places this person visited (`relationship.activity`).'),
  f('Platform', 'visitors', ['VISITS'], 'INCOMING', 'Entity', 'People and delegations who visited this platform.'),
  // expert proposals and cooperation
  f('Person', 'proposals', ['PROPOSES'], 'OUTGOING', 'Proposal', 'Proposals this expert made.'),
  f('Proposal', 'proposedBy', ['PROPOSES'], 'INCOMING', 'Person', 'The expert who made the proposal.'),
  f('Proposal', 'concerns', ['CONCERNS'], 'OUTGOING', 'Entity', 'What the proposal is about: new areas, industries, initiatives, platforms, policies.'),
  f('Industry', 'proposals', ['CONCERNS'], 'INCOMING', 'Proposal', 'Expert proposals about this industry.'),
  f('Initiative', 'contributors', ['CONTRIBUTES_TO', 'CARRIES'], 'INCOMING', 'Entity', 'What contributes to or carries this initiative.'),
  f('Enterprise', 'cooperatesWith', ['COOPERATES_WITH'], 'BOTH', 'Entity', 'Who the enterprise cooperates with (`relationship.basis`, `relationship.mode`).'),
  f('Organization', 'cooperatesWith', ['COOPERATES_WITH'], 'BOTH', 'Entity', 'Who the organisation cooperates with (`relationship.basis`, `relationship.mode`).'),
  f('NewArea', 'cooperatesWith', ['COOPERATES_WITH'], 'BOTH', 'Entity', 'Who the new area cooperates with.'),
  f('Platform', 'cooperatesWith', ['COOPERATES_WITH'], 'BOTH', 'Entity', 'Who the platform cooperates with.'),
];

export function relationshipFieldsOf(owner: string): RelationshipFieldSpec[] {
  return RELATIONSHIP_FIELDS.filter((spec) => spec.owner === owner);
}
