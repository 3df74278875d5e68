/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { changes as Query_changes } from './resolvers/Query/changes.js';
import    { entities as Query_entities } from './resolvers/Query/entities.js';
import    { graphStats as Query_graphStats } from './resolvers/Query/graphStats.js';
import    { neighborhood as Query_neighborhood } from './resolvers/Query/neighborhood.js';
import    { node as Query_node } from './resolvers/Query/node.js';
import    { nodes as Query_nodes } from './resolvers/Query/nodes.js';
import    { partnerCandidates as Query_partnerCandidates } from './resolvers/Query/partnerCandidates.js';
import    { paths as Query_paths } from './resolvers/Query/paths.js';
import    { search as Query_search } from './resolvers/Query/search.js';
import    { source as Query_source } from './resolvers/Query/source.js';
import    { sources as Query_sources } from './resolvers/Query/sources.js';
import    { taskCoverage as Query_taskCoverage } from './resolvers/Query/taskCoverage.js';
import    { viewer as Query_viewer } from './resolvers/Query/viewer.js';
import    { acceptFactCandidate as Mutation_acceptFactCandidate } from './resolvers/Mutation/acceptFactCandidate.js';
import    { acceptFactCandidates as Mutation_acceptFactCandidates } from './resolvers/Mutation/acceptFactCandidates.js';
import    { addSource as Mutation_addSource } from './resolvers/Mutation/addSource.js';
import    { deleteEntity as Mutation_deleteEntity } from './resolvers/Mutation/deleteEntity.js';
import    { link as Mutation_link } from './resolvers/Mutation/link.js';
import    { recordProgress as Mutation_recordProgress } from './resolvers/Mutation/recordProgress.js';
import    { rejectFactCandidate as Mutation_rejectFactCandidate } from './resolvers/Mutation/rejectFactCandidate.js';
import    { reprocessSource as Mutation_reprocessSource } from './resolvers/Mutation/reprocessSource.js';
import    { unlink as Mutation_unlink } from './resolvers/Mutation/unlink.js';
import    { Citation } from './resolvers/Citation.js';
import    { EntitySide } from './resolvers/EntitySide.js';
import    { FactCandidate } from './resolvers/FactCandidate.js';
import    { Mention } from './resolvers/Mention.js';
import    { SearchHit } from './resolvers/SearchHit.js';
import    { Source } from './resolvers/Source.js';
import    { TextRange } from './resolvers/TextRange.js';
import    { agreements,articles,cooperationAreas,enterprises,events,industries,initiatives,newAreas,organizations,people,platforms,policies,projects,proposals,regions,tasks,createEnterprise,createOrganization,createPerson,createPlatform,createProject,updateEnterprise,updateOrganization,updatePerson,updatePlatform,updateProject,Agreement,Article,CooperationArea,Enterprise,Event,Industry,Initiative,NewArea,Organization,Person,Platform,Policy,Project,Proposal,Region,Task } from './model-resolvers.generated.js';
    export const resolvers: Resolvers = {
      Query: { changes: Query_changes,entities: Query_entities,graphStats: Query_graphStats,neighborhood: Query_neighborhood,node: Query_node,nodes: Query_nodes,partnerCandidates: Query_partnerCandidates,paths: Query_paths,search: Query_search,source: Query_source,sources: Query_sources,taskCoverage: Query_taskCoverage,viewer: Query_viewer,agreements: agreements,articles: articles,cooperationAreas: cooperationAreas,enterprises: enterprises,events: events,industries: industries,initiatives: initiatives,newAreas: newAreas,organizations: organizations,people: people,platforms: platforms,policies: policies,projects: projects,proposals: proposals,regions: regions,tasks: tasks },
      Mutation: { acceptFactCandidate: Mutation_acceptFactCandidate,acceptFactCandidates: Mutation_acceptFactCandidates,addSource: Mutation_addSource,deleteEntity: Mutation_deleteEntity,link: Mutation_link,recordProgress: Mutation_recordProgress,rejectFactCandidate: Mutation_rejectFactCandidate,reprocessSource: Mutation_reprocessSource,unlink: Mutation_unlink,createEnterprise: createEnterprise,createOrganization: createOrganization,createPerson: createPerson,createPlatform: createPlatform,createProject: createProject,updateEnterprise: updateEnterprise,updateOrganization: updateOrganization,updatePerson: updatePerson,updatePlatform: updatePlatform,updateProject: updateProject },
      
      Citation: Citation,
EntitySide: EntitySide,
FactCandidate: FactCandidate,
Mention: Mention,
SearchHit: SearchHit,
Source: Source,
TextRange: TextRange,
Agreement: Agreement,
Article: Article,
CooperationArea: CooperationArea,
Enterprise: Enterprise,
Event: Event,
Industry: Industry,
Initiative: Initiative,
NewArea: NewArea,
Organization: Organization,
Person: Person,
Platform: Platform,
Policy: Policy,
Project: Project,
Proposal: Proposal,
Region: Region,
Task: Task
    }