/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { agreements as Query_agreements } from './resolvers/Query/agreements.js';
import    { articles as Query_articles } from './resolvers/Query/articles.js';
import    { changes as Query_changes } from './resolvers/Query/changes.js';
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
import    { createEnterprise as Mutation_createEnterprise } from './resolvers/Mutation/createEnterprise.js';
import    { createOrganization as Mutation_createOrganization } from './resolvers/Mutation/createOrganization.js';
import    { createPerson as Mutation_createPerson } from './resolvers/Mutation/createPerson.js';
import    { createPlatform as Mutation_createPlatform } from './resolvers/Mutation/createPlatform.js';
import    { createProject as Mutation_createProject } from './resolvers/Mutation/createProject.js';
import    { deleteEntity as Mutation_deleteEntity } from './resolvers/Mutation/deleteEntity.js';
import    { link as Mutation_link } from './resolvers/Mutation/link.js';
import    { recordProgress as Mutation_recordProgress } from './resolvers/Mutation/recordProgress.js';
import    { unlink as Mutation_unlink } from './resolvers/Mutation/unlink.js';
import    { updateEnterprise as Mutation_updateEnterprise } from './resolvers/Mutation/updateEnterprise.js';
import    { updateOrganization as Mutation_updateOrganization } from './resolvers/Mutation/updateOrganization.js';
import    { updatePerson as Mutation_updatePerson } from './resolvers/Mutation/updatePerson.js';
import    { updatePlatform as Mutation_updatePlatform } from './resolvers/Mutation/updatePlatform.js';
import    { updateProject as Mutation_updateProject } from './resolvers/Mutation/updateProject.js';
import    { Agreement } from './resolvers/Agreement.js';
import    { AgreementConnection } from './resolvers/AgreementConnection.js';
import    { AgreementEdge } from './resolvers/AgreementEdge.js';
import    { Article } from './resolvers/Article.js';
import    { ArticleConnection } from './resolvers/ArticleConnection.js';
import    { ArticleEdge } from './resolvers/ArticleEdge.js';
import    { Change } from './resolvers/Change.js';
import    { ChangeConnection } from './resolvers/ChangeConnection.js';
import    { ChangeEdge } from './resolvers/ChangeEdge.js';
import    { ChangeEntry } from './resolvers/ChangeEntry.js';
import    { ChangedRelationship } from './resolvers/ChangedRelationship.js';
import    { Citation } from './resolvers/Citation.js';
import    { CooperationArea } from './resolvers/CooperationArea.js';
import    { CooperationAreaConnection } from './resolvers/CooperationAreaConnection.js';
import    { CooperationAreaEdge } from './resolvers/CooperationAreaEdge.js';
import    { CoverageGap } from './resolvers/CoverageGap.js';
import    { DeleteEntityPayload } from './resolvers/DeleteEntityPayload.js';
import    { Enterprise } from './resolvers/Enterprise.js';
import    { EnterpriseConnection } from './resolvers/EnterpriseConnection.js';
import    { EnterpriseEdge } from './resolvers/EnterpriseEdge.js';
import    { EnterprisePayload } from './resolvers/EnterprisePayload.js';
import    { EntityConnection } from './resolvers/EntityConnection.js';
import    { EntityEdge } from './resolvers/EntityEdge.js';
import    { EntitySide } from './resolvers/EntitySide.js';
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
import    { LinkPayload } from './resolvers/LinkPayload.js';
import    { NewArea } from './resolvers/NewArea.js';
import    { NewAreaConnection } from './resolvers/NewAreaConnection.js';
import    { NewAreaEdge } from './resolvers/NewAreaEdge.js';
import    { Organization } from './resolvers/Organization.js';
import    { OrganizationConnection } from './resolvers/OrganizationConnection.js';
import    { OrganizationEdge } from './resolvers/OrganizationEdge.js';
import    { OrganizationPayload } from './resolvers/OrganizationPayload.js';
import    { PageInfo } from './resolvers/PageInfo.js';
import    { PartnerCandidate } from './resolvers/PartnerCandidate.js';
import    { PartnerReason } from './resolvers/PartnerReason.js';
import    { Path } from './resolvers/Path.js';
import    { PathStep } from './resolvers/PathStep.js';
import    { Person } from './resolvers/Person.js';
import    { PersonConnection } from './resolvers/PersonConnection.js';
import    { PersonEdge } from './resolvers/PersonEdge.js';
import    { PersonPayload } from './resolvers/PersonPayload.js';
import    { Platform } from './resolvers/Platform.js';
import    { PlatformConnection } from './resolvers/PlatformConnection.js';
import    { PlatformEdge } from './resolvers/PlatformEdge.js';
import    { PlatformPayload } from './resolvers/PlatformPayload.js';
import    { Policy } from './resolvers/Policy.js';
import    { PolicyConnection } from './resolvers/PolicyConnection.js';
import    { PolicyEdge } from './resolvers/PolicyEdge.js';
import    { ProgressUpdate } from './resolvers/ProgressUpdate.js';
import    { ProgressUpdateConnection } from './resolvers/ProgressUpdateConnection.js';
import    { ProgressUpdateEdge } from './resolvers/ProgressUpdateEdge.js';
import    { Project } from './resolvers/Project.js';
import    { ProjectConnection } from './resolvers/ProjectConnection.js';
import    { ProjectEdge } from './resolvers/ProjectEdge.js';
import    { ProjectPayload } from './resolvers/ProjectPayload.js';
import    { Proposal } from './resolvers/Proposal.js';
import    { ProposalConnection } from './resolvers/ProposalConnection.js';
import    { ProposalEdge } from './resolvers/ProposalEdge.js';
import    { RecordProgressPayload } from './resolvers/RecordProgressPayload.js';
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
import    { UnlinkPayload } from './resolvers/UnlinkPayload.js';
    export const resolvers: Resolvers = {
      Query: { agreements: Query_agreements,articles: Query_articles,changes: Query_changes,cooperationAreas: Query_cooperationAreas,enterprises: Query_enterprises,entities: Query_entities,events: Query_events,graphStats: Query_graphStats,industries: Query_industries,initiatives: Query_initiatives,neighborhood: Query_neighborhood,newAreas: Query_newAreas,node: Query_node,nodes: Query_nodes,organizations: Query_organizations,partnerCandidates: Query_partnerCandidates,paths: Query_paths,people: Query_people,platforms: Query_platforms,policies: Query_policies,projects: Query_projects,proposals: Query_proposals,regions: Query_regions,search: Query_search,taskCoverage: Query_taskCoverage,tasks: Query_tasks },
      Mutation: { createEnterprise: Mutation_createEnterprise,createOrganization: Mutation_createOrganization,createPerson: Mutation_createPerson,createPlatform: Mutation_createPlatform,createProject: Mutation_createProject,deleteEntity: Mutation_deleteEntity,link: Mutation_link,recordProgress: Mutation_recordProgress,unlink: Mutation_unlink,updateEnterprise: Mutation_updateEnterprise,updateOrganization: Mutation_updateOrganization,updatePerson: Mutation_updatePerson,updatePlatform: Mutation_updatePlatform,updateProject: Mutation_updateProject },
      
      Agreement: Agreement,
AgreementConnection: AgreementConnection,
AgreementEdge: AgreementEdge,
Article: Article,
ArticleConnection: ArticleConnection,
ArticleEdge: ArticleEdge,
Change: Change,
ChangeConnection: ChangeConnection,
ChangeEdge: ChangeEdge,
ChangeEntry: ChangeEntry,
ChangedRelationship: ChangedRelationship,
Citation: Citation,
CooperationArea: CooperationArea,
CooperationAreaConnection: CooperationAreaConnection,
CooperationAreaEdge: CooperationAreaEdge,
CoverageGap: CoverageGap,
DeleteEntityPayload: DeleteEntityPayload,
Enterprise: Enterprise,
EnterpriseConnection: EnterpriseConnection,
EnterpriseEdge: EnterpriseEdge,
EnterprisePayload: EnterprisePayload,
EntityConnection: EntityConnection,
EntityEdge: EntityEdge,
EntitySide: EntitySide,
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
LinkPayload: LinkPayload,
NewArea: NewArea,
NewAreaConnection: NewAreaConnection,
NewAreaEdge: NewAreaEdge,
Organization: Organization,
OrganizationConnection: OrganizationConnection,
OrganizationEdge: OrganizationEdge,
OrganizationPayload: OrganizationPayload,
PageInfo: PageInfo,
PartnerCandidate: PartnerCandidate,
PartnerReason: PartnerReason,
Path: Path,
PathStep: PathStep,
Person: Person,
PersonConnection: PersonConnection,
PersonEdge: PersonEdge,
PersonPayload: PersonPayload,
Platform: Platform,
PlatformConnection: PlatformConnection,
PlatformEdge: PlatformEdge,
PlatformPayload: PlatformPayload,
Policy: Policy,
PolicyConnection: PolicyConnection,
PolicyEdge: PolicyEdge,
ProgressUpdate: ProgressUpdate,
ProgressUpdateConnection: ProgressUpdateConnection,
ProgressUpdateEdge: ProgressUpdateEdge,
Project: Project,
ProjectConnection: ProjectConnection,
ProjectEdge: ProjectEdge,
ProjectPayload: ProjectPayload,
Proposal: Proposal,
ProposalConnection: ProposalConnection,
ProposalEdge: ProposalEdge,
RecordProgressPayload: RecordProgressPayload,
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
TaskEdge: TaskEdge,
UnlinkPayload: UnlinkPayload
    }