/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A candidate to accept, with optional edits; absent fields keep what was proposed. */
export type AcceptFactCandidateInput = {
  /** The existing entity the subject (or a new entity) really is: its name as written becomes an alias. */
  fromId?: string | number | null | undefined;
  /** Id of a pending candidate. */
  id: string | number;
  /** A new entity's type instead of the proposed one (an entity type name such as Person). */
  label?: string | null | undefined;
  /** A new entity's name instead of the proposed one. */
  name?: string | null | undefined;
  /** A new entity's English name instead of the proposed one (pinyin). */
  nameEn?: string | null | undefined;
  /** The properties to write instead of the proposed ones: a JSON object (such as {"title": "董事长"}). */
  properties?: string | null | undefined;
  /** The existing entity the object really is: its name as written becomes an alias. */
  toId?: string | number | null | undefined;
  /** The relationship type instead of the proposed one (such as HOLDS_POSITION). */
  type?: string | null | undefined;
};

/** A document to add: its text and metadata. */
export type AddSourceInput = {
  /** Its language code (zh, en); guessed from the text when absent. */
  language?: string | null | undefined;
  /** The day it was published, YYYY-MM-DD; it also dates meetings written without a year (4月23日). */
  publishedOn?: string | null | undefined;
  /** Who published it. */
  publisher?: string | null | undefined;
  /** The document's plain text. */
  text: string;
  /** Its title (1-300 characters), unique among sources (compared case-insensitively). */
  title: string;
  /** Where it is published: an http or https URL. */
  url?: string | null | undefined;
};

/** A citation: `quote` must appear verbatim in paragraph `paragraph` of source `source`. */
export type CitationInput = {
  /** Paragraph number in that source. */
  paragraph: number;
  /** The words that state the fact, verbatim (2-400 characters). */
  quote: string;
  /** Id of a stored source document (Citation.source.id). */
  source: string | number;
};

/** What a coverage gap means: a statement about the article, not about the new area. */
export type CoverageGapReason =
  /** The article names platforms for this task, but none on this side. */
  | 'NONE_NAMED_ON_THIS_SIDE'
  /** The article names no platform for this task at all. */
  | 'NO_PLATFORM_NAMED'
  /** The article names a platform for this task whose side it does not say (see platformsWithoutSide): the platform may be on this side. */
  | 'PLATFORM_SIDE_UNKNOWN';

/** Which way a relationship points, seen from the entity a list belongs to. */
export type Direction =
  /** Either way. */
  | 'BOTH'
  /** The entity is the object: (other)-[r]->(entity). */
  | 'INCOMING'
  /** The entity is the subject: (entity)-[r]->(other). */
  | 'OUTGOING';

/** Which kind of entity: one value per label of the graph. */
export type EntityType =
  /** A signed agreement between parties. */
  | 'AGREEMENT'
  /** A source article itself, so that its named journalists and publisher can be linked. */
  | 'ARTICLE'
  /** One of the seven areas (方面) of cooperation that the agreement names (P3), each with a heading and a paragraph of text. */
  | 'COOPERATION_AREA'
  /** A company, including a company that runs a service platform (e.g. 漫客空间). */
  | 'ENTERPRISE'
  /** A dated happening - a meeting or a visit. */
  | 'EVENT'
  /** An industry, industry group, technology or type of new infrastructure named as a field of cooperation or strength. */
  | 'INDUSTRY'
  /** A national strategy, corridor, programme or joint goal that the cooperation serves or relies on. */
  | 'INITIATIVE'
  /** A state-level new area (国家级新区); the two parties of the cooperation. */
  | 'NEW_AREA'
  /** A non-commercial body - government agency, party committee, chamber, association, university, school, newspaper, coordination body, office, delegation. */
  | 'ORGANIZATION'
  /** A named person. Positions are relationships (HOLDS_POSITION), not properties. */
  | 'PERSON'
  /** A place, zone, facility or vehicle of cooperation (expo centre, science city, park, port, pilot zone, base, service centre, ...). */
  | 'PLATFORM'
  /** A policy, mechanism, reform or organising model named in the source. */
  | 'POLICY'
  /** A project, plan, programme, study or alliance-building effort with a concrete object. */
  | 'PROJECT'
  /** An expert's attributed proposal (the 声音 section), one per expert. */
  | 'PROPOSAL'
  /** A geographic or administrative region, or a regional construct such as an economic circle or urban agglomeration. */
  | 'REGION'
  /** One of the ten key tasks for 2020 (2020年十项重点任务) the two new areas set after signing the agreement. */
  | 'TASK';

/** MEETING (e.g. 联席会议) or VISIT (e.g. a delegation's 考察). */
export type EventKind =
  | 'MEETING'
  | 'VISIT';

/** What a fact candidate proposes. */
export type FactCandidateKind =
  /** A new entity. */
  | 'ENTITY'
  /** A relationship between two entities (either of them possibly new). */
  | 'RELATIONSHIP';

/** Where a fact candidate is in its review. */
export type FactCandidateStatus =
  /** Written to the graph. */
  | 'ACCEPTED'
  /** Waiting for a reviewer. */
  | 'PENDING'
  /** Turned down; not proposed again. */
  | 'REJECTED';

/** INDUSTRY_GROUP for umbrella terms (先进制造业, 现代服务业, 新型基础设施, 高技术产业, 战略性新兴产业); INFRASTRUCTURE for the items the source lists as 新型基础设施; TECHNOLOGY for items it calls 先进技术. */
export type IndustryKind =
  | 'INDUSTRY'
  | 'INDUSTRY_GROUP'
  | 'INFRASTRUCTURE'
  | 'TECHNOLOGY';

/** What kind of initiative it is (JOINT_GOAL = the two new areas' common goal 内陆开放门户). */
export type InitiativeKind =
  | 'JOINT_GOAL'
  | 'NATIONAL_PROGRAM'
  | 'NATIONAL_STRATEGY'
  | 'RAILWAY'
  | 'SCIENCE_HUB'
  | 'TRADE_CORRIDOR';

/** A relationship to create or to replace the properties of. */
export type LinkInput = {
  /** Id of the subject entity. */
  from: string | number;
  /** Its properties; absent ones are removed from an existing relationship. */
  properties?: RelationshipPropertiesInput | null | undefined;
  /** Where the relationship is stated. */
  source: SourceInput;
  /** Id of the object entity. */
  to: string | number;
  /** The relationship type; the model decides which labels it may join. */
  type: RelationshipType;
};

/** Administrative level as the source calls it (国家级新区 → NATIONAL). */
export type NewAreaLevel =
  | 'NATIONAL';

/** What kind of organisation it is. */
export type OrganizationKind =
  | 'ASSOCIATION'
  | 'CHAMBER'
  | 'COORDINATION_BODY'
  | 'DELEGATION'
  | 'GOVERNMENT'
  | 'MEDIA'
  | 'OFFICE'
  | 'PARTY_COMMITTEE'
  | 'SCHOOL'
  | 'UNIVERSITY'
  | 'WORKING_GROUP';

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

/** Which way a path step walks along its relationship. */
export type PathStepDirection =
  /** From the relationship's object to its subject. */
  | 'BACKWARD'
  /** From the relationship's subject to its object. */
  | 'FORWARD';

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

/** Only for platforms the text sets out to obtain (争取 → SOUGHT), to build (共建/打造/建设 → PLANNED) or whose construction is being advanced (推进…建设 → UNDER_CONSTRUCTION); absent for existing places. */
export type PlatformStatus =
  | 'PLANNED'
  | 'SOUGHT'
  | 'UNDER_CONSTRUCTION';

/** POLICY (a rule or regime, e.g. 集群注册制度), MECHANISM (a standing arrangement, e.g. 干部互派机制), REFORM (e.g. 商事制度改革), MODEL (an organising pattern, e.g. “一城多园”模式). */
export type PolicyKind =
  | 'MECHANISM'
  | 'MODEL'
  | 'POLICY'
  | 'REFORM';

/** What kind of undertaking it is. */
export type ProjectKind =
  | 'ALLIANCE'
  | 'FACILITY'
  | 'INFRASTRUCTURE'
  | 'PLAN'
  | 'PROGRAM'
  | 'RESEARCH'
  | 'SERVICE';

/** Only as stated - 发布了 → ANNOUNCED; 规划推进/将…/将于近期落地/重点完成/联合打造 → PLANNED; 有序推进 → IN_PROGRESS. */
export type ProjectStatus =
  | 'ANNOUNCED'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** What kind of region it is (a classification for filtering, not a cited fact). */
export type RegionKind =
  | 'CITY'
  | 'ECONOMIC_CIRCLE'
  | 'MUNICIPALITY'
  | 'PROVINCE'
  | 'URBAN_AGGLOMERATION';

/** A candidate to reject, and why. */
export type RejectFactCandidateInput = {
  /** Id of a pending candidate. */
  id: string | number;
  /** Why (1-500 characters). */
  reason: string;
};

/**
 * Relationship properties, as data/model.yaml declares them per type: only those of `type` may
 * be given (BAD_USER_INPUT naming `input.properties.<name>` otherwise), required ones must be.
 * Enum-valued properties (`basis`, `role` of RUNS/PARTICIPATES_IN, `stage`) take the values the
 * type allows, as strings.
 */
export type RelationshipPropertiesInput = {
  /** VISITS: what the visitors did there. */
  activity?: string | null | undefined;
  /** CONTRIBUTES_TO, CONCERNS: in what respect. */
  aspect?: string | null | undefined;
  /** BRIEFS: id of the platform where the briefing took place. */
  at?: string | null | undefined;
  /** ADMINISTERS, AFFILIATED_WITH, CARRIES, CONCERNS, HOLDS_POSITION, IMPLEMENTS, LOCATED_IN, PART_OF, PUBLISHED_BY, SUPPORTS, UNDER, COOPERATES_WITH: how the relationship is known. */
  basis?: string | null | undefined;
  /** INTRODUCED_TO: id of the person who made the introduction (required there). */
  byPerson?: string | null | undefined;
  /** HOLDS_POSITION: true for a former position. */
  former?: boolean | null | undefined;
  /** COOPERATES_WITH: the form of cooperation. */
  mode?: string | null | undefined;
  /** UNDER, LOCATED_IN, STRONG_IN: a short note in the source's words. */
  note?: string | null | undefined;
  /** WELCOMES: the promise made. */
  pledge?: string | null | undefined;
  /** LOCATED_IN: true when the subject is to be established there. */
  prospective?: boolean | null | undefined;
  /** SERVES, CARRIES, INVOLVES (free text); PARTICIPATES_IN, RUNS (enum values): the role. */
  role?: string | null | undefined;
  /** CREDITED_ON: INTERVIEWER, MATERIALS, GRAPHICS, PHOTOGRAPHER (required there). */
  roles?: Array<string> | null | undefined;
  /** EXPANDS_TO: the scope in the source's words. */
  scope?: string | null | undefined;
  /** AFFILIATED_WITH: id of the person who said it. */
  speaker?: string | null | undefined;
  /** EXPANDS_TO: ANNOUNCED, PLANNED or PREPARING (required there). */
  stage?: string | null | undefined;
  /** STRONG_IN: id of the expert who says so. */
  statedBy?: string | null | undefined;
  /** HOLDS_POSITION: the title as written (required there). */
  title?: string | null | undefined;
  /** INTRODUCES: id of the person the object is introduced to (required there). */
  toPerson?: string | null | undefined;
  /** BRIEFS: what was explained. */
  topic?: string | null | undefined;
  /** PURSUES: the source's verb phrase. */
  verb?: string | null | undefined;
  /** EXPANDS_TO: id of the project through which it expands. */
  via?: string | null | undefined;
  /** APPROVES: what was approved. */
  what?: string | null | undefined;
  /** INTRODUCED_TO: what the introducer said. */
  words?: string | null | undefined;
};

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

/** Where an edit comes from: exactly one of `citation` and `note` (BAD_USER_INPUT naming `input.source` otherwise). */
export type SourceInput = {
  /** A verbatim quote of a paragraph stored in the graph. */
  citation?: CitationInput | null | undefined;
  /** A free-text source note (1-500 characters), for facts from outside the stored sources: who said it, where, when. */
  note?: string | null | undefined;
};

/** Progress, only where a source states it (the founding article states none). */
export type TaskStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** A relationship to remove. */
export type UnlinkInput = {
  /** Id of the subject entity. */
  from: string | number;
  /** Why it goes. */
  source: SourceInput;
  /** Id of the object entity. */
  to: string | number;
  /** The relationship type. */
  type: RelationshipType;
};

/** Changes to an enterprise: only the given fields change; null removes an optional property. */
export type UpdateEnterpriseInput = {
  /** Replaces the aliases (null: none). */
  aliases?: Array<string> | null | undefined;
  /** What the enterprise is, in the source's words. */
  businessType?: string | null | undefined;
  /** The figures as the source words them. */
  figuresNote?: string | null | undefined;
  /** Countries named as origins of the enterprises on its platform. */
  hostedEnterpriseOriginCountries?: Array<string> | null | undefined;
  /** For a platform operator: enterprises landed on its platform, as a lower bound. */
  hostedEnterprisesAtLeast?: number | null | undefined;
  /** Id of the enterprise. */
  id: string | number;
  /** New name (1-200 characters); unique among enterprises. */
  name?: string | null | undefined;
  /** New English name (1-300 characters). */
  nameEn?: string | null | undefined;
  /** Whether `nameEn` is official. */
  nameEnOfficial?: boolean | null | undefined;
  /** For a platform operator: registered capital of the enterprises on its platform, in yuan. */
  registeredCapitalYuan?: number | null | undefined;
  /** For a platform operator: registered employment of the enterprises on its platform. */
  registeredEmployees?: number | null | undefined;
  /** Where the new values come from. */
  source: SourceInput;
  /** New summary (null removes it). */
  summary?: string | null | undefined;
};

/** Changes to an organisation: only the given fields change; null removes an optional property. */
export type UpdateOrganizationInput = {
  /** Replaces the aliases (null: none). */
  aliases?: Array<string> | null | undefined;
  /** Id of the organisation. */
  id: string | number;
  /** What kind of organisation it is (required: not null). */
  kind?: OrganizationKind | null | undefined;
  /** New name (1-200 characters); unique among organisations. */
  name?: string | null | undefined;
  /** New English name (1-300 characters). */
  nameEn?: string | null | undefined;
  /** Whether `nameEn` is official. */
  nameEnOfficial?: boolean | null | undefined;
  /** Where the new values come from. */
  source: SourceInput;
  /** New summary (null removes it). */
  summary?: string | null | undefined;
};

/** Changes to a person: only the given fields change; null removes an optional property. */
export type UpdatePersonInput = {
  /** Replaces the aliases (null: none). */
  aliases?: Array<string> | null | undefined;
  /** Id of the person. */
  id: string | number;
  /** New name (1-200 characters); unique among people. */
  name?: string | null | undefined;
  /** New English name (1-300 characters). */
  nameEn?: string | null | undefined;
  /** Whether `nameEn` is official. */
  nameEnOfficial?: boolean | null | undefined;
  /** Where the new values come from. */
  source: SourceInput;
  /** New summary (null removes it). */
  summary?: string | null | undefined;
};

/** Changes to a platform: only the given fields change; null removes an optional property. */
export type UpdatePlatformInput = {
  /** Replaces the aliases (null: none). */
  aliases?: Array<string> | null | undefined;
  /** Id of the platform. */
  id: string | number;
  /** What kind of platform it is (required: not null). */
  kind?: PlatformKind | null | undefined;
  /** New name (1-200 characters); unique among platforms. */
  name?: string | null | undefined;
  /** New English name (1-300 characters). */
  nameEn?: string | null | undefined;
  /** Whether `nameEn` is official. */
  nameEnOfficial?: boolean | null | undefined;
  /** Where the new values come from. */
  source: SourceInput;
  /** Construction status (null removes it: an existing place). */
  status?: PlatformStatus | null | undefined;
  /** New summary (null removes it). */
  summary?: string | null | undefined;
};

/** Changes to a project: only the given fields change; null removes an optional property. */
export type UpdateProjectInput = {
  /** Replaces the aliases (null: none). */
  aliases?: Array<string> | null | undefined;
  /** Number of cities the plan names. */
  cities?: number | null | undefined;
  /** The scope of full coverage, in the source's words. */
  coverageScope?: string | null | undefined;
  /** The figures as the source words them. */
  figuresNote?: string | null | undefined;
  /** Years after the pilot year within which full coverage is to be reached. */
  fullCoverageWithinYears?: number | null | undefined;
  /** Id of the project. */
  id: string | number;
  /** What kind of undertaking it is (required: not null). */
  kind?: ProjectKind | null | undefined;
  /** Number of market entities the project is to serve. */
  marketEntitiesServed?: number | null | undefined;
  /** New name (1-200 characters); unique among projects. */
  name?: string | null | undefined;
  /** New English name (1-300 characters). */
  nameEn?: string | null | undefined;
  /** Whether `nameEn` is official. */
  nameEnOfficial?: boolean | null | undefined;
  /** Pilot cities chosen in each of the two sides. */
  pilotCitiesPerSide?: number | null | undefined;
  /** Year of the pilots. */
  pilotYear?: number | null | undefined;
  /** Where the new values come from. */
  source: SourceInput;
  /** Its status (null removes it). */
  status?: ProjectStatus | null | undefined;
  /** New summary (null removes it). */
  summary?: string | null | undefined;
};

/** What a caller may do (see Mutation). */
export type ViewerRole =
  /** All an editor may, and delete entities. */
  | 'ADMIN'
  /** Read; create, update, link, unlink, record progress, add sources and review their candidates. */
  | 'EDITOR'
  /** Read. */
  | 'READER';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { actor: string, role: ViewerRole } | null };

export type SourceListQueryVariables = Exact<{ [key: string]: never; }>;


export type SourceListQuery = { sources: Array<{ id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null, language: string, addedAt: string | null }> };

export type FactCandidateFieldsFragment = { id: string, kind: FactCandidateKind, status: FactCandidateStatus, paragraph: number, quote: string, rule: string, confidence: number, label: string | null, name: string | null, nameEn: string | null, fromId: string | null, fromName: string | null, fromLabel: string | null, relationshipType: string | null, toId: string | null, toName: string | null, toLabel: string | null, properties: string, reason: string | null, reviewedBy: string | null, entityIds: Array<string> };

export type SourceDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceDetailsQuery = { source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null, language: string, addedAt: string | null, addedBy: string | null, paragraphs: Array<{ number: number, text: string }>, mentions: Array<{ id: string, paragraph: number, start: number, end: number, text: string, ambiguous: boolean, entities: Array<
        | { __typename: 'Agreement', id: string, name: string, nameEn: string }
        | { __typename: 'Article', id: string, name: string, nameEn: string }
        | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
        | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
        | { __typename: 'Event', id: string, name: string, nameEn: string }
        | { __typename: 'Industry', id: string, name: string, nameEn: string }
        | { __typename: 'Initiative', id: string, name: string, nameEn: string }
        | { __typename: 'NewArea', id: string, name: string, nameEn: string }
        | { __typename: 'Organization', id: string, name: string, nameEn: string }
        | { __typename: 'Person', id: string, name: string, nameEn: string }
        | { __typename: 'Platform', id: string, name: string, nameEn: string }
        | { __typename: 'Policy', id: string, name: string, nameEn: string }
        | { __typename: 'Project', id: string, name: string, nameEn: string }
        | { __typename: 'Proposal', id: string, name: string, nameEn: string }
        | { __typename: 'Region', id: string, name: string, nameEn: string }
        | { __typename: 'Task', id: string, name: string, nameEn: string }
      > }>, factCandidates: Array<{ id: string, kind: FactCandidateKind, status: FactCandidateStatus, paragraph: number, quote: string, rule: string, confidence: number, label: string | null, name: string | null, nameEn: string | null, fromId: string | null, fromName: string | null, fromLabel: string | null, relationshipType: string | null, toId: string | null, toName: string | null, toLabel: string | null, properties: string, reason: string | null, reviewedBy: string | null, entityIds: Array<string> }> } | null };

export type AddSourceMutationVariables = Exact<{
  input: AddSourceInput;
}>;


export type AddSourceMutation = { addSource: { created: boolean, message: string, mentionCount: number, candidateCount: number, source: { id: string } } };

export type ReprocessSourceMutationVariables = Exact<{
  id: string | number;
}>;


export type ReprocessSourceMutation = { reprocessSource: { mentionCount: number, candidateCount: number } };

export type AcceptFactCandidateMutationVariables = Exact<{
  input: AcceptFactCandidateInput;
}>;


export type AcceptFactCandidateMutation = { acceptFactCandidate: { candidate: { id: string, status: FactCandidateStatus }, entities: Array<
      | { __typename: 'Agreement', id: string, name: string, nameEn: string }
      | { __typename: 'Article', id: string, name: string, nameEn: string }
      | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
      | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
      | { __typename: 'Event', id: string, name: string, nameEn: string }
      | { __typename: 'Industry', id: string, name: string, nameEn: string }
      | { __typename: 'Initiative', id: string, name: string, nameEn: string }
      | { __typename: 'NewArea', id: string, name: string, nameEn: string }
      | { __typename: 'Organization', id: string, name: string, nameEn: string }
      | { __typename: 'Person', id: string, name: string, nameEn: string }
      | { __typename: 'Platform', id: string, name: string, nameEn: string }
      | { __typename: 'Policy', id: string, name: string, nameEn: string }
      | { __typename: 'Project', id: string, name: string, nameEn: string }
      | { __typename: 'Proposal', id: string, name: string, nameEn: string }
      | { __typename: 'Region', id: string, name: string, nameEn: string }
      | { __typename: 'Task', id: string, name: string, nameEn: string }
    > } };

export type AcceptFactCandidatesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AcceptFactCandidatesMutation = { acceptFactCandidates: Array<{ candidate: { id: string, status: FactCandidateStatus } }> };

export type RejectFactCandidateMutationVariables = Exact<{
  input: RejectFactCandidateInput;
}>;


export type RejectFactCandidateMutation = { rejectFactCandidate: { id: string, status: FactCandidateStatus } };

export type UpdateEnterpriseMutationVariables = Exact<{
  input: UpdateEnterpriseInput;
}>;


export type UpdateEnterpriseMutation = { updateEnterprise: { change: { id: string } | null } | null };

export type UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { change: { id: string } | null } | null };

export type UpdatePlatformMutationVariables = Exact<{
  input: UpdatePlatformInput;
}>;


export type UpdatePlatformMutation = { updatePlatform: { change: { id: string } | null } | null };

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject: { change: { id: string } | null } | null };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { change: { id: string } | null } | null };

export type LinkMutationVariables = Exact<{
  input: LinkInput;
}>;


export type LinkMutation = { link: { created: boolean, change: { id: string } | null } | null };

export type UnlinkMutationVariables = Exact<{
  input: UnlinkInput;
}>;


export type UnlinkMutation = { unlink: { change: { id: string } } | null };

export type CitationFieldsFragment = { paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } };

type EntityRef_Agreement_Fragment = { __typename: 'Agreement', id: string, name: string, nameEn: string };

type EntityRef_Article_Fragment = { __typename: 'Article', id: string, name: string, nameEn: string };

type EntityRef_CooperationArea_Fragment = { __typename: 'CooperationArea', id: string, name: string, nameEn: string };

type EntityRef_Enterprise_Fragment = { __typename: 'Enterprise', id: string, name: string, nameEn: string };

type EntityRef_Event_Fragment = { __typename: 'Event', id: string, name: string, nameEn: string };

type EntityRef_Industry_Fragment = { __typename: 'Industry', id: string, name: string, nameEn: string };

type EntityRef_Initiative_Fragment = { __typename: 'Initiative', id: string, name: string, nameEn: string };

type EntityRef_NewArea_Fragment = { __typename: 'NewArea', id: string, name: string, nameEn: string };

type EntityRef_Organization_Fragment = { __typename: 'Organization', id: string, name: string, nameEn: string };

type EntityRef_Person_Fragment = { __typename: 'Person', id: string, name: string, nameEn: string };

type EntityRef_Platform_Fragment = { __typename: 'Platform', id: string, name: string, nameEn: string };

type EntityRef_Policy_Fragment = { __typename: 'Policy', id: string, name: string, nameEn: string };

type EntityRef_Project_Fragment = { __typename: 'Project', id: string, name: string, nameEn: string };

type EntityRef_Proposal_Fragment = { __typename: 'Proposal', id: string, name: string, nameEn: string };

type EntityRef_Region_Fragment = { __typename: 'Region', id: string, name: string, nameEn: string };

type EntityRef_Task_Fragment = { __typename: 'Task', id: string, name: string, nameEn: string };

export type EntityRefFragment =
  | EntityRef_Agreement_Fragment
  | EntityRef_Article_Fragment
  | EntityRef_CooperationArea_Fragment
  | EntityRef_Enterprise_Fragment
  | EntityRef_Event_Fragment
  | EntityRef_Industry_Fragment
  | EntityRef_Initiative_Fragment
  | EntityRef_NewArea_Fragment
  | EntityRef_Organization_Fragment
  | EntityRef_Person_Fragment
  | EntityRef_Platform_Fragment
  | EntityRef_Policy_Fragment
  | EntityRef_Project_Fragment
  | EntityRef_Proposal_Fragment
  | EntityRef_Region_Fragment
  | EntityRef_Task_Fragment
;

export type RelationshipFieldsFragment = { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> };

export type SearchQueryVariables = Exact<{
  text: string;
  types?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, matchedOn: SearchMatchField, matchedText: string | null, matchedRanges: Array<{ start: number, end: number }>, snippet: { text: string, ranges: Array<{ start: number, end: number }> } | null, entity:
      | { __typename: 'Agreement', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'Article', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'CooperationArea', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'Enterprise', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'Event', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'Industry', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'Initiative', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'NewArea', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'Organization', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'Person', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'Platform', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'Policy', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'Project', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'Proposal', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'Region', aliases: Array<string>, id: string, name: string, nameEn: string }
      | { __typename: 'Task', aliases: Array<string>, id: string, name: string, nameEn: string }
     }> };

export type NewAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type NewAreasQuery = { newAreas: { nodes: Array<{ __typename: 'NewArea', id: string, name: string, nameEn: string }> } };

type EntitySideFields_Agreement_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_Article_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_CooperationArea_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_Enterprise_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_Event_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_Industry_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_Initiative_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_NewArea_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_Organization_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_Person_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_Platform_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_Policy_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_Project_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_Proposal_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_Region_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

type EntitySideFields_Task_Fragment = { side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } };

export type EntitySideFieldsFragment =
  | EntitySideFields_Agreement_Fragment
  | EntitySideFields_Article_Fragment
  | EntitySideFields_CooperationArea_Fragment
  | EntitySideFields_Enterprise_Fragment
  | EntitySideFields_Event_Fragment
  | EntitySideFields_Industry_Fragment
  | EntitySideFields_Initiative_Fragment
  | EntitySideFields_NewArea_Fragment
  | EntitySideFields_Organization_Fragment
  | EntitySideFields_Person_Fragment
  | EntitySideFields_Platform_Fragment
  | EntitySideFields_Policy_Fragment
  | EntitySideFields_Project_Fragment
  | EntitySideFields_Proposal_Fragment
  | EntitySideFields_Region_Fragment
  | EntitySideFields_Task_Fragment
;

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  relationshipTypes?: Array<RelationshipType> | RelationshipType | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { __typename: 'Agreement', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'Article', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'CooperationArea', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'Enterprise', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'Event', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'Industry', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'Initiative', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'NewArea', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'Organization', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'Person', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'Platform', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'Policy', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'Project', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'Proposal', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'Region', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
      | { __typename: 'Task', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    >, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, detail: string | null }> } };

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type EntityDetailsQuery = { node:
    | { __typename: 'Agreement', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, signedOn: string | null, cooperationAreaCount: number | null, id: string, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'Article', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, sections: Array<string> | null, id: string, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'CooperationArea', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, number: number, title: string, text: string, id: string, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'Enterprise', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, businessType: string | null, hostedEnterprisesAtLeast: number | null, registeredEmployees: number | null, registeredCapitalYuan: number | null, hostedEnterpriseOriginCountries: Array<string> | null, figuresNote: string | null, id: string, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'Event', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, date: string | null, ordinal: number | null, id: string, eventKind: EventKind, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'Industry', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, id: string, industryKind: IndustryKind, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'Initiative', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, id: string, initiativeKind: InitiativeKind, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'NewArea', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, level: NewAreaLevel | null, id: string, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'Organization', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, id: string, organizationKind: OrganizationKind, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'Person', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'Platform', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, id: string, platformKind: PlatformKind, platformStatus: PlatformStatus | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'Policy', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, id: string, policyKind: PolicyKind, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'Project', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, marketEntitiesServed: number | null, cities: number | null, pilotCitiesPerSide: number | null, pilotYear: number | null, fullCoverageWithinYears: number | null, coverageScope: string | null, figuresNote: string | null, id: string, projectKind: ProjectKind, projectStatus: ProjectStatus | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'Proposal', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, title: string, text: string, id: string, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'Region', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, id: string, regionKind: RegionKind, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
    | { __typename: 'Task', name: string, nameEn: string, nameEnOfficial: boolean, aliases: Array<string>, summary: string | null, summaryEn: string | null, number: number, year: number, title: string, text: string, id: string, taskStatus: TaskStatus | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }>, relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> }, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }
   };

export type EdgeCitationsQueryVariables = Exact<{
  source: string | number;
  type: RelationshipType;
}>;


export type EdgeCitationsQuery = { node:
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
    | { id: string, relationships: { edges: Array<{ node:
            | { __typename: 'Agreement', id: string, name: string, nameEn: string }
            | { __typename: 'Article', id: string, name: string, nameEn: string }
            | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
            | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
            | { __typename: 'Event', id: string, name: string, nameEn: string }
            | { __typename: 'Industry', id: string, name: string, nameEn: string }
            | { __typename: 'Initiative', id: string, name: string, nameEn: string }
            | { __typename: 'NewArea', id: string, name: string, nameEn: string }
            | { __typename: 'Organization', id: string, name: string, nameEn: string }
            | { __typename: 'Person', id: string, name: string, nameEn: string }
            | { __typename: 'Platform', id: string, name: string, nameEn: string }
            | { __typename: 'Policy', id: string, name: string, nameEn: string }
            | { __typename: 'Project', id: string, name: string, nameEn: string }
            | { __typename: 'Proposal', id: string, name: string, nameEn: string }
            | { __typename: 'Region', id: string, name: string, nameEn: string }
            | { __typename: 'Task', id: string, name: string, nameEn: string }
          , relationship: { type: RelationshipType, direction: Direction, activity: string | null, aspect: string | null, at: string | null, basis: string | null, byPerson: string | null, former: boolean | null, mode: string | null, note: string | null, pledge: string | null, prospective: boolean | null, role: string | null, roles: Array<string> | null, scope: string | null, speaker: string | null, stage: string | null, statedBy: string | null, title: string | null, toPerson: string | null, topic: string | null, verb: string | null, via: string | null, what: string | null, words: string | null, citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> } | null }> } }
   };

export type EntityRefsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type EntityRefsQuery = { nodes: Array<
    | { __typename: 'Agreement', id: string, name: string, nameEn: string }
    | { __typename: 'Article', id: string, name: string, nameEn: string }
    | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
    | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
    | { __typename: 'Event', id: string, name: string, nameEn: string }
    | { __typename: 'Industry', id: string, name: string, nameEn: string }
    | { __typename: 'Initiative', id: string, name: string, nameEn: string }
    | { __typename: 'NewArea', id: string, name: string, nameEn: string }
    | { __typename: 'Organization', id: string, name: string, nameEn: string }
    | { __typename: 'Person', id: string, name: string, nameEn: string }
    | { __typename: 'Platform', id: string, name: string, nameEn: string }
    | { __typename: 'Policy', id: string, name: string, nameEn: string }
    | { __typename: 'Project', id: string, name: string, nameEn: string }
    | { __typename: 'Proposal', id: string, name: string, nameEn: string }
    | { __typename: 'Region', id: string, name: string, nameEn: string }
    | { __typename: 'Task', id: string, name: string, nameEn: string }
   | null> };

export type CoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageQuery = { taskCoverage: Array<{ task: { __typename: 'Task', number: number, year: number, title: string, id: string, name: string, nameEn: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }, sides: Array<{ newArea: { __typename: 'NewArea', id: string, name: string, nameEn: string }, platforms: Array<{ __typename: 'Platform', id: string, name: string, nameEn: string }> }>, gaps: Array<{ id: string }>, gapReasons: Array<{ reason: CoverageGapReason, newArea: { id: string } }>, platformsWithoutSide: Array<{ __typename: 'Platform', id: string, name: string, nameEn: string }> }> };

export type PathsQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
  maxLength?: number | null | undefined;
  first?: number | null | undefined;
  excludeTypes?: Array<EntityType> | EntityType | null | undefined;
  excludeRelationshipTypes?: Array<RelationshipType> | RelationshipType | null | undefined;
  excludeIds?: Array<string | number> | string | number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, sentence: string, truncated: boolean, steps: Array<{ type: RelationshipType, direction: PathStepDirection, detail: string | null, sentence: string, from:
        | { __typename: 'Agreement', id: string, name: string, nameEn: string }
        | { __typename: 'Article', id: string, name: string, nameEn: string }
        | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
        | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
        | { __typename: 'Event', id: string, name: string, nameEn: string }
        | { __typename: 'Industry', id: string, name: string, nameEn: string }
        | { __typename: 'Initiative', id: string, name: string, nameEn: string }
        | { __typename: 'NewArea', id: string, name: string, nameEn: string }
        | { __typename: 'Organization', id: string, name: string, nameEn: string }
        | { __typename: 'Person', id: string, name: string, nameEn: string }
        | { __typename: 'Platform', id: string, name: string, nameEn: string }
        | { __typename: 'Policy', id: string, name: string, nameEn: string }
        | { __typename: 'Project', id: string, name: string, nameEn: string }
        | { __typename: 'Proposal', id: string, name: string, nameEn: string }
        | { __typename: 'Region', id: string, name: string, nameEn: string }
        | { __typename: 'Task', id: string, name: string, nameEn: string }
      , to:
        | { __typename: 'Agreement', id: string, name: string, nameEn: string }
        | { __typename: 'Article', id: string, name: string, nameEn: string }
        | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
        | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
        | { __typename: 'Event', id: string, name: string, nameEn: string }
        | { __typename: 'Industry', id: string, name: string, nameEn: string }
        | { __typename: 'Initiative', id: string, name: string, nameEn: string }
        | { __typename: 'NewArea', id: string, name: string, nameEn: string }
        | { __typename: 'Organization', id: string, name: string, nameEn: string }
        | { __typename: 'Person', id: string, name: string, nameEn: string }
        | { __typename: 'Platform', id: string, name: string, nameEn: string }
        | { __typename: 'Policy', id: string, name: string, nameEn: string }
        | { __typename: 'Project', id: string, name: string, nameEn: string }
        | { __typename: 'Proposal', id: string, name: string, nameEn: string }
        | { __typename: 'Region', id: string, name: string, nameEn: string }
        | { __typename: 'Task', id: string, name: string, nameEn: string }
      , citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> }> }> };

export type PartnerChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerChoicesQuery = { enterprises: { nodes: Array<{ __typename: 'Enterprise', id: string, name: string, nameEn: string, side: { placement: SidePlacement, basis: SideBasis, newAreas: Array<{ id: string }> } }> }, industries: { nodes: Array<{ __typename: 'Industry', id: string, name: string, nameEn: string }> }, newAreas: { nodes: Array<{ __typename: 'NewArea', id: string, name: string, nameEn: string }> } };

export type PartnerCandidatesQueryVariables = Exact<{
  enterpriseId?: string | number | null | undefined;
  industry?: string | number | null | undefined;
  inArea: string | number;
  candidateTypes?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
}>;


export type PartnerCandidatesQuery = { partnerCandidates: Array<{ score: number, entity:
      | { __typename: 'Agreement', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'Article', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'CooperationArea', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'Enterprise', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'Event', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'Industry', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'Initiative', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'NewArea', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'Organization', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'Person', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'Platform', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'Policy', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'Project', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'Proposal', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'Region', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
      | { __typename: 'Task', summary: string | null, summaryEn: string | null, id: string, name: string, nameEn: string }
    , reasons: Array<{ kind: PartnerReasonKind, weight: number, via:
        | { __typename: 'Agreement', id: string, name: string, nameEn: string }
        | { __typename: 'Article', id: string, name: string, nameEn: string }
        | { __typename: 'CooperationArea', id: string, name: string, nameEn: string }
        | { __typename: 'Enterprise', id: string, name: string, nameEn: string }
        | { __typename: 'Event', id: string, name: string, nameEn: string }
        | { __typename: 'Industry', id: string, name: string, nameEn: string }
        | { __typename: 'Initiative', id: string, name: string, nameEn: string }
        | { __typename: 'NewArea', id: string, name: string, nameEn: string }
        | { __typename: 'Organization', id: string, name: string, nameEn: string }
        | { __typename: 'Person', id: string, name: string, nameEn: string }
        | { __typename: 'Platform', id: string, name: string, nameEn: string }
        | { __typename: 'Policy', id: string, name: string, nameEn: string }
        | { __typename: 'Project', id: string, name: string, nameEn: string }
        | { __typename: 'Proposal', id: string, name: string, nameEn: string }
        | { __typename: 'Region', id: string, name: string, nameEn: string }
        | { __typename: 'Task', id: string, name: string, nameEn: string }
      , citations: Array<{ paragraph: number, quote: string, paragraphText: string, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> }> }> };

export type CitedParagraphFragment = { paragraph: number, source: { id: string, title: string } };

export type ExportEntitiesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExportEntitiesQuery = { nodes: Array<
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    | { summary: string | null, summaryEn: string | null, id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
   | null> };

export type NeighborhoodCitationsQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  relationshipTypes?: Array<RelationshipType> | RelationshipType | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodCitationsQuery = { neighborhood: { nodes: Array<
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
      | { id: string, summary: string | null, summaryEn: string | null, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }
    >, edges: Array<{ id: string, citations: Array<{ paragraph: number, source: { id: string, title: string } }> }> } };

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
export const FactCandidateFieldsFragmentDoc = new TypedDocumentString(`
    fragment FactCandidateFields on FactCandidate {
  id
  kind
  status
  paragraph
  quote
  rule
  confidence
  label
  name
  nameEn
  fromId
  fromName
  fromLabel
  relationshipType
  toId
  toName
  toLabel
  properties
  reason
  reviewedBy
  entityIds
}
    `, {"fragmentName":"FactCandidateFields"}) as unknown as TypedDocumentString<FactCandidateFieldsFragment, unknown>;
export const EntityRefFragmentDoc = new TypedDocumentString(`
    fragment EntityRef on Entity {
  __typename
  id
  name
  nameEn
}
    `, {"fragmentName":"EntityRef"}) as unknown as TypedDocumentString<EntityRefFragment, unknown>;
export const CitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CitationFields on Citation {
  paragraph
  quote
  paragraphText
  source {
    id
    title
    publisher
    publishedOn
    url
  }
}
    `, {"fragmentName":"CitationFields"}) as unknown as TypedDocumentString<CitationFieldsFragment, unknown>;
export const RelationshipFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelationshipFields on Relationship {
  type
  direction
  citations {
    ...CitationFields
  }
  activity
  aspect
  at
  basis
  byPerson
  former
  mode
  note
  pledge
  prospective
  role
  roles
  scope
  speaker
  stage
  statedBy
  title
  toPerson
  topic
  verb
  via
  what
  words
}
    fragment CitationFields on Citation {
  paragraph
  quote
  paragraphText
  source {
    id
    title
    publisher
    publishedOn
    url
  }
}`, {"fragmentName":"RelationshipFields"}) as unknown as TypedDocumentString<RelationshipFieldsFragment, unknown>;
export const EntitySideFieldsFragmentDoc = new TypedDocumentString(`
    fragment EntitySideFields on Entity {
  side {
    placement
    basis
    newAreas {
      id
    }
  }
}
    `, {"fragmentName":"EntitySideFields"}) as unknown as TypedDocumentString<EntitySideFieldsFragment, unknown>;
export const CitedParagraphFragmentDoc = new TypedDocumentString(`
    fragment CitedParagraph on Citation {
  paragraph
  source {
    id
    title
  }
}
    `, {"fragmentName":"CitedParagraph"}) as unknown as TypedDocumentString<CitedParagraphFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    actor
    role
  }
}
    `, {"hash":"3a51cb3b2e584eb6bb2ea768fab22e587c76d11258f4354fcf479cec952781ab"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SourceListDocument = new TypedDocumentString(`
    query SourceList {
  sources(first: 100) {
    id
    title
    publisher
    publishedOn
    url
    language
    addedAt
  }
}
    `, {"hash":"2a6de0d7d67858d6e235158eeee211d258e681726773d742932da95f75f23946"}) as unknown as TypedDocumentString<SourceListQuery, SourceListQueryVariables>;
export const SourceDetailsDocument = new TypedDocumentString(`
    query SourceDetails($id: ID!) {
  source(id: $id) {
    id
    title
    publisher
    publishedOn
    url
    language
    addedAt
    addedBy
    paragraphs {
      number
      text
    }
    mentions {
      id
      paragraph
      start
      end
      text
      ambiguous
      entities {
        ...EntityRef
      }
    }
    factCandidates {
      ...FactCandidateFields
    }
  }
}
    fragment FactCandidateFields on FactCandidate {
  id
  kind
  status
  paragraph
  quote
  rule
  confidence
  label
  name
  nameEn
  fromId
  fromName
  fromLabel
  relationshipType
  toId
  toName
  toLabel
  properties
  reason
  reviewedBy
  entityIds
}
fragment EntityRef on Entity {
  __typename
  id
  name
  nameEn
}`, {"hash":"7072dc8776e7b2e27812ca529f788d853198b58603be34ba392d63e057a9ad0e"}) as unknown as TypedDocumentString<SourceDetailsQuery, SourceDetailsQueryVariables>;
export const AddSourceDocument = new TypedDocumentString(`
    mutation AddSource($input: AddSourceInput!) {
  addSource(input: $input) {
    created
    message
    mentionCount
    candidateCount
    source {
      id
    }
  }
}
    `, {"hash":"53b87a4f99a6987afd333bca5ceb3a91a43d8c117081075dbd9934ac91e7fb06"}) as unknown as TypedDocumentString<AddSourceMutation, AddSourceMutationVariables>;
export const ReprocessSourceDocument = new TypedDocumentString(`
    mutation ReprocessSource($id: ID!) {
  reprocessSource(id: $id) {
    mentionCount
    candidateCount
  }
}
    `, {"hash":"34e0a9a1e4b2dcaa7cb984739956abd2677295339822b3ac75588cc95b4f5f02"}) as unknown as TypedDocumentString<ReprocessSourceMutation, ReprocessSourceMutationVariables>;
export const AcceptFactCandidateDocument = new TypedDocumentString(`
    mutation AcceptFactCandidate($input: AcceptFactCandidateInput!) {
  acceptFactCandidate(input: $input) {
    candidate {
      id
      status
    }
    entities {
      ...EntityRef
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
  nameEn
}`, {"hash":"ea3b3132a85d0d2ab43d386e57b2a8f1923e5a540efc12aae4c021836e03f732"}) as unknown as TypedDocumentString<AcceptFactCandidateMutation, AcceptFactCandidateMutationVariables>;
export const AcceptFactCandidatesDocument = new TypedDocumentString(`
    mutation AcceptFactCandidates($ids: [ID!]!) {
  acceptFactCandidates(ids: $ids) {
    candidate {
      id
      status
    }
  }
}
    `, {"hash":"3db0f740044cac637a6303ab0508594ca5d58573f53937fa031fa9a7c21223d1"}) as unknown as TypedDocumentString<AcceptFactCandidatesMutation, AcceptFactCandidatesMutationVariables>;
export const RejectFactCandidateDocument = new TypedDocumentString(`
    mutation RejectFactCandidate($input: RejectFactCandidateInput!) {
  rejectFactCandidate(input: $input) {
    id
    status
  }
}
    `, {"hash":"07257d721438461136e3e4d49b0701ddbe18d40be65d39b9ea7838075789e3f2"}) as unknown as TypedDocumentString<RejectFactCandidateMutation, RejectFactCandidateMutationVariables>;
export const UpdateEnterpriseDocument = new TypedDocumentString(`
    mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {
  updateEnterprise(input: $input) {
    change {
      id
    }
  }
}
    `, {"hash":"87b51ff62391371ad32ecb3df6507f0b441f2273d7c06707cbc3dd638dfe34bc"}) as unknown as TypedDocumentString<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    change {
      id
    }
  }
}
    `, {"hash":"83a1deb2e5cab8df5825eca1c34f8e72ab3cf6642ed977260f65b79091508bf1"}) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const UpdatePlatformDocument = new TypedDocumentString(`
    mutation UpdatePlatform($input: UpdatePlatformInput!) {
  updatePlatform(input: $input) {
    change {
      id
    }
  }
}
    `, {"hash":"959a598aaa57aeec727d7c2b8e51d8171a3e5ef17a5f8c6b5e34d1938edced36"}) as unknown as TypedDocumentString<UpdatePlatformMutation, UpdatePlatformMutationVariables>;
export const UpdateProjectDocument = new TypedDocumentString(`
    mutation UpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    change {
      id
    }
  }
}
    `, {"hash":"7bd25c788b5c8d9540149f8bce6bb40c3e4ad0a00f5df0487ef3fd4494dc9914"}) as unknown as TypedDocumentString<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($input: UpdatePersonInput!) {
  updatePerson(input: $input) {
    change {
      id
    }
  }
}
    `, {"hash":"3ecb2f828b008957b9f9313a43940ad4ff14caf413dc3c80bd997d4f2bccc58a"}) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const LinkDocument = new TypedDocumentString(`
    mutation Link($input: LinkInput!) {
  link(input: $input) {
    created
    change {
      id
    }
  }
}
    `, {"hash":"c8ac1b12d22bec25f92378b68ac19ad709c231b5b55e2cda03719c4f65261c62"}) as unknown as TypedDocumentString<LinkMutation, LinkMutationVariables>;
export const UnlinkDocument = new TypedDocumentString(`
    mutation Unlink($input: UnlinkInput!) {
  unlink(input: $input) {
    change {
      id
    }
  }
}
    `, {"hash":"01f4f05a349b6e38b3b86fbe97bb9f8aeeda4bdec2b8be754f56be29238be3a4"}) as unknown as TypedDocumentString<UnlinkMutation, UnlinkMutationVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $types: [EntityType!], $first: Int) {
  search(text: $text, types: $types, first: $first) {
    score
    matchedOn
    matchedText
    matchedRanges {
      start
      end
    }
    snippet {
      text
      ranges {
        start
        end
      }
    }
    entity {
      ...EntityRef
      aliases
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
  nameEn
}`, {"hash":"9471056dc781a933200e921bafced3fb148126ba8565e86e153652857789f73a"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NewAreasDocument = new TypedDocumentString(`
    query NewAreas {
  newAreas(first: 20, orderBy: ID_ASC) {
    nodes {
      ...EntityRef
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
  nameEn
}`, {"hash":"b709242bc2857197de34c7d85d5c6cf5622ddfb6bd821f22a02b7b56960735e8"}) as unknown as TypedDocumentString<NewAreasQuery, NewAreasQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $depth: Int, $relationshipTypes: [RelationshipType!], $limit: Int) {
  neighborhood(
    id: $id
    depth: $depth
    relationshipTypes: $relationshipTypes
    limit: $limit
  ) {
    truncated
    nodes {
      ...EntityRef
      ...EntitySideFields
    }
    edges {
      id
      type
      source
      target
      detail
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
  nameEn
}
fragment EntitySideFields on Entity {
  side {
    placement
    basis
    newAreas {
      id
    }
  }
}`, {"hash":"70e0e25a7ae8e32882bb7f4335eed7e6387795644a24a172c4cf4771ff46ef9c"}) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const EntityDetailsDocument = new TypedDocumentString(`
    query EntityDetails($id: ID!, $after: String) {
  node(id: $id) {
    id
    ... on Entity {
      __typename
      name
      nameEn
      nameEnOfficial
      aliases
      summary
      summaryEn
      ...EntitySideFields
      citations {
        ...CitationFields
      }
      relationships(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...EntityRef
          }
          relationship {
            ...RelationshipFields
          }
        }
      }
    }
    ... on NewArea {
      level
    }
    ... on Region {
      regionKind: kind
    }
    ... on Agreement {
      signedOn
      cooperationAreaCount
    }
    ... on Event {
      eventKind: kind
      date
      ordinal
    }
    ... on CooperationArea {
      number
      title
      text
    }
    ... on Task {
      number
      year
      title
      text
      taskStatus: status
    }
    ... on Platform {
      platformKind: kind
      platformStatus: status
    }
    ... on Enterprise {
      businessType
      hostedEnterprisesAtLeast
      registeredEmployees
      registeredCapitalYuan
      hostedEnterpriseOriginCountries
      figuresNote
    }
    ... on Organization {
      organizationKind: kind
    }
    ... on Policy {
      policyKind: kind
    }
    ... on Project {
      projectKind: kind
      projectStatus: status
      marketEntitiesServed
      cities
      pilotCitiesPerSide
      pilotYear
      fullCoverageWithinYears
      coverageScope
      figuresNote
    }
    ... on Industry {
      industryKind: kind
    }
    ... on Initiative {
      initiativeKind: kind
    }
    ... on Proposal {
      title
      text
    }
    ... on Article {
      sections
    }
  }
}
    fragment CitationFields on Citation {
  paragraph
  quote
  paragraphText
  source {
    id
    title
    publisher
    publishedOn
    url
  }
}
fragment EntityRef on Entity {
  __typename
  id
  name
  nameEn
}
fragment RelationshipFields on Relationship {
  type
  direction
  citations {
    ...CitationFields
  }
  activity
  aspect
  at
  basis
  byPerson
  former
  mode
  note
  pledge
  prospective
  role
  roles
  scope
  speaker
  stage
  statedBy
  title
  toPerson
  topic
  verb
  via
  what
  words
}
fragment EntitySideFields on Entity {
  side {
    placement
    basis
    newAreas {
      id
    }
  }
}`, {"hash":"6e8d89cb24e375272fb62c8517505d32ebe6ea8970f64b3ca5bd46909b812c3a"}) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const EdgeCitationsDocument = new TypedDocumentString(`
    query EdgeCitations($source: ID!, $type: RelationshipType!) {
  node(id: $source) {
    id
    ... on Entity {
      relationships(types: [$type], direction: OUTGOING, first: 100) {
        edges {
          node {
            ...EntityRef
          }
          relationship {
            ...RelationshipFields
          }
        }
      }
    }
  }
}
    fragment CitationFields on Citation {
  paragraph
  quote
  paragraphText
  source {
    id
    title
    publisher
    publishedOn
    url
  }
}
fragment EntityRef on Entity {
  __typename
  id
  name
  nameEn
}
fragment RelationshipFields on Relationship {
  type
  direction
  citations {
    ...CitationFields
  }
  activity
  aspect
  at
  basis
  byPerson
  former
  mode
  note
  pledge
  prospective
  role
  roles
  scope
  speaker
  stage
  statedBy
  title
  toPerson
  topic
  verb
  via
  what
  words
}`, {"hash":"ac5ad0c996ce6dcd56a3ad3d007d32a02ca499e2ff75a8224bd830772f1b6ef8"}) as unknown as TypedDocumentString<EdgeCitationsQuery, EdgeCitationsQueryVariables>;
export const EntityRefsDocument = new TypedDocumentString(`
    query EntityRefs($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Entity {
      ...EntityRef
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
  nameEn
}`, {"hash":"3d0fab8c02b49f5ba4f7ceaa4a75c02d99bb422ea52b1009b9d6866ee0cecfd9"}) as unknown as TypedDocumentString<EntityRefsQuery, EntityRefsQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage {
  taskCoverage {
    task {
      ...EntityRef
      number
      year
      title
      citations {
        ...CitedParagraph
      }
    }
    sides {
      newArea {
        ...EntityRef
      }
      platforms {
        ...EntityRef
      }
    }
    gaps {
      id
    }
    gapReasons {
      newArea {
        id
      }
      reason
    }
    platformsWithoutSide {
      ...EntityRef
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
  nameEn
}
fragment CitedParagraph on Citation {
  paragraph
  source {
    id
    title
  }
}`, {"hash":"04831b0ffde7bac9934551e19b24efb8b334566746ed70da01794ac0ee119631"}) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($fromId: ID!, $toId: ID!, $maxLength: Int, $first: Int, $excludeTypes: [EntityType!], $excludeRelationshipTypes: [RelationshipType!], $excludeIds: [ID!]) {
  paths(
    fromId: $fromId
    toId: $toId
    maxLength: $maxLength
    first: $first
    excludeTypes: $excludeTypes
    excludeRelationshipTypes: $excludeRelationshipTypes
    excludeIds: $excludeIds
  ) {
    length
    sentence
    truncated
    steps {
      from {
        ...EntityRef
      }
      to {
        ...EntityRef
      }
      type
      direction
      detail
      sentence
      citations {
        ...CitationFields
      }
    }
  }
}
    fragment CitationFields on Citation {
  paragraph
  quote
  paragraphText
  source {
    id
    title
    publisher
    publishedOn
    url
  }
}
fragment EntityRef on Entity {
  __typename
  id
  name
  nameEn
}`, {"hash":"09830031d93d158250e501517a39244bb25cb85e753adf4fa5feffeee2905b5b"}) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const PartnerChoicesDocument = new TypedDocumentString(`
    query PartnerChoices {
  enterprises(first: 100) {
    nodes {
      ...EntityRef
      ...EntitySideFields
    }
  }
  industries(first: 100) {
    nodes {
      ...EntityRef
    }
  }
  newAreas(first: 20, orderBy: ID_ASC) {
    nodes {
      ...EntityRef
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
  nameEn
}
fragment EntitySideFields on Entity {
  side {
    placement
    basis
    newAreas {
      id
    }
  }
}`, {"hash":"59f83f9738913c84928326a0c56917102b9842fd46281f2eb42cefea860eecea"}) as unknown as TypedDocumentString<PartnerChoicesQuery, PartnerChoicesQueryVariables>;
export const PartnerCandidatesDocument = new TypedDocumentString(`
    query PartnerCandidates($enterpriseId: ID, $industry: ID, $inArea: ID!, $candidateTypes: [EntityType!], $first: Int) {
  partnerCandidates(
    enterpriseId: $enterpriseId
    industry: $industry
    inArea: $inArea
    candidateTypes: $candidateTypes
    first: $first
  ) {
    score
    entity {
      ...EntityRef
      summary
      summaryEn
    }
    reasons {
      kind
      weight
      via {
        ...EntityRef
      }
      citations {
        ...CitationFields
      }
    }
  }
}
    fragment CitationFields on Citation {
  paragraph
  quote
  paragraphText
  source {
    id
    title
    publisher
    publishedOn
    url
  }
}
fragment EntityRef on Entity {
  __typename
  id
  name
  nameEn
}`, {"hash":"1db4e0ffefcbcbafb49f36d20e4ace70557823fd279239577f1d26ad99cabc7c"}) as unknown as TypedDocumentString<PartnerCandidatesQuery, PartnerCandidatesQueryVariables>;
export const ExportEntitiesDocument = new TypedDocumentString(`
    query ExportEntities($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Entity {
      summary
      summaryEn
      citations {
        ...CitedParagraph
      }
    }
  }
}
    fragment CitedParagraph on Citation {
  paragraph
  source {
    id
    title
  }
}`, {"hash":"f500bc6bf87fbf0796d223b783a49bdd8bc90c0ef44476ac8344f4381d78e285"}) as unknown as TypedDocumentString<ExportEntitiesQuery, ExportEntitiesQueryVariables>;
export const NeighborhoodCitationsDocument = new TypedDocumentString(`
    query NeighborhoodCitations($id: ID!, $depth: Int, $relationshipTypes: [RelationshipType!], $limit: Int) {
  neighborhood(
    id: $id
    depth: $depth
    relationshipTypes: $relationshipTypes
    limit: $limit
  ) {
    nodes {
      id
      summary
      summaryEn
      citations {
        ...CitedParagraph
      }
    }
    edges {
      id
      citations {
        ...CitedParagraph
      }
    }
  }
}
    fragment CitedParagraph on Citation {
  paragraph
  source {
    id
    title
  }
}`, {"hash":"04eb25fe312fef1d7d3a082d43c59c9246ace4e703a75d629d4e954746e162e9"}) as unknown as TypedDocumentString<NeighborhoodCitationsQuery, NeighborhoodCitationsQueryVariables>;