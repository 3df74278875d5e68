// The operations of sign-in, the Sources view and the editing forms. `npm run codegen` types them
// into ./gql (never edit it).
import { graphql } from './gql/index.js';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      actor
      role
    }
  }
`);

export const SourceListQuery = graphql(`
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
`);

export const FactCandidateFieldsFragment = graphql(`
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
`);

export const SourceDetailsQuery = graphql(`
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
`);

export const AddSourceMutation = graphql(`
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
`);

export const ReprocessSourceMutation = graphql(`
  mutation ReprocessSource($id: ID!) {
    reprocessSource(id: $id) {
      mentionCount
      candidateCount
    }
  }
`);

export const AcceptFactCandidateMutation = graphql(`
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
`);

export const AcceptFactCandidatesMutation = graphql(`
  mutation AcceptFactCandidates($ids: [ID!]!) {
    acceptFactCandidates(ids: $ids) {
      candidate {
        id
        status
      }
    }
  }
`);

export const RejectFactCandidateMutation = graphql(`
  mutation RejectFactCandidate($input: RejectFactCandidateInput!) {
    rejectFactCandidate(input: $input) {
      id
      status
    }
  }
`);

export const UpdateEnterpriseMutation = graphql(`
  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {
    updateEnterprise(input: $input) {
      change {
        id
      }
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      change {
        id
      }
    }
  }
`);

export const UpdatePlatformMutation = graphql(`
  mutation UpdatePlatform($input: UpdatePlatformInput!) {
    updatePlatform(input: $input) {
      change {
        id
      }
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      change {
        id
      }
    }
  }
`);

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      change {
        id
      }
    }
  }
`);

export const LinkMutation = graphql(`
  mutation Link($input: LinkInput!) {
    link(input: $input) {
      created
      change {
        id
      }
    }
  }
`);

export const UnlinkMutation = graphql(`
  mutation Unlink($input: UnlinkInput!) {
    unlink(input: $input) {
      change {
        id
      }
    }
  }
`);
