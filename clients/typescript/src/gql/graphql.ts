/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/**
 * Why a candidate is worth contacting. The subject is the enterprise, or the industry with the
 * industries PART_OF it. Each kind names what the subject and the candidate share (`via`); the
 * number is what one such reason adds to the score.
 */
export type PartnerReasonKind =
  /** +3. Someone who HOLDS_POSITION in the candidate is directly related to someone who HOLDS_POSITION in the subject (e.g. introduced to them, INTRODUCED_TO); via is the candidate's person. */
  | 'CONNECTED_PEOPLE'
  /** +2. A person directly related to both (holds a position in, leads, briefs, welcomes …). */
  | 'LINKING_PERSON'
  /** +1. A cooperation area both are directly related to, or related to through a project they RUN. */
  | 'SHARED_COOPERATION_AREA'
  /** +3. An industry both are in (IN_INDUSTRY); for an industry search, the industry or one PART_OF it. Only enterprises are in industries. */
  | 'SHARED_INDUSTRY'
  /** +2. A platform both are directly related to, or related to through a project they RUN. */
  | 'SHARED_PLATFORM'
  /** +2. A project both are directly related to (e.g. both RUN it). */
  | 'SHARED_PROJECT'
  /** +2. A key task both are directly related to (serve, concern, implement, support, pursue …), or related to through a project they RUN. */
  | 'SHARED_TASK';

/** What kind of platform it is, as its name or the text says. */
export type PlatformKind =
  | 'AIRPORT'
  | 'BONDED_ZONE'
  | 'BUSINESS_DISTRICT'
  | 'CONFERENCE_CENTER'
  | 'COOPERATION_ZONE'
  | 'EXPO_CENTER'
  | 'FREE_TRADE_ZONE'
  | 'INCUBATOR'
  | 'INDUSTRIAL_PARK'
  | 'INNOVATION_ZONE'
  | 'LABORATORY'
  | 'LOGISTICS_CENTER'
  | 'PILOT_ZONE'
  | 'PORT'
  | 'RAILWAY_STATION'
  | 'RESEARCH_FACILITY'
  | 'SCIENCE_CITY'
  | 'SERVICE_CENTER'
  | 'SERVICE_PLATFORM'
  | 'SMART_PARK'
  | 'TECH_TRANSFER_CENTER';

/** A relationship type of the graph, read subject → object (see data/README.md). */
export type RelationshipType =
  /** The party working committee or management committee governs the new area (as its name states). */
  | 'ADMINISTERS'
  /** The platform or organisation belongs to or is presented as belonging to the new area or region, without a claim about where it lies. */
  | 'AFFILIATED_WITH'
  /** The enterprise or project works under the policy. */
  | 'APPLIES'
  /** The authority approves the enterprise or platform. */
  | 'APPROVES'
  /** The person explains or introduces something to the visitors (介绍, 讲解, 描述). */
  | 'BRIEFS'
  /** The platform is a vehicle or host for the initiative, or for another platform built on it (e.g. a park as main carrier of a national pilot zone). */
  | 'CARRIES'
  /** The proposal, cooperation area, task or project is about the object (names it as a field, resource or subject). */
  | 'CONCERNS'
  /** The subject helps build the object (助力…建设, 打造, 融入), as the text states. */
  | 'CONTRIBUTES_TO'
  /** The subject cooperates, or means to cooperate, with the object. Stored once per pair; read both ways. */
  | 'COOPERATES_WITH'
  /** The agreement names the cooperation area as one of its areas of cooperation. */
  | 'COVERS'
  /** The person is credited on the article (采访, 资料提供, 制图, 摄). */
  | 'CREDITED_ON'
  /** The new area sets up the organisation (双方分别成立/设立). */
  | 'ESTABLISHES'
  /** The enterprise expands or plans to expand its business into the place. */
  | 'EXPANDS_TO'
  /** The person holds a position in the organisation or enterprise. */
  | 'HOLDS_POSITION'
  /** The project carries out the task or cooperation area. */
  | 'IMPLEMENTS'
  /** The subject person is introduced to the object person, by someone (the byPerson property), who urges them to talk. */
  | 'INTRODUCED_TO'
  /** The person introduces the object person to someone (the toPerson property). */
  | 'INTRODUCES'
  /** The project concerns, connects or serves the place, platform, initiative or organisation. */
  | 'INVOLVES'
  /** The enterprise is in the industry. */
  | 'IN_INDUSTRY'
  /** The person leads the group (…一行). */
  | 'LEADS'
  /** The subject lies in the place. Only where the text states it, the subject's name states it, or the context of the sentence does (basis says which). */
  | 'LOCATED_IN'
  /** The policy was first introduced in the new area (首次推出). */
  | 'ORIGINATES_IN'
  /** The new area, organisation or person takes part in the event. */
  | 'PARTICIPATES_IN'
  /** The new area is a party to the agreement. */
  | 'PARTY_TO'
  /** The subject is a part or member of the object - a region of a larger region, a school of a university, a reform pilot of a reform, an industry of an industry group. */
  | 'PART_OF'
  /** The person makes the proposal. */
  | 'PROPOSES'
  /** The article is published by the organisation. */
  | 'PUBLISHED_BY'
  /** The task, cooperation area or project sets out to build, obtain or advance the object (an outcome, not a vehicle). */
  | 'PURSUES'
  /** The enterprise, organisation or person carries out the project or operates the mechanism. */
  | 'RUNS'
  /** The platform is a vehicle (载体/支撑/抓手/依托) for the task or cooperation area, as the task or area text names it. */
  | 'SERVES'
  /** The new area sets (确定) the task. The source says the two new areas set the ten tasks after signing the agreement, not that the agreement contains them. */
  | 'SETS'
  /** The agreement is signed at the event. */
  | 'SIGNED_AT'
  /** The new area or region has the industry as a strength (优势产业, 集聚程度较高), as the article or an expert quoted in it says. */
  | 'STRONG_IN'
  /** The policy, mechanism or reform is an instrument of the task or cooperation area, as its text names it. */
  | 'SUPPORTS'
  /** The event takes place at or in the place. */
  | 'TAKES_PLACE_AT'
  /** The task sits under the cooperation area. The source never states this mapping; where it is an editorial match of overlapping text, basis is MATCHING_TEXT and the relationship cites both paragraphs. */
  | 'UNDER'
  /** The organisation or person visits the place. */
  | 'VISITS'
  /** The person welcomes the enterprise's plans. */
  | 'WELCOMES';

/** Which text of an entity a search hit matched, and how. */
export type SearchMatchField =
  /** The text's characters occur in order in a name, some of the name's left out (重庆博览中心 → 重庆国际博览中心). */
  | 'ABBREVIATION'
  /** One of the aliases holds the text as written, or all of its words. */
  | 'ALIAS'
  /** Only the full-text index: the words are in the summary, or spread over several fields. */
  | 'FULL_TEXT'
  /** Every word of the text is a word of a name up to a typo or two (expo centre → Expo Center). */
  | 'FUZZY'
  /** The text is the pinyin initials of characters of a Chinese name, in order (zbj, ljxq). */
  | 'INITIALS'
  /** The name holds the text as written (or all of its words), once case, width, traditional characters and punctuation are folded. */
  | 'NAME'
  /** The English name holds the text as written, or all of its words. */
  | 'NAME_EN'
  /** Nothing matched well: the name shares at least two characters, in order, with the text. */
  | 'PARTIAL'
  /** The text is the pinyin of characters of a Chinese name, in order (zhubajie, liang jiang); tones and spaces optional. */
  | 'PINYIN'
  /** A variant of the text is a name or in one: 网络 for 网, 管理委员会 for 管委会, a province or city prefix dropped (重庆两江新区 → 两江新区). */
  | 'VARIANT';

/** How an entity's side was decided (EntitySide). */
export type SideBasis =
  /** The entity administers the new area, or the new area establishes it. */
  | 'ADMINISTRATION'
  /** The entity lies in the new area or its home region (LOCATED_IN). */
  | 'LOCATION'
  /** The entity's name states it (LOCATED_IN or AFFILIATED_WITH with basis NAME, e.g. 天府总部商务区). */
  | 'NAME'
  /** No rule ties the entity to a new area. */
  | 'NONE'
  /** The entity is the new area itself. */
  | 'OWN'
  /** A person: the bodies they hold a position in (HOLDS_POSITION) are on that side. */
  | 'POSITION_HELD'
  /** The article states that the entity belongs with the new area or its region (AFFILIATED_WITH, basis other than NAME). */
  | 'STATED';

/** How many sides an entity is on. */
export type SidePlacement =
  /** On the side of both new areas. */
  | 'BOTH'
  /** On neither side: no rule ties it to a new area. */
  | 'NEITHER'
  /** On the side of exactly one new area. */
  | 'ONE';

export type PlatformsServingTask3QueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformsServingTask3Query = { node:
    | { number: number, title: string, text: string, platforms: { totalCount: number, edges: Array<{ node: { id: string, name: string, nameEn: string, kind: PlatformKind }, relationship: { role: string | null, citations: Array<{ paragraph: number, quote: string }> } | null }> } }
    | Record<PropertyKey, never>
   };

export type TaskCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskCoverageQuery = { taskCoverage: Array<{ task: { number: number, title: string }, sides: Array<{ newArea: { name: string }, platforms: Array<{ name: string }> }>, gaps: Array<{ name: string }> }> };

export type ScienceCityTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type ScienceCityTasksQuery = { cooperationAreas: { nodes: Array<{ name: string, tasks: { edges: Array<{ node: { number: number, title: string }, relationship: { basis: string | null, citations: Array<{ paragraph: number, quote: string }> } | null }> }, platforms: { nodes: Array<{ name: string }> } }> } };

export type ScienceCityNeighborhoodQueryVariables = Exact<{ [key: string]: never; }>;


export type ScienceCityNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { __typename: 'Agreement', id: string, name: string }
      | { __typename: 'Article', id: string, name: string }
      | { __typename: 'CooperationArea', id: string, name: string }
      | { __typename: 'Enterprise', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Industry', id: string, name: string }
      | { __typename: 'Initiative', id: string, name: string }
      | { __typename: 'NewArea', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Platform', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Proposal', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Task', id: string, name: string }
    >, edges: Array<{ type: RelationshipType, source: string, target: string }> } };

export type PeopleAndTheirSidesQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleAndTheirSidesQuery = { people: { nodes: Array<{ name: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ name: string }> } }> } };

export type EntityQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityQuery = { node:
    | { __typename: 'Agreement', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
    | { __typename: 'Article', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
    | { __typename: 'CooperationArea', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
    | { __typename: 'Enterprise', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
    | { __typename: 'Event', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
    | { __typename: 'Industry', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
    | { __typename: 'Initiative', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
    | { __typename: 'NewArea', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
    | { __typename: 'Organization', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
    | { __typename: 'Person', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
    | { __typename: 'Platform', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, kind: PlatformKind, id: string, citations: Array<{ paragraph: number, quote: string }>, tasks: { nodes: Array<{ number: number, title: string }> }, locatedIn: { nodes: Array<
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        > } }
    | { __typename: 'Policy', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
    | { __typename: 'Project', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
    | { __typename: 'Proposal', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
    | { __typename: 'Region', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
    | { __typename: 'Task', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, id: string, citations: Array<{ paragraph: number, quote: string }> }
   };

export type LogisticsPlatformsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type LogisticsPlatformsPageQuery = { platforms: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, nameEn: string, kind: PlatformKind } }> } };

export type SearchExamplesQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchExamplesQuery = { port: Array<{ score: number, entity:
      | { __typename: 'Agreement', id: string, name: string }
      | { __typename: 'Article', id: string, name: string }
      | { __typename: 'CooperationArea', id: string, name: string }
      | { __typename: 'Enterprise', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Industry', id: string, name: string }
      | { __typename: 'Initiative', id: string, name: string }
      | { __typename: 'NewArea', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Platform', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Proposal', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Task', id: string, name: string }
     }>, expo: Array<{ score: number, entity:
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
     }>, nickname: Array<{ score: number, matchedOn: SearchMatchField, entity:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     }> };

export type SearchShortFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchShortFormsQuery = { shortForm: Array<{ matchedOn: SearchMatchField, matchedText: string | null, matchedRanges: Array<{ start: number, end: number }>, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }>, pinyin: Array<{ matchedOn: SearchMatchField, matchedText: string | null, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }>, initials: Array<{ matchedOn: SearchMatchField, matchedText: string | null, matchedRanges: Array<{ start: number, end: number }>, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }>, traditional: Array<{ matchedOn: SearchMatchField, matchedText: string | null, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }>, typo: Array<{ matchedOn: SearchMatchField, matchedText: string | null, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }>, summary: Array<{ matchedOn: SearchMatchField, snippet: { text: string, ranges: Array<{ start: number, end: number }> } | null, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export type WhoRunsZhubajieQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoRunsZhubajieQuery = { node:
    | { name: string, people: { edges: Array<{ node: { name: string, aliases: Array<string> }, relationship: { title: string | null } | null }> }, expandsTo: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relationship: { stage: string | null, citations: Array<{ paragraph: number, quote: string }> } | null }> }, industries: { nodes: Array<{ name: string }> } }
    | Record<PropertyKey, never>
   };

export type ZhubajieToTianfuChamberQueryVariables = Exact<{ [key: string]: never; }>;


export type ZhubajieToTianfuChamberQuery = { paths: Array<{ length: number, steps: Array<{ sentence: string, citations: Array<{ paragraph: number, quote: string }> }> }> };

export type ZhubajiePartnersInTianfuQueryVariables = Exact<{ [key: string]: never; }>;


export type ZhubajiePartnersInTianfuQuery = { partnerCandidates: Array<{ score: number, entity:
      | { __typename: 'Agreement', id: string, name: string }
      | { __typename: 'Article', id: string, name: string }
      | { __typename: 'CooperationArea', id: string, name: string }
      | { __typename: 'Enterprise', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Industry', id: string, name: string }
      | { __typename: 'Initiative', id: string, name: string }
      | { __typename: 'NewArea', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Platform', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Proposal', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Task', id: string, name: string }
    , reasons: Array<{ kind: PartnerReasonKind, via:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PlatformsServingTask3Document = new TypedDocumentString(`
    query PlatformsServingTask3 {
  node(id: "task:2020-03") {
    ... on Task {
      number
      title
      text
      platforms {
        totalCount
        edges {
          node {
            id
            name
            nameEn
            kind
          }
          relationship {
            role
            citations {
              paragraph
              quote
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"897051b86332113dc836aca5ec261d0f043d4550784b6b332cc185f9febcf78a"}) as unknown as TypedDocumentString<PlatformsServingTask3Query, PlatformsServingTask3QueryVariables>;
export const TaskCoverageDocument = new TypedDocumentString(`
    query TaskCoverage {
  taskCoverage {
    task {
      number
      title
    }
    sides {
      newArea {
        name
      }
      platforms {
        name
      }
    }
    gaps {
      name
    }
  }
}
    `, {"hash":"f3a751ebc5d19ef7f2918da2fd7b35b849ef427f9027e617c63b12039d22a827"}) as unknown as TypedDocumentString<TaskCoverageQuery, TaskCoverageQueryVariables>;
export const ScienceCityTasksDocument = new TypedDocumentString(`
    query ScienceCityTasks {
  cooperationAreas(where: {nameContains: "西部科学城"}) {
    nodes {
      name
      tasks {
        edges {
          node {
            number
            title
          }
          relationship {
            basis
            citations {
              paragraph
              quote
            }
          }
        }
      }
      platforms {
        nodes {
          name
        }
      }
    }
  }
}
    `, {"hash":"7857b4283905e8e37a1cdf6356267fc1bd019f7cfac6fbfe4d4c98bda61b6ed8"}) as unknown as TypedDocumentString<ScienceCityTasksQuery, ScienceCityTasksQueryVariables>;
export const ScienceCityNeighborhoodDocument = new TypedDocumentString(`
    query ScienceCityNeighborhood {
  neighborhood(id: "platform:chengdu-science-city", depth: 1) {
    truncated
    nodes {
      id
      name
      __typename
    }
    edges {
      type
      source
      target
    }
  }
}
    `, {"hash":"d1e354f92f9e74a3aa17d64ac9839a2edc2a421f3c2e0a6ed45513f6d64a849e"}) as unknown as TypedDocumentString<ScienceCityNeighborhoodQuery, ScienceCityNeighborhoodQueryVariables>;
export const PeopleAndTheirSidesDocument = new TypedDocumentString(`
    query PeopleAndTheirSides {
  people(first: 5, orderBy: ID_ASC) {
    nodes {
      name
      side {
        placement
        basis
        newAreas {
          name
        }
      }
    }
  }
}
    `, {"hash":"177fb758b652f4fa73bec1487950c894637ec972e9ee7dbb6bf4c7debcf014ae"}) as unknown as TypedDocumentString<PeopleAndTheirSidesQuery, PeopleAndTheirSidesQueryVariables>;
export const EntityDocument = new TypedDocumentString(`
    query Entity($id: ID!) {
  node(id: $id) {
    id
    __typename
    ... on Entity {
      name
      nameEn
      nameEnOfficial
      aliases
      citations {
        paragraph
        quote
      }
    }
    ... on Platform {
      kind
      tasks {
        nodes {
          number
          title
        }
      }
      locatedIn {
        nodes {
          name
        }
      }
    }
  }
}
    `, {"hash":"3e226936aaa33f125f87396d5f257dabf249da536ec5228f91bba9aaee408178"}) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const LogisticsPlatformsPageDocument = new TypedDocumentString(`
    query LogisticsPlatformsPage {
  platforms(
    where: {kind: [PORT, AIRPORT, BONDED_ZONE, LOGISTICS_CENTER]}
    orderBy: NAME_EN_ASC
    first: 3
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        nameEn
        kind
      }
    }
  }
}
    `, {"hash":"a2dda11c5b5f54c94af2cf674ddb645c8373fd9336225ff1379fc8786a281daf"}) as unknown as TypedDocumentString<LogisticsPlatformsPageQuery, LogisticsPlatformsPageQueryVariables>;
export const SearchExamplesDocument = new TypedDocumentString(`
    query SearchExamples {
  port: search(text: "港", first: 3) {
    score
    entity {
      id
      name
      __typename
    }
  }
  expo: search(text: "expo", types: [PLATFORM]) {
    score
    entity {
      id
      name
      nameEn
    }
  }
  nickname: search(text: "二师兄") {
    score
    matchedOn
    entity {
      id
      name
    }
  }
}
    `, {"hash":"13cce099e468ca9a8918699b321aa67bbde04e13b99b7ccaf2e6739e8b8370f0"}) as unknown as TypedDocumentString<SearchExamplesQuery, SearchExamplesQueryVariables>;
export const SearchShortFormsDocument = new TypedDocumentString(`
    query SearchShortForms {
  shortForm: search(text: "重庆博览中心", first: 1) {
    matchedOn
    matchedText
    matchedRanges {
      start
      end
    }
    entity {
      id
    }
  }
  pinyin: search(text: "zhu ba jie", first: 1) {
    matchedOn
    matchedText
    entity {
      id
    }
  }
  initials: search(text: "ljxq", first: 1) {
    matchedOn
    matchedText
    matchedRanges {
      start
      end
    }
    entity {
      id
    }
  }
  traditional: search(text: "兩江新區", first: 1) {
    matchedOn
    matchedText
    entity {
      id
    }
  }
  typo: search(text: "Tianfou New Area", first: 1) {
    matchedOn
    matchedText
    entity {
      id
    }
  }
  summary: search(text: "会展", types: [TASK], first: 1) {
    matchedOn
    snippet {
      text
      ranges {
        start
        end
      }
    }
    entity {
      id
    }
  }
}
    `, {"hash":"4941ffe7a2abdd586795b9179c522d1e21d52369868d6bc1114563382ddb7f49"}) as unknown as TypedDocumentString<SearchShortFormsQuery, SearchShortFormsQueryVariables>;
export const WhoRunsZhubajieDocument = new TypedDocumentString(`
    query WhoRunsZhubajie {
  node(id: "enterprise:zhubajie") {
    ... on Enterprise {
      name
      people {
        edges {
          node {
            name
            aliases
          }
          relationship {
            title
          }
        }
      }
      expandsTo {
        edges {
          node {
            name
          }
          relationship {
            stage
            citations {
              paragraph
              quote
            }
          }
        }
      }
      industries {
        nodes {
          name
        }
      }
    }
  }
}
    `, {"hash":"d98561eff4978c4f5c2ce4dd76955b60723e5349e69e6873b32c5d8a49b4a445"}) as unknown as TypedDocumentString<WhoRunsZhubajieQuery, WhoRunsZhubajieQueryVariables>;
export const ZhubajieToTianfuChamberDocument = new TypedDocumentString(`
    query ZhubajieToTianfuChamber {
  paths(
    fromId: "enterprise:zhubajie"
    toId: "organization:tianfu-chamber-of-commerce"
    maxLength: 4
    first: 3
  ) {
    length
    steps {
      sentence
      citations {
        paragraph
        quote
      }
    }
  }
}
    `, {"hash":"048b8ecc159e867670f6e641bc31dd2b50130937bbd6af376bf14a58e3a40122"}) as unknown as TypedDocumentString<ZhubajieToTianfuChamberQuery, ZhubajieToTianfuChamberQueryVariables>;
export const ZhubajiePartnersInTianfuDocument = new TypedDocumentString(`
    query ZhubajiePartnersInTianfu {
  partnerCandidates(
    enterpriseId: "enterprise:zhubajie"
    inArea: "new-area:tianfu"
    candidateTypes: [ENTERPRISE, ORGANIZATION]
    first: 5
  ) {
    score
    entity {
      id
      name
      __typename
    }
    reasons {
      kind
      via {
        name
      }
    }
  }
}
    `, {"hash":"3ee4d4193a5e7d1de3a314d1a2e7cf6b6de8451bfeb134ebbdd465f56ed6dcc6"}) as unknown as TypedDocumentString<ZhubajiePartnersInTianfuQuery, ZhubajiePartnersInTianfuQueryVariables>;