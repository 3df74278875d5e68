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
    "\n  query Viewer {\n    viewer {\n      actor\n      role\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query SourceList {\n    sources(first: 100) {\n      id\n      title\n      publisher\n      publishedOn\n      url\n      language\n      addedAt\n    }\n  }\n": typeof types.SourceListDocument,
    "\n  fragment FactCandidateFields on FactCandidate {\n    id\n    kind\n    status\n    paragraph\n    quote\n    rule\n    confidence\n    label\n    name\n    nameEn\n    fromId\n    fromName\n    fromLabel\n    relationshipType\n    toId\n    toName\n    toLabel\n    properties\n    reason\n    reviewedBy\n    entityIds\n  }\n": typeof types.FactCandidateFieldsFragmentDoc,
    "\n  query SourceDetails($id: ID!) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      publishedOn\n      url\n      language\n      addedAt\n      addedBy\n      paragraphs {\n        number\n        text\n      }\n      mentions {\n        id\n        paragraph\n        start\n        end\n        text\n        ambiguous\n        entities {\n          ...EntityRef\n        }\n      }\n      factCandidates {\n        ...FactCandidateFields\n      }\n    }\n  }\n": typeof types.SourceDetailsDocument,
    "\n  mutation AddSource($input: AddSourceInput!) {\n    addSource(input: $input) {\n      created\n      message\n      mentionCount\n      candidateCount\n      source {\n        id\n      }\n    }\n  }\n": typeof types.AddSourceDocument,
    "\n  mutation ReprocessSource($id: ID!) {\n    reprocessSource(id: $id) {\n      mentionCount\n      candidateCount\n    }\n  }\n": typeof types.ReprocessSourceDocument,
    "\n  mutation AcceptFactCandidate($input: AcceptFactCandidateInput!) {\n    acceptFactCandidate(input: $input) {\n      candidate {\n        id\n        status\n      }\n      entities {\n        ...EntityRef\n      }\n    }\n  }\n": typeof types.AcceptFactCandidateDocument,
    "\n  mutation AcceptFactCandidates($ids: [ID!]!) {\n    acceptFactCandidates(ids: $ids) {\n      candidate {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AcceptFactCandidatesDocument,
    "\n  mutation RejectFactCandidate($input: RejectFactCandidateInput!) {\n    rejectFactCandidate(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RejectFactCandidateDocument,
    "\n  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n": typeof types.UpdateEnterpriseDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation UpdatePlatform($input: UpdatePlatformInput!) {\n    updatePlatform(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n": typeof types.UpdatePlatformDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation Link($input: LinkInput!) {\n    link(input: $input) {\n      created\n      change {\n        id\n      }\n    }\n  }\n": typeof types.LinkDocument,
    "\n  mutation Unlink($input: UnlinkInput!) {\n    unlink(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n": typeof types.UnlinkDocument,
    "\n  fragment CitationFields on Citation {\n    paragraph\n    quote\n    paragraphText\n    source {\n      id\n      title\n      publisher\n      publishedOn\n      url\n    }\n  }\n": typeof types.CitationFieldsFragmentDoc,
    "\n  fragment EntityRef on Entity {\n    __typename\n    id\n    name\n    nameEn\n  }\n": typeof types.EntityRefFragmentDoc,
    "\n  fragment RelationshipFields on Relationship {\n    type\n    direction\n    citations {\n      ...CitationFields\n    }\n    activity\n    aspect\n    at\n    basis\n    byPerson\n    former\n    mode\n    note\n    pledge\n    prospective\n    role\n    roles\n    scope\n    speaker\n    stage\n    statedBy\n    title\n    toPerson\n    topic\n    verb\n    via\n    what\n    words\n  }\n": typeof types.RelationshipFieldsFragmentDoc,
    "\n  query Search($text: String!, $types: [EntityType!], $first: Int) {\n    search(text: $text, types: $types, first: $first) {\n      score\n      matchedOn\n      matchedText\n      matchedRanges {\n        start\n        end\n      }\n      snippet {\n        text\n        ranges {\n          start\n          end\n        }\n      }\n      entity {\n        ...EntityRef\n        aliases\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query NewAreas {\n    newAreas(first: 20, orderBy: ID_ASC) {\n      nodes {\n        ...EntityRef\n      }\n    }\n  }\n": typeof types.NewAreasDocument,
    "\n  fragment EntitySideFields on Entity {\n    side {\n      placement\n      basis\n      newAreas {\n        id\n      }\n    }\n  }\n": typeof types.EntitySideFieldsFragmentDoc,
    "\n  query Neighborhood($id: ID!, $depth: Int, $relationshipTypes: [RelationshipType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, relationshipTypes: $relationshipTypes, limit: $limit) {\n      truncated\n      nodes {\n        ...EntityRef\n        ...EntitySideFields\n      }\n      edges {\n        id\n        type\n        source\n        target\n        detail\n      }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query EntityDetails($id: ID!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Entity {\n        __typename\n        name\n        nameEn\n        nameEnOfficial\n        aliases\n        summary\n        summaryEn\n        ...EntitySideFields\n        citations {\n          ...CitationFields\n        }\n        relationships(first: 100, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...EntityRef\n            }\n            relationship {\n              ...RelationshipFields\n            }\n          }\n        }\n      }\n      ... on NewArea {\n        level\n      }\n      ... on Region {\n        regionKind: kind\n      }\n      ... on Agreement {\n        signedOn\n        cooperationAreaCount\n      }\n      ... on Event {\n        eventKind: kind\n        date\n        ordinal\n      }\n      ... on CooperationArea {\n        number\n        title\n        text\n      }\n      ... on Task {\n        number\n        year\n        title\n        text\n        taskStatus: status\n      }\n      ... on Platform {\n        platformKind: kind\n        platformStatus: status\n      }\n      ... on Enterprise {\n        businessType\n        hostedEnterprisesAtLeast\n        registeredEmployees\n        registeredCapitalYuan\n        hostedEnterpriseOriginCountries\n        figuresNote\n      }\n      ... on Organization {\n        organizationKind: kind\n      }\n      ... on Policy {\n        policyKind: kind\n      }\n      ... on Project {\n        projectKind: kind\n        projectStatus: status\n        marketEntitiesServed\n        cities\n        pilotCitiesPerSide\n        pilotYear\n        fullCoverageWithinYears\n        coverageScope\n        figuresNote\n      }\n      ... on Industry {\n        industryKind: kind\n      }\n      ... on Initiative {\n        initiativeKind: kind\n      }\n      ... on Proposal {\n        title\n        text\n      }\n      ... on Article {\n        sections\n      }\n    }\n  }\n": typeof types.EntityDetailsDocument,
    "\n  query EdgeCitations($source: ID!, $type: RelationshipType!) {\n    node(id: $source) {\n      id\n      ... on Entity {\n        relationships(types: [$type], direction: OUTGOING, first: 100) {\n          edges {\n            node {\n              ...EntityRef\n            }\n            relationship {\n              ...RelationshipFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EdgeCitationsDocument,
    "\n  query EntityRefs($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Entity {\n        ...EntityRef\n      }\n    }\n  }\n": typeof types.EntityRefsDocument,
    "\n  query Coverage {\n    taskCoverage {\n      task {\n        ...EntityRef\n        number\n        year\n        title\n        citations {\n          ...CitedParagraph\n        }\n      }\n      sides {\n        newArea {\n          ...EntityRef\n        }\n        platforms {\n          ...EntityRef\n        }\n      }\n      gaps {\n        id\n      }\n      gapReasons {\n        newArea {\n          id\n        }\n        reason\n      }\n      platformsWithoutSide {\n        ...EntityRef\n      }\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  query Paths(\n    $fromId: ID!\n    $toId: ID!\n    $maxLength: Int\n    $first: Int\n    $excludeTypes: [EntityType!]\n    $excludeRelationshipTypes: [RelationshipType!]\n    $excludeIds: [ID!]\n  ) {\n    paths(\n      fromId: $fromId\n      toId: $toId\n      maxLength: $maxLength\n      first: $first\n      excludeTypes: $excludeTypes\n      excludeRelationshipTypes: $excludeRelationshipTypes\n      excludeIds: $excludeIds\n    ) {\n      length\n      sentence\n      truncated\n      steps {\n        from {\n          ...EntityRef\n        }\n        to {\n          ...EntityRef\n        }\n        type\n        direction\n        detail\n        sentence\n        citations {\n          ...CitationFields\n        }\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query PartnerChoices {\n    enterprises(first: 100) {\n      nodes {\n        ...EntityRef\n        ...EntitySideFields\n      }\n    }\n    industries(first: 100) {\n      nodes {\n        ...EntityRef\n      }\n    }\n    newAreas(first: 20, orderBy: ID_ASC) {\n      nodes {\n        ...EntityRef\n      }\n    }\n  }\n": typeof types.PartnerChoicesDocument,
    "\n  query PartnerCandidates($enterpriseId: ID, $industry: ID, $inArea: ID!, $candidateTypes: [EntityType!], $first: Int) {\n    partnerCandidates(enterpriseId: $enterpriseId, industry: $industry, inArea: $inArea, candidateTypes: $candidateTypes, first: $first) {\n      score\n      entity {\n        ...EntityRef\n        summary\n        summaryEn\n      }\n      reasons {\n        kind\n        weight\n        via {\n          ...EntityRef\n        }\n        citations {\n          ...CitationFields\n        }\n      }\n    }\n  }\n": typeof types.PartnerCandidatesDocument,
    "\n  fragment CitedParagraph on Citation {\n    paragraph\n    source {\n      id\n      title\n    }\n  }\n": typeof types.CitedParagraphFragmentDoc,
    "\n  query ExportEntities($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Entity {\n        summary\n        summaryEn\n        citations {\n          ...CitedParagraph\n        }\n      }\n    }\n  }\n": typeof types.ExportEntitiesDocument,
    "\n  query NeighborhoodCitations($id: ID!, $depth: Int, $relationshipTypes: [RelationshipType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, relationshipTypes: $relationshipTypes, limit: $limit) {\n      nodes {\n        id\n        summary\n        summaryEn\n        citations {\n          ...CitedParagraph\n        }\n      }\n      edges {\n        id\n        citations {\n          ...CitedParagraph\n        }\n      }\n    }\n  }\n": typeof types.NeighborhoodCitationsDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      actor\n      role\n    }\n  }\n": types.ViewerDocument,
    "\n  query SourceList {\n    sources(first: 100) {\n      id\n      title\n      publisher\n      publishedOn\n      url\n      language\n      addedAt\n    }\n  }\n": types.SourceListDocument,
    "\n  fragment FactCandidateFields on FactCandidate {\n    id\n    kind\n    status\n    paragraph\n    quote\n    rule\n    confidence\n    label\n    name\n    nameEn\n    fromId\n    fromName\n    fromLabel\n    relationshipType\n    toId\n    toName\n    toLabel\n    properties\n    reason\n    reviewedBy\n    entityIds\n  }\n": types.FactCandidateFieldsFragmentDoc,
    "\n  query SourceDetails($id: ID!) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      publishedOn\n      url\n      language\n      addedAt\n      addedBy\n      paragraphs {\n        number\n        text\n      }\n      mentions {\n        id\n        paragraph\n        start\n        end\n        text\n        ambiguous\n        entities {\n          ...EntityRef\n        }\n      }\n      factCandidates {\n        ...FactCandidateFields\n      }\n    }\n  }\n": types.SourceDetailsDocument,
    "\n  mutation AddSource($input: AddSourceInput!) {\n    addSource(input: $input) {\n      created\n      message\n      mentionCount\n      candidateCount\n      source {\n        id\n      }\n    }\n  }\n": types.AddSourceDocument,
    "\n  mutation ReprocessSource($id: ID!) {\n    reprocessSource(id: $id) {\n      mentionCount\n      candidateCount\n    }\n  }\n": types.ReprocessSourceDocument,
    "\n  mutation AcceptFactCandidate($input: AcceptFactCandidateInput!) {\n    acceptFactCandidate(input: $input) {\n      candidate {\n        id\n        status\n      }\n      entities {\n        ...EntityRef\n      }\n    }\n  }\n": types.AcceptFactCandidateDocument,
    "\n  mutation AcceptFactCandidates($ids: [ID!]!) {\n    acceptFactCandidates(ids: $ids) {\n      candidate {\n        id\n        status\n      }\n    }\n  }\n": types.AcceptFactCandidatesDocument,
    "\n  mutation RejectFactCandidate($input: RejectFactCandidateInput!) {\n    rejectFactCandidate(input: $input) {\n      id\n      status\n    }\n  }\n": types.RejectFactCandidateDocument,
    "\n  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n": types.UpdateEnterpriseDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation UpdatePlatform($input: UpdatePlatformInput!) {\n    updatePlatform(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n": types.UpdatePlatformDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation Link($input: LinkInput!) {\n    link(input: $input) {\n      created\n      change {\n        id\n      }\n    }\n  }\n": types.LinkDocument,
    "\n  mutation Unlink($input: UnlinkInput!) {\n    unlink(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n": types.UnlinkDocument,
    "\n  fragment CitationFields on Citation {\n    paragraph\n    quote\n    paragraphText\n    source {\n      id\n      title\n      publisher\n      publishedOn\n      url\n    }\n  }\n": types.CitationFieldsFragmentDoc,
    "\n  fragment EntityRef on Entity {\n    __typename\n    id\n    name\n    nameEn\n  }\n": types.EntityRefFragmentDoc,
    "\n  fragment RelationshipFields on Relationship {\n    type\n    direction\n    citations {\n      ...CitationFields\n    }\n    activity\n    aspect\n    at\n    basis\n    byPerson\n    former\n    mode\n    note\n    pledge\n    prospective\n    role\n    roles\n    scope\n    speaker\n    stage\n    statedBy\n    title\n    toPerson\n    topic\n    verb\n    via\n    what\n    words\n  }\n": types.RelationshipFieldsFragmentDoc,
    "\n  query Search($text: String!, $types: [EntityType!], $first: Int) {\n    search(text: $text, types: $types, first: $first) {\n      score\n      matchedOn\n      matchedText\n      matchedRanges {\n        start\n        end\n      }\n      snippet {\n        text\n        ranges {\n          start\n          end\n        }\n      }\n      entity {\n        ...EntityRef\n        aliases\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query NewAreas {\n    newAreas(first: 20, orderBy: ID_ASC) {\n      nodes {\n        ...EntityRef\n      }\n    }\n  }\n": types.NewAreasDocument,
    "\n  fragment EntitySideFields on Entity {\n    side {\n      placement\n      basis\n      newAreas {\n        id\n      }\n    }\n  }\n": types.EntitySideFieldsFragmentDoc,
    "\n  query Neighborhood($id: ID!, $depth: Int, $relationshipTypes: [RelationshipType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, relationshipTypes: $relationshipTypes, limit: $limit) {\n      truncated\n      nodes {\n        ...EntityRef\n        ...EntitySideFields\n      }\n      edges {\n        id\n        type\n        source\n        target\n        detail\n      }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query EntityDetails($id: ID!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Entity {\n        __typename\n        name\n        nameEn\n        nameEnOfficial\n        aliases\n        summary\n        summaryEn\n        ...EntitySideFields\n        citations {\n          ...CitationFields\n        }\n        relationships(first: 100, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...EntityRef\n            }\n            relationship {\n              ...RelationshipFields\n            }\n          }\n        }\n      }\n      ... on NewArea {\n        level\n      }\n      ... on Region {\n        regionKind: kind\n      }\n      ... on Agreement {\n        signedOn\n        cooperationAreaCount\n      }\n      ... on Event {\n        eventKind: kind\n        date\n        ordinal\n      }\n      ... on CooperationArea {\n        number\n        title\n        text\n      }\n      ... on Task {\n        number\n        year\n        title\n        text\n        taskStatus: status\n      }\n      ... on Platform {\n        platformKind: kind\n        platformStatus: status\n      }\n      ... on Enterprise {\n        businessType\n        hostedEnterprisesAtLeast\n        registeredEmployees\n        registeredCapitalYuan\n        hostedEnterpriseOriginCountries\n        figuresNote\n      }\n      ... on Organization {\n        organizationKind: kind\n      }\n      ... on Policy {\n        policyKind: kind\n      }\n      ... on Project {\n        projectKind: kind\n        projectStatus: status\n        marketEntitiesServed\n        cities\n        pilotCitiesPerSide\n        pilotYear\n        fullCoverageWithinYears\n        coverageScope\n        figuresNote\n      }\n      ... on Industry {\n        industryKind: kind\n      }\n      ... on Initiative {\n        initiativeKind: kind\n      }\n      ... on Proposal {\n        title\n        text\n      }\n      ... on Article {\n        sections\n      }\n    }\n  }\n": types.EntityDetailsDocument,
    "\n  query EdgeCitations($source: ID!, $type: RelationshipType!) {\n    node(id: $source) {\n      id\n      ... on Entity {\n        relationships(types: [$type], direction: OUTGOING, first: 100) {\n          edges {\n            node {\n              ...EntityRef\n            }\n            relationship {\n              ...RelationshipFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EdgeCitationsDocument,
    "\n  query EntityRefs($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Entity {\n        ...EntityRef\n      }\n    }\n  }\n": types.EntityRefsDocument,
    "\n  query Coverage {\n    taskCoverage {\n      task {\n        ...EntityRef\n        number\n        year\n        title\n        citations {\n          ...CitedParagraph\n        }\n      }\n      sides {\n        newArea {\n          ...EntityRef\n        }\n        platforms {\n          ...EntityRef\n        }\n      }\n      gaps {\n        id\n      }\n      gapReasons {\n        newArea {\n          id\n        }\n        reason\n      }\n      platformsWithoutSide {\n        ...EntityRef\n      }\n    }\n  }\n": types.CoverageDocument,
    "\n  query Paths(\n    $fromId: ID!\n    $toId: ID!\n    $maxLength: Int\n    $first: Int\n    $excludeTypes: [EntityType!]\n    $excludeRelationshipTypes: [RelationshipType!]\n    $excludeIds: [ID!]\n  ) {\n    paths(\n      fromId: $fromId\n      toId: $toId\n      maxLength: $maxLength\n      first: $first\n      excludeTypes: $excludeTypes\n      excludeRelationshipTypes: $excludeRelationshipTypes\n      excludeIds: $excludeIds\n    ) {\n      length\n      sentence\n      truncated\n      steps {\n        from {\n          ...EntityRef\n        }\n        to {\n          ...EntityRef\n        }\n        type\n        direction\n        detail\n        sentence\n        citations {\n          ...CitationFields\n        }\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query PartnerChoices {\n    enterprises(first: 100) {\n      nodes {\n        ...EntityRef\n        ...EntitySideFields\n      }\n    }\n    industries(first: 100) {\n      nodes {\n        ...EntityRef\n      }\n    }\n    newAreas(first: 20, orderBy: ID_ASC) {\n      nodes {\n        ...EntityRef\n      }\n    }\n  }\n": types.PartnerChoicesDocument,
    "\n  query PartnerCandidates($enterpriseId: ID, $industry: ID, $inArea: ID!, $candidateTypes: [EntityType!], $first: Int) {\n    partnerCandidates(enterpriseId: $enterpriseId, industry: $industry, inArea: $inArea, candidateTypes: $candidateTypes, first: $first) {\n      score\n      entity {\n        ...EntityRef\n        summary\n        summaryEn\n      }\n      reasons {\n        kind\n        weight\n        via {\n          ...EntityRef\n        }\n        citations {\n          ...CitationFields\n        }\n      }\n    }\n  }\n": types.PartnerCandidatesDocument,
    "\n  fragment CitedParagraph on Citation {\n    paragraph\n    source {\n      id\n      title\n    }\n  }\n": types.CitedParagraphFragmentDoc,
    "\n  query ExportEntities($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Entity {\n        summary\n        summaryEn\n        citations {\n          ...CitedParagraph\n        }\n      }\n    }\n  }\n": types.ExportEntitiesDocument,
    "\n  query NeighborhoodCitations($id: ID!, $depth: Int, $relationshipTypes: [RelationshipType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, relationshipTypes: $relationshipTypes, limit: $limit) {\n      nodes {\n        id\n        summary\n        summaryEn\n        citations {\n          ...CitedParagraph\n        }\n      }\n      edges {\n        id\n        citations {\n          ...CitedParagraph\n        }\n      }\n    }\n  }\n": types.NeighborhoodCitationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      actor\n      role\n    }\n  }\n"): typeof import('./graphql.js').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceList {\n    sources(first: 100) {\n      id\n      title\n      publisher\n      publishedOn\n      url\n      language\n      addedAt\n    }\n  }\n"): typeof import('./graphql.js').SourceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactCandidateFields on FactCandidate {\n    id\n    kind\n    status\n    paragraph\n    quote\n    rule\n    confidence\n    label\n    name\n    nameEn\n    fromId\n    fromName\n    fromLabel\n    relationshipType\n    toId\n    toName\n    toLabel\n    properties\n    reason\n    reviewedBy\n    entityIds\n  }\n"): typeof import('./graphql.js').FactCandidateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceDetails($id: ID!) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      publishedOn\n      url\n      language\n      addedAt\n      addedBy\n      paragraphs {\n        number\n        text\n      }\n      mentions {\n        id\n        paragraph\n        start\n        end\n        text\n        ambiguous\n        entities {\n          ...EntityRef\n        }\n      }\n      factCandidates {\n        ...FactCandidateFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').SourceDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSource($input: AddSourceInput!) {\n    addSource(input: $input) {\n      created\n      message\n      mentionCount\n      candidateCount\n      source {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').AddSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReprocessSource($id: ID!) {\n    reprocessSource(id: $id) {\n      mentionCount\n      candidateCount\n    }\n  }\n"): typeof import('./graphql.js').ReprocessSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptFactCandidate($input: AcceptFactCandidateInput!) {\n    acceptFactCandidate(input: $input) {\n      candidate {\n        id\n        status\n      }\n      entities {\n        ...EntityRef\n      }\n    }\n  }\n"): typeof import('./graphql.js').AcceptFactCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptFactCandidates($ids: [ID!]!) {\n    acceptFactCandidates(ids: $ids) {\n      candidate {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').AcceptFactCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectFactCandidate($input: RejectFactCandidateInput!) {\n    rejectFactCandidate(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').RejectFactCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlatform($input: UpdatePlatformInput!) {\n    updatePlatform(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdatePlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Link($input: LinkInput!) {\n    link(input: $input) {\n      created\n      change {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').LinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unlink($input: UnlinkInput!) {\n    unlink(input: $input) {\n      change {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').UnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitationFields on Citation {\n    paragraph\n    quote\n    paragraphText\n    source {\n      id\n      title\n      publisher\n      publishedOn\n      url\n    }\n  }\n"): typeof import('./graphql.js').CitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityRef on Entity {\n    __typename\n    id\n    name\n    nameEn\n  }\n"): typeof import('./graphql.js').EntityRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationshipFields on Relationship {\n    type\n    direction\n    citations {\n      ...CitationFields\n    }\n    activity\n    aspect\n    at\n    basis\n    byPerson\n    former\n    mode\n    note\n    pledge\n    prospective\n    role\n    roles\n    scope\n    speaker\n    stage\n    statedBy\n    title\n    toPerson\n    topic\n    verb\n    via\n    what\n    words\n  }\n"): typeof import('./graphql.js').RelationshipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $types: [EntityType!], $first: Int) {\n    search(text: $text, types: $types, first: $first) {\n      score\n      matchedOn\n      matchedText\n      matchedRanges {\n        start\n        end\n      }\n      snippet {\n        text\n        ranges {\n          start\n          end\n        }\n      }\n      entity {\n        ...EntityRef\n        aliases\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewAreas {\n    newAreas(first: 20, orderBy: ID_ASC) {\n      nodes {\n        ...EntityRef\n      }\n    }\n  }\n"): typeof import('./graphql.js').NewAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntitySideFields on Entity {\n    side {\n      placement\n      basis\n      newAreas {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').EntitySideFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $depth: Int, $relationshipTypes: [RelationshipType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, relationshipTypes: $relationshipTypes, limit: $limit) {\n      truncated\n      nodes {\n        ...EntityRef\n        ...EntitySideFields\n      }\n      edges {\n        id\n        type\n        source\n        target\n        detail\n      }\n    }\n  }\n"): typeof import('./graphql.js').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityDetails($id: ID!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Entity {\n        __typename\n        name\n        nameEn\n        nameEnOfficial\n        aliases\n        summary\n        summaryEn\n        ...EntitySideFields\n        citations {\n          ...CitationFields\n        }\n        relationships(first: 100, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...EntityRef\n            }\n            relationship {\n              ...RelationshipFields\n            }\n          }\n        }\n      }\n      ... on NewArea {\n        level\n      }\n      ... on Region {\n        regionKind: kind\n      }\n      ... on Agreement {\n        signedOn\n        cooperationAreaCount\n      }\n      ... on Event {\n        eventKind: kind\n        date\n        ordinal\n      }\n      ... on CooperationArea {\n        number\n        title\n        text\n      }\n      ... on Task {\n        number\n        year\n        title\n        text\n        taskStatus: status\n      }\n      ... on Platform {\n        platformKind: kind\n        platformStatus: status\n      }\n      ... on Enterprise {\n        businessType\n        hostedEnterprisesAtLeast\n        registeredEmployees\n        registeredCapitalYuan\n        hostedEnterpriseOriginCountries\n        figuresNote\n      }\n      ... on Organization {\n        organizationKind: kind\n      }\n      ... on Policy {\n        policyKind: kind\n      }\n      ... on Project {\n        projectKind: kind\n        projectStatus: status\n        marketEntitiesServed\n        cities\n        pilotCitiesPerSide\n        pilotYear\n        fullCoverageWithinYears\n        coverageScope\n        figuresNote\n      }\n      ... on Industry {\n        industryKind: kind\n      }\n      ... on Initiative {\n        initiativeKind: kind\n      }\n      ... on Proposal {\n        title\n        text\n      }\n      ... on Article {\n        sections\n      }\n    }\n  }\n"): typeof import('./graphql.js').EntityDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgeCitations($source: ID!, $type: RelationshipType!) {\n    node(id: $source) {\n      id\n      ... on Entity {\n        relationships(types: [$type], direction: OUTGOING, first: 100) {\n          edges {\n            node {\n              ...EntityRef\n            }\n            relationship {\n              ...RelationshipFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EdgeCitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityRefs($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Entity {\n        ...EntityRef\n      }\n    }\n  }\n"): typeof import('./graphql.js').EntityRefsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage {\n    taskCoverage {\n      task {\n        ...EntityRef\n        number\n        year\n        title\n        citations {\n          ...CitedParagraph\n        }\n      }\n      sides {\n        newArea {\n          ...EntityRef\n        }\n        platforms {\n          ...EntityRef\n        }\n      }\n      gaps {\n        id\n      }\n      gapReasons {\n        newArea {\n          id\n        }\n        reason\n      }\n      platformsWithoutSide {\n        ...EntityRef\n      }\n    }\n  }\n"): typeof import('./graphql.js').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths(\n    $fromId: ID!\n    $toId: ID!\n    $maxLength: Int\n    $first: Int\n    $excludeTypes: [EntityType!]\n    $excludeRelationshipTypes: [RelationshipType!]\n    $excludeIds: [ID!]\n  ) {\n    paths(\n      fromId: $fromId\n      toId: $toId\n      maxLength: $maxLength\n      first: $first\n      excludeTypes: $excludeTypes\n      excludeRelationshipTypes: $excludeRelationshipTypes\n      excludeIds: $excludeIds\n    ) {\n      length\n      sentence\n      truncated\n      steps {\n        from {\n          ...EntityRef\n        }\n        to {\n          ...EntityRef\n        }\n        type\n        direction\n        detail\n        sentence\n        citations {\n          ...CitationFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerChoices {\n    enterprises(first: 100) {\n      nodes {\n        ...EntityRef\n        ...EntitySideFields\n      }\n    }\n    industries(first: 100) {\n      nodes {\n        ...EntityRef\n      }\n    }\n    newAreas(first: 20, orderBy: ID_ASC) {\n      nodes {\n        ...EntityRef\n      }\n    }\n  }\n"): typeof import('./graphql.js').PartnerChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCandidates($enterpriseId: ID, $industry: ID, $inArea: ID!, $candidateTypes: [EntityType!], $first: Int) {\n    partnerCandidates(enterpriseId: $enterpriseId, industry: $industry, inArea: $inArea, candidateTypes: $candidateTypes, first: $first) {\n      score\n      entity {\n        ...EntityRef\n        summary\n        summaryEn\n      }\n      reasons {\n        kind\n        weight\n        via {\n          ...EntityRef\n        }\n        citations {\n          ...CitationFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PartnerCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitedParagraph on Citation {\n    paragraph\n    source {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql.js').CitedParagraphFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportEntities($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Entity {\n        summary\n        summaryEn\n        citations {\n          ...CitedParagraph\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExportEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighborhoodCitations($id: ID!, $depth: Int, $relationshipTypes: [RelationshipType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, relationshipTypes: $relationshipTypes, limit: $limit) {\n      nodes {\n        id\n        summary\n        summaryEn\n        citations {\n          ...CitedParagraph\n        }\n      }\n      edges {\n        id\n        citations {\n          ...CitedParagraph\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').NeighborhoodCitationsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
