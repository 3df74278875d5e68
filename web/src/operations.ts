// Every GraphQL operation the explorer sends. `npm run codegen` types them into ./gql (never edit it).
import { graphql } from './gql/index.js';

export const CitationFieldsFragment = graphql(`
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
`);

export const EntityRefFragment = graphql(`
  fragment EntityRef on Entity {
    __typename
    id
    name
    nameEn
  }
`);

export const RelationshipFieldsFragment = graphql(`
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
`);

export const SearchQuery = graphql(`
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
`);

export const NewAreasQuery = graphql(`
  query NewAreas {
    newAreas(first: 20, orderBy: ID_ASC) {
      nodes {
        ...EntityRef
      }
    }
  }
`);

export const EntitySideFragment = graphql(`
  fragment EntitySideFields on Entity {
    side {
      placement
      basis
      newAreas {
        id
      }
    }
  }
`);

export const NeighborhoodQuery = graphql(`
  query Neighborhood($id: ID!, $depth: Int, $relationshipTypes: [RelationshipType!], $limit: Int) {
    neighborhood(id: $id, depth: $depth, relationshipTypes: $relationshipTypes, limit: $limit) {
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
`);

export const EntityDetailsQuery = graphql(`
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
`);

export const EdgeCitationsQuery = graphql(`
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
`);

export const EntityRefsQuery = graphql(`
  query EntityRefs($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Entity {
        ...EntityRef
      }
    }
  }
`);

export const CoverageQuery = graphql(`
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
`);

export const PathsQuery = graphql(`
  query Paths(
    $fromId: ID!
    $toId: ID!
    $maxLength: Int
    $first: Int
    $excludeTypes: [EntityType!]
    $excludeRelationshipTypes: [RelationshipType!]
    $excludeIds: [ID!]
  ) {
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
`);

export const PartnerChoicesQuery = graphql(`
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
`);

export const PartnerCandidatesQuery = graphql(`
  query PartnerCandidates($enterpriseId: ID, $industry: ID, $inArea: ID!, $candidateTypes: [EntityType!], $first: Int) {
    partnerCandidates(enterpriseId: $enterpriseId, industry: $industry, inArea: $inArea, candidateTypes: $candidateTypes, first: $first) {
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
`);

export const CitedParagraphFragment = graphql(`
  fragment CitedParagraph on Citation {
    paragraph
    source {
      id
      title
    }
  }
`);

export const ExportEntitiesQuery = graphql(`
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
`);

export const NeighborhoodCitationsQuery = graphql(`
  query NeighborhoodCitations($id: ID!, $depth: Int, $relationshipTypes: [RelationshipType!], $limit: Int) {
    neighborhood(id: $id, depth: $depth, relationshipTypes: $relationshipTypes, limit: $limit) {
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
`);
