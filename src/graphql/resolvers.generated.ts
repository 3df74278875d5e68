/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { agreements as Query_agreements } from './resolvers/Query/agreements.js';
import    { articles as Query_articles } from './resolvers/Query/articles.js';
import    { cooperationAreas as Query_cooperationAreas } from './resolvers/Query/cooperationAreas.js';
import    { enterprises as Query_enterprises } from './resolvers/Query/enterprises.js';
import    { entities as Query_entities } from './resolvers/Query/entities.js';
import    { events as Query_events } from './resolvers/Query/events.js';
import    { graphStats as Query_graphStats } from './resolvers/Query/graphStats.js';
import    { industries as Query_industries } from './resolvers/Query/industries.js';
import    { initiatives as Query_initiatives } from './resolvers/Query/initiatives.js';
import    { neighborhood as Query_neighborhood } from './resolvers/Query/neighborhood.js';
import    { newAreas as Query_newAreas } from './resolvers/Query/newAreas.js';
import    { node as Query_node } from './resolvers/Query/node.js';
import    { nodes as Query_nodes } from './resolvers/Query/nodes.js';
import    { organizations as Query_organizations } from './resolvers/Query/organizations.js';
import    { partnerCandidates as Query_partnerCandidates } from './resolvers/Query/partnerCandidates.js';
import    { paths as Query_paths } from './resolvers/Query/paths.js';
import    { people as Query_people } from './resolvers/Query/people.js';
import    { platforms as Query_platforms } from './resolvers/Query/platforms.js';
import    { policies as Query_policies } from './resolvers/Query/policies.js';
import    { projects as Query_projects } from './resolvers/Query/projects.js';
import    { proposals as Query_proposals } from './resolvers/Query/proposals.js';
import    { regions as Query_regions } from './resolvers/Query/regions.js';
import    { search as Query_search } from './resolvers/Query/search.js';
import    { taskCoverage as Query_taskCoverage } from './resolvers/Query/taskCoverage.js';
import    { tasks as Query_tasks } from './resolvers/Query/tasks.js';
import    { Agreement } from './resolvers/Agreement.js';
import    { AgreementConnection } from './resolvers/AgreementConnection.js';
import    { AgreementEdge } from './resolvers/AgreementEdge.js';
import    { Article } from './resolvers/Article.js';
import    { ArticleConnection } from './resolvers/ArticleConnection.js';
import    { ArticleEdge } from './resolvers/ArticleEdge.js';
import    { Citation } from './resolvers/Citation.js';
import    { CooperationArea } from './resolvers/CooperationArea.js';
import    { CooperationAreaConnection } from './resolvers/CooperationAreaConnection.js';
import    { CooperationAreaEdge } from './resolvers/CooperationAreaEdge.js';
import    { Enterprise } from './resolvers/Enterprise.js';
import    { EnterpriseConnection } from './resolvers/EnterpriseConnection.js';
import    { EnterpriseEdge } from './resolvers/EnterpriseEdge.js';
import    { EntityConnection } from './resolvers/EntityConnection.js';
import    { EntityEdge } from './resolvers/EntityEdge.js';
import    { Event } from './resolvers/Event.js';
import    { EventConnection } from './resolvers/EventConnection.js';
import    { EventEdge } from './resolvers/EventEdge.js';
import    { GraphEdge } from './resolvers/GraphEdge.js';
import    { GraphStats } from './resolvers/GraphStats.js';
import    { Industry } from './resolvers/Industry.js';
import    { IndustryConnection } from './resolvers/IndustryConnection.js';
import    { IndustryEdge } from './resolvers/IndustryEdge.js';
import    { Initiative } from './resolvers/Initiative.js';
import    { InitiativeConnection } from './resolvers/InitiativeConnection.js';
import    { InitiativeEdge } from './resolvers/InitiativeEdge.js';
import    { NewArea } from './resolvers/NewArea.js';
import    { NewAreaConnection } from './resolvers/NewAreaConnection.js';
import    { NewAreaEdge } from './resolvers/NewAreaEdge.js';
import    { Organization } from './resolvers/Organization.js';
import    { OrganizationConnection } from './resolvers/OrganizationConnection.js';
import    { OrganizationEdge } from './resolvers/OrganizationEdge.js';
import    { PageInfo } from './resolvers/PageInfo.js';
import    { PartnerCandidate } from './resolvers/PartnerCandidate.js';
import    { PartnerReason } from './resolvers/PartnerReason.js';
import    { Path } from './resolvers/Path.js';
import    { PathStep } from './resolvers/PathStep.js';
import    { Person } from './resolvers/Person.js';
import    { PersonConnection } from './resolvers/PersonConnection.js';
import    { PersonEdge } from './resolvers/PersonEdge.js';
import    { Platform } from './resolvers/Platform.js';
import    { PlatformConnection } from './resolvers/PlatformConnection.js';
import    { PlatformEdge } from './resolvers/PlatformEdge.js';
import    { Policy } from './resolvers/Policy.js';
import    { PolicyConnection } from './resolvers/PolicyConnection.js';
import    { PolicyEdge } from './resolvers/PolicyEdge.js';
import    { Project } from './resolvers/Project.js';
import    { ProjectConnection } from './resolvers/ProjectConnection.js';
import    { ProjectEdge } from './resolvers/ProjectEdge.js';
import    { Proposal } from './resolvers/Proposal.js';
import    { ProposalConnection } from './resolvers/ProposalConnection.js';
import    { ProposalEdge } from './resolvers/ProposalEdge.js';
import    { Region } from './resolvers/Region.js';
import    { RegionConnection } from './resolvers/RegionConnection.js';
import    { RegionEdge } from './resolvers/RegionEdge.js';
import    { Relationship } from './resolvers/Relationship.js';
import    { SearchHit } from './resolvers/SearchHit.js';
import    { SideCoverage } from './resolvers/SideCoverage.js';
import    { Source } from './resolvers/Source.js';
import    { Subgraph } from './resolvers/Subgraph.js';
import    { Task } from './resolvers/Task.js';
import    { TaskConnection } from './resolvers/TaskConnection.js';
import    { TaskCoverage } from './resolvers/TaskCoverage.js';
import    { TaskEdge } from './resolvers/TaskEdge.js';
    export const resolvers: Resolvers = {
      Query: { agreements: Query_agreements,articles: Query_articles,cooperationAreas: Query_cooperationAreas,enterprises: Query_enterprises,entities: Query_entities,events: Query_events,graphStats: Query_graphStats,industries: Query_industries,initiatives: Query_initiatives,neighborhood: Query_neighborhood,newAreas: Query_newAreas,node: Query_node,nodes: Query_nodes,organizations: Query_organizations,partnerCandidates: Query_partnerCandidates,paths: Query_paths,people: Query_people,platforms: Query_platforms,policies: Query_policies,projects: Query_projects,proposals: Query_proposals,regions: Query_regions,search: Query_search,taskCoverage: Query_taskCoverage,tasks: Query_tasks },
      
      
      Agreement: Agreement,
AgreementConnection: AgreementConnection,
AgreementEdge: AgreementEdge,
Article: Article,
ArticleConnection: ArticleConnection,
ArticleEdge: ArticleEdge,
Citation: Citation,
CooperationArea: CooperationArea,
CooperationAreaConnection: CooperationAreaConnection,
CooperationAreaEdge: CooperationAreaEdge,
Enterprise: Enterprise,
EnterpriseConnection: EnterpriseConnection,
EnterpriseEdge: EnterpriseEdge,
EntityConnection: EntityConnection,
EntityEdge: EntityEdge,
Event: Event,
EventConnection: EventConnection,
EventEdge: EventEdge,
GraphEdge: GraphEdge,
GraphStats: GraphStats,
Industry: Industry,
IndustryConnection: IndustryConnection,
IndustryEdge: IndustryEdge,
Initiative: Initiative,
InitiativeConnection: InitiativeConnection,
InitiativeEdge: InitiativeEdge,
NewArea: NewArea,
NewAreaConnection: NewAreaConnection,
NewAreaEdge: NewAreaEdge,
Organization: Organization,
OrganizationConnection: OrganizationConnection,
OrganizationEdge: OrganizationEdge,
PageInfo: PageInfo,
PartnerCandidate: PartnerCandidate,
PartnerReason: PartnerReason,
Path: Path,
PathStep: PathStep,
Person: Person,
PersonConnection: PersonConnection,
PersonEdge: PersonEdge,
Platform: Platform,
PlatformConnection: PlatformConnection,
PlatformEdge: PlatformEdge,
Policy: Policy,
PolicyConnection: PolicyConnection,
PolicyEdge: PolicyEdge,
Project: Project,
ProjectConnection: ProjectConnection,
ProjectEdge: ProjectEdge,
Proposal: Proposal,
ProposalConnection: ProposalConnection,
ProposalEdge: ProposalEdge,
Region: Region,
RegionConnection: RegionConnection,
RegionEdge: RegionEdge,
Relationship: Relationship,
SearchHit: SearchHit,
SideCoverage: SideCoverage,
Source: Source,
Subgraph: Subgraph,
Task: Task,
TaskConnection: TaskConnection,
TaskCoverage: TaskCoverage,
TaskEdge: TaskEdge
    }