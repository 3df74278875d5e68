/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query PlatformsServingTask3 {\n  node(id: \"task:2020-03\") {\n    ... on Task {\n      number\n      title\n      text\n      platforms {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            nameEn\n            kind\n          }\n          relationship {\n            role\n            citations {\n              paragraph\n              quote\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.PlatformsServingTask3Document,
    "query TaskCoverage {\n  taskCoverage {\n    task {\n      number\n      title\n    }\n    sides {\n      newArea {\n        name\n      }\n      platforms {\n        name\n      }\n    }\n    gaps {\n      name\n    }\n  }\n}": typeof types.TaskCoverageDocument,
    "query ScienceCityTasks {\n  cooperationAreas(where: {nameContains: \"西部科学城\"}) {\n    nodes {\n      name\n      tasks {\n        edges {\n          node {\n            number\n            title\n          }\n          relationship {\n            basis\n            citations {\n              paragraph\n              quote\n            }\n          }\n        }\n      }\n      platforms {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n}": typeof types.ScienceCityTasksDocument,
    "query ScienceCityNeighborhood {\n  neighborhood(id: \"platform:chengdu-science-city\", depth: 1) {\n    truncated\n    nodes {\n      id\n      name\n      __typename\n    }\n    edges {\n      type\n      source\n      target\n    }\n  }\n}": typeof types.ScienceCityNeighborhoodDocument,
    "query PeopleAndTheirSides {\n  people(first: 5, orderBy: ID_ASC) {\n    nodes {\n      name\n      side {\n        placement\n        basis\n        newAreas {\n          name\n        }\n      }\n    }\n  }\n}": typeof types.PeopleAndTheirSidesDocument,
    "query Entity($id: ID!) {\n  node(id: $id) {\n    id\n    __typename\n    ... on Entity {\n      name\n      nameEn\n      nameEnOfficial\n      aliases\n      citations {\n        paragraph\n        quote\n      }\n    }\n    ... on Platform {\n      kind\n      tasks {\n        nodes {\n          number\n          title\n        }\n      }\n      locatedIn {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n}": typeof types.EntityDocument,
    "query LogisticsPlatformsPage {\n  platforms(\n    where: {kind: [PORT, AIRPORT, BONDED_ZONE, LOGISTICS_CENTER]}\n    orderBy: NAME_EN_ASC\n    first: 3\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        nameEn\n        kind\n      }\n    }\n  }\n}": typeof types.LogisticsPlatformsPageDocument,
    "query SearchExamples {\n  port: search(text: \"港\", first: 3) {\n    score\n    entity {\n      id\n      name\n      __typename\n    }\n  }\n  expo: search(text: \"expo\", types: [PLATFORM]) {\n    score\n    entity {\n      id\n      name\n      nameEn\n    }\n  }\n  nickname: search(text: \"二师兄\") {\n    score\n    matchedOn\n    entity {\n      id\n      name\n    }\n  }\n}": typeof types.SearchExamplesDocument,
    "query SearchShortForms {\n  shortForm: search(text: \"重庆博览中心\", first: 1) {\n    matchedOn\n    matchedText\n    matchedRanges {\n      start\n      end\n    }\n    entity {\n      id\n    }\n  }\n  pinyin: search(text: \"zhu ba jie\", first: 1) {\n    matchedOn\n    matchedText\n    entity {\n      id\n    }\n  }\n  initials: search(text: \"ljxq\", first: 1) {\n    matchedOn\n    matchedText\n    matchedRanges {\n      start\n      end\n    }\n    entity {\n      id\n    }\n  }\n  traditional: search(text: \"兩江新區\", first: 1) {\n    matchedOn\n    matchedText\n    entity {\n      id\n    }\n  }\n  typo: search(text: \"Tianfou New Area\", first: 1) {\n    matchedOn\n    matchedText\n    entity {\n      id\n    }\n  }\n  summary: search(text: \"会展\", types: [TASK], first: 1) {\n    matchedOn\n    snippet {\n      text\n      ranges {\n        start\n        end\n      }\n    }\n    entity {\n      id\n    }\n  }\n}": typeof types.SearchShortFormsDocument,
    "query WhoRunsZhubajie {\n  node(id: \"enterprise:zhubajie\") {\n    ... on Enterprise {\n      name\n      people {\n        edges {\n          node {\n            name\n            aliases\n          }\n          relationship {\n            title\n          }\n        }\n      }\n      expandsTo {\n        edges {\n          node {\n            name\n          }\n          relationship {\n            stage\n            citations {\n              paragraph\n              quote\n            }\n          }\n        }\n      }\n      industries {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n}": typeof types.WhoRunsZhubajieDocument,
    "query ZhubajieToTianfuChamber {\n  paths(\n    fromId: \"enterprise:zhubajie\"\n    toId: \"organization:tianfu-chamber-of-commerce\"\n    maxLength: 4\n    first: 3\n  ) {\n    length\n    steps {\n      sentence\n      citations {\n        paragraph\n        quote\n      }\n    }\n  }\n}": typeof types.ZhubajieToTianfuChamberDocument,
    "query ZhubajiePartnersInTianfu {\n  partnerCandidates(\n    enterpriseId: \"enterprise:zhubajie\"\n    inArea: \"new-area:tianfu\"\n    candidateTypes: [ENTERPRISE, ORGANIZATION]\n    first: 5\n  ) {\n    score\n    entity {\n      id\n      name\n      __typename\n    }\n    reasons {\n      kind\n      via {\n        name\n      }\n    }\n  }\n}": typeof types.ZhubajiePartnersInTianfuDocument,
};
const documents: Documents = {
    "query PlatformsServingTask3 {\n  node(id: \"task:2020-03\") {\n    ... on Task {\n      number\n      title\n      text\n      platforms {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            nameEn\n            kind\n          }\n          relationship {\n            role\n            citations {\n              paragraph\n              quote\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.PlatformsServingTask3Document,
    "query TaskCoverage {\n  taskCoverage {\n    task {\n      number\n      title\n    }\n    sides {\n      newArea {\n        name\n      }\n      platforms {\n        name\n      }\n    }\n    gaps {\n      name\n    }\n  }\n}": types.TaskCoverageDocument,
    "query ScienceCityTasks {\n  cooperationAreas(where: {nameContains: \"西部科学城\"}) {\n    nodes {\n      name\n      tasks {\n        edges {\n          node {\n            number\n            title\n          }\n          relationship {\n            basis\n            citations {\n              paragraph\n              quote\n            }\n          }\n        }\n      }\n      platforms {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n}": types.ScienceCityTasksDocument,
    "query ScienceCityNeighborhood {\n  neighborhood(id: \"platform:chengdu-science-city\", depth: 1) {\n    truncated\n    nodes {\n      id\n      name\n      __typename\n    }\n    edges {\n      type\n      source\n      target\n    }\n  }\n}": types.ScienceCityNeighborhoodDocument,
    "query PeopleAndTheirSides {\n  people(first: 5, orderBy: ID_ASC) {\n    nodes {\n      name\n      side {\n        placement\n        basis\n        newAreas {\n          name\n        }\n      }\n    }\n  }\n}": types.PeopleAndTheirSidesDocument,
    "query Entity($id: ID!) {\n  node(id: $id) {\n    id\n    __typename\n    ... on Entity {\n      name\n      nameEn\n      nameEnOfficial\n      aliases\n      citations {\n        paragraph\n        quote\n      }\n    }\n    ... on Platform {\n      kind\n      tasks {\n        nodes {\n          number\n          title\n        }\n      }\n      locatedIn {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n}": types.EntityDocument,
    "query LogisticsPlatformsPage {\n  platforms(\n    where: {kind: [PORT, AIRPORT, BONDED_ZONE, LOGISTICS_CENTER]}\n    orderBy: NAME_EN_ASC\n    first: 3\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        nameEn\n        kind\n      }\n    }\n  }\n}": types.LogisticsPlatformsPageDocument,
    "query SearchExamples {\n  port: search(text: \"港\", first: 3) {\n    score\n    entity {\n      id\n      name\n      __typename\n    }\n  }\n  expo: search(text: \"expo\", types: [PLATFORM]) {\n    score\n    entity {\n      id\n      name\n      nameEn\n    }\n  }\n  nickname: search(text: \"二师兄\") {\n    score\n    matchedOn\n    entity {\n      id\n      name\n    }\n  }\n}": types.SearchExamplesDocument,
    "query SearchShortForms {\n  shortForm: search(text: \"重庆博览中心\", first: 1) {\n    matchedOn\n    matchedText\n    matchedRanges {\n      start\n      end\n    }\n    entity {\n      id\n    }\n  }\n  pinyin: search(text: \"zhu ba jie\", first: 1) {\n    matchedOn\n    matchedText\n    entity {\n      id\n    }\n  }\n  initials: search(text: \"ljxq\", first: 1) {\n    matchedOn\n    matchedText\n    matchedRanges {\n      start\n      end\n    }\n    entity {\n      id\n    }\n  }\n  traditional: search(text: \"兩江新區\", first: 1) {\n    matchedOn\n    matchedText\n    entity {\n      id\n    }\n  }\n  typo: search(text: \"Tianfou New Area\", first: 1) {\n    matchedOn\n    matchedText\n    entity {\n      id\n    }\n  }\n  summary: search(text: \"会展\", types: [TASK], first: 1) {\n    matchedOn\n    snippet {\n      text\n      ranges {\n        start\n        end\n      }\n    }\n    entity {\n      id\n    }\n  }\n}": types.SearchShortFormsDocument,
    "query WhoRunsZhubajie {\n  node(id: \"enterprise:zhubajie\") {\n    ... on Enterprise {\n      name\n      people {\n        edges {\n          node {\n            name\n            aliases\n          }\n          relationship {\n            title\n          }\n        }\n      }\n      expandsTo {\n        edges {\n          node {\n            name\n          }\n          relationship {\n            stage\n            citations {\n              paragraph\n              quote\n            }\n          }\n        }\n      }\n      industries {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n}": types.WhoRunsZhubajieDocument,
    "query ZhubajieToTianfuChamber {\n  paths(\n    fromId: \"enterprise:zhubajie\"\n    toId: \"organization:tianfu-chamber-of-commerce\"\n    maxLength: 4\n    first: 3\n  ) {\n    length\n    steps {\n      sentence\n      citations {\n        paragraph\n        quote\n      }\n    }\n  }\n}": types.ZhubajieToTianfuChamberDocument,
    "query ZhubajiePartnersInTianfu {\n  partnerCandidates(\n    enterpriseId: \"enterprise:zhubajie\"\n    inArea: \"new-area:tianfu\"\n    candidateTypes: [ENTERPRISE, ORGANIZATION]\n    first: 5\n  ) {\n    score\n    entity {\n      id\n      name\n      __typename\n    }\n    reasons {\n      kind\n      via {\n        name\n      }\n    }\n  }\n}": types.ZhubajiePartnersInTianfuDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformsServingTask3 {\n  node(id: \"task:2020-03\") {\n    ... on Task {\n      number\n      title\n      text\n      platforms {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            nameEn\n            kind\n          }\n          relationship {\n            role\n            citations {\n              paragraph\n              quote\n            }\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').PlatformsServingTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskCoverage {\n  taskCoverage {\n    task {\n      number\n      title\n    }\n    sides {\n      newArea {\n        name\n      }\n      platforms {\n        name\n      }\n    }\n    gaps {\n      name\n    }\n  }\n}"): typeof import('./graphql.js').TaskCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScienceCityTasks {\n  cooperationAreas(where: {nameContains: \"西部科学城\"}) {\n    nodes {\n      name\n      tasks {\n        edges {\n          node {\n            number\n            title\n          }\n          relationship {\n            basis\n            citations {\n              paragraph\n              quote\n            }\n          }\n        }\n      }\n      platforms {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ScienceCityTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScienceCityNeighborhood {\n  neighborhood(id: \"platform:chengdu-science-city\", depth: 1) {\n    truncated\n    nodes {\n      id\n      name\n      __typename\n    }\n    edges {\n      type\n      source\n      target\n    }\n  }\n}"): typeof import('./graphql.js').ScienceCityNeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleAndTheirSides {\n  people(first: 5, orderBy: ID_ASC) {\n    nodes {\n      name\n      side {\n        placement\n        basis\n        newAreas {\n          name\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').PeopleAndTheirSidesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Entity($id: ID!) {\n  node(id: $id) {\n    id\n    __typename\n    ... on Entity {\n      name\n      nameEn\n      nameEnOfficial\n      aliases\n      citations {\n        paragraph\n        quote\n      }\n    }\n    ... on Platform {\n      kind\n      tasks {\n        nodes {\n          number\n          title\n        }\n      }\n      locatedIn {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').EntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogisticsPlatformsPage {\n  platforms(\n    where: {kind: [PORT, AIRPORT, BONDED_ZONE, LOGISTICS_CENTER]}\n    orderBy: NAME_EN_ASC\n    first: 3\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        nameEn\n        kind\n      }\n    }\n  }\n}"): typeof import('./graphql.js').LogisticsPlatformsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchExamples {\n  port: search(text: \"港\", first: 3) {\n    score\n    entity {\n      id\n      name\n      __typename\n    }\n  }\n  expo: search(text: \"expo\", types: [PLATFORM]) {\n    score\n    entity {\n      id\n      name\n      nameEn\n    }\n  }\n  nickname: search(text: \"二师兄\") {\n    score\n    matchedOn\n    entity {\n      id\n      name\n    }\n  }\n}"): typeof import('./graphql.js').SearchExamplesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchShortForms {\n  shortForm: search(text: \"重庆博览中心\", first: 1) {\n    matchedOn\n    matchedText\n    matchedRanges {\n      start\n      end\n    }\n    entity {\n      id\n    }\n  }\n  pinyin: search(text: \"zhu ba jie\", first: 1) {\n    matchedOn\n    matchedText\n    entity {\n      id\n    }\n  }\n  initials: search(text: \"ljxq\", first: 1) {\n    matchedOn\n    matchedText\n    matchedRanges {\n      start\n      end\n    }\n    entity {\n      id\n    }\n  }\n  traditional: search(text: \"兩江新區\", first: 1) {\n    matchedOn\n    matchedText\n    entity {\n      id\n    }\n  }\n  typo: search(text: \"Tianfou New Area\", first: 1) {\n    matchedOn\n    matchedText\n    entity {\n      id\n    }\n  }\n  summary: search(text: \"会展\", types: [TASK], first: 1) {\n    matchedOn\n    snippet {\n      text\n      ranges {\n        start\n        end\n      }\n    }\n    entity {\n      id\n    }\n  }\n}"): typeof import('./graphql.js').SearchShortFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoRunsZhubajie {\n  node(id: \"enterprise:zhubajie\") {\n    ... on Enterprise {\n      name\n      people {\n        edges {\n          node {\n            name\n            aliases\n          }\n          relationship {\n            title\n          }\n        }\n      }\n      expandsTo {\n        edges {\n          node {\n            name\n          }\n          relationship {\n            stage\n            citations {\n              paragraph\n              quote\n            }\n          }\n        }\n      }\n      industries {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').WhoRunsZhubajieDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ZhubajieToTianfuChamber {\n  paths(\n    fromId: \"enterprise:zhubajie\"\n    toId: \"organization:tianfu-chamber-of-commerce\"\n    maxLength: 4\n    first: 3\n  ) {\n    length\n    steps {\n      sentence\n      citations {\n        paragraph\n        quote\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ZhubajieToTianfuChamberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ZhubajiePartnersInTianfu {\n  partnerCandidates(\n    enterpriseId: \"enterprise:zhubajie\"\n    inArea: \"new-area:tianfu\"\n    candidateTypes: [ENTERPRISE, ORGANIZATION]\n    first: 5\n  ) {\n    score\n    entity {\n      id\n      name\n      __typename\n    }\n    reasons {\n      kind\n      via {\n        name\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ZhubajiePartnersInTianfuDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
