// Chinese first, English on request: the interface's words in both languages, and the name of an
// entity in the chosen one. Enum values, property keys and coded values come from vocabulary.ts.
import { EDITING_STRINGS } from './strings-editing.js';
import { ENUM_LABELS, enumLabel, propertyValueLabel } from './vocabulary.js';

export type Lang = 'zh' | 'en';

/** GraphQL __typename of every entity type, in the order the legend shows them. */
export const TYPENAMES = [
  'NewArea',
  'Region',
  'Agreement',
  'Event',
  'CooperationArea',
  'Task',
  'Platform',
  'Enterprise',
  'Organization',
  'Person',
  'Policy',
  'Project',
  'Industry',
  'Initiative',
  'Proposal',
  'Article',
] as const;
export type Typename = (typeof TYPENAMES)[number];

/** EntityType enum value (NEW_AREA) for a __typename (NewArea). */
export function entityTypeOf(typename: string): string {
  return typename.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

export function typeLabel(typename: string, lang: Lang): string {
  return enumLabel('EntityType', entityTypeOf(typename), lang);
}

export const RELATIONSHIP_TYPES = Object.keys(ENUM_LABELS.RelationshipType!);

export function relationshipLabel(type: string, lang: Lang): string {
  return enumLabel('RelationshipType', type, lang);
}

export function reasonLabel(kind: string, lang: Lang): string {
  return enumLabel('PartnerReasonKind', kind, lang);
}

export interface Named {
  name: string;
  nameEn: string;
}

/** The name to show first in `lang`. */
export function nameOf(entity: Named, lang: Lang): string {
  return lang === 'en' ? entity.nameEn : entity.name;
}

/** The summary in `lang`: in English the English one, never the Chinese. */
export function summaryIn(entity: { summary?: string | null; summaryEn?: string | null }, lang: Lang): string | null {
  return (lang === 'en' ? entity.summaryEn : entity.summary) ?? null;
}

/** The name in the other language, shown second. */
export function otherNameOf(entity: Named, lang: Lang): string {
  return lang === 'en' ? entity.name : entity.nameEn;
}

const STRINGS = {
  title: ['两江–天府合作图谱', 'Liangjiang–Tianfu cooperation graph'],
  subtitle: ['2020 年两江新区与天府新区战略合作协议', 'The 2020 Liangjiang–Tianfu strategic cooperation agreement'],
  'view.explore': ['图谱', 'Graph'],
  'view.matrix': ['任务 × 平台', 'Tasks × platforms'],
  'view.paths': ['路径', 'Paths'],
  'view.partners': ['合作伙伴', 'Partners'],
  'lang.toggle': ['English', '中文'],
  'lang.toggleTitle': ['Show names and labels in English', '以中文显示名称和标签'],
  graphiql: ['GraphiQL', 'GraphiQL'],
  'search.placeholder': ['搜索：中文、英文或别名，如 博览、expo', 'Search in Chinese, English or an alias, e.g. 博览, expo'],
  'search.button': ['搜索', 'Search'],
  'search.none': ['没有找到与“{text}”相关的实体。', 'Nothing matches “{text}”.'],
  'search.hits': ['{n} 个结果', '{n} results'],
  'search.colon': ['：', ': '],
  'search.inSummary': ['，简介中：', ', in the summary: '],
  'search.fullTextOnly': ['（名称、别名和简介中的词，含词形变化）', ' (words of the names, aliases and summary, word forms included)'],
  loading: ['正在加载…', 'Loading…'],
  'error.unreachable': ['无法连接 API', 'The API is not reachable'],
  'error.database': ['API 已启动，但图数据库（Neo4j）没有响应', 'The API is up, but its database (Neo4j) does not answer'],
  'error.request': ['请求无效', 'The request was refused'],
  'error.server': ['API 出错', 'The API failed'],
  'error.hint.unreachable': ['请确认服务器正在运行（npm start），然后重试。', 'Check that the server is running (npm start), then retry.'],
  'error.hint.database': ['请确认 Neo4j 正在运行，然后重试。', 'Check that Neo4j is running, then retry.'],
  retry: ['重试', 'Retry'],
  'welcome.title': ['从搜索开始', 'Start with a search'],
  'welcome.text': [
    '在左侧搜索一个实体，或打开下面的示例。单击节点查看详情，双击节点展开它的邻居。',
    'Search for an entity on the left, or open one of these. Click a node for its details, double-click it to expand its neighbours.',
  ],
  'graph.depth': ['深度', 'Depth'],
  'graph.types': ['关系类型', 'Relationship types'],
  'graph.allTypes': ['全部类型', 'All types'],
  'graph.clearTypes': ['清除', 'Clear'],
  'graph.fit': ['适应窗口', 'Fit'],
  'graph.reset': ['只看中心', 'Reset'],
  'graph.stats': ['{nodes} 个节点 · {edges} 条关系 · 渲染 {ms} 毫秒', '{nodes} nodes · {edges} relationships · rendered in {ms} ms'],
  'graph.truncated': ['已截断：范围内还有更多实体', 'Truncated: more entities are in reach'],
  'graph.legend': ['图例', 'Legend'],
  'graph.hint': ['单击选中 · 双击展开', 'Click to select · double-click to expand'],
  'graph.empty': ['这个实体在所选关系类型下没有邻居。', 'This entity has no neighbours of the chosen relationship types.'],
  'side.of': ['{area}一侧', '{area} side'],
  'side.none': ['不属任何一侧', 'On neither side'],
  'side.both': ['两侧共有', 'On both sides'],
  'details.title': ['详情', 'Details'],
  'graph.legendGroup': ['+N：折叠的邻居，单击展开', '+N: folded neighbours, click to open'],
  'details.empty': ['选中一个节点或关系，查看属性、关系和出处。', 'Select a node or a relationship to see its properties, relationships and sources.'],
  'details.aliases': ['别名', 'Aliases'],
  'details.properties': ['属性', 'Properties'],
  'details.citations': ['出处', 'Sources'],
  'details.relationships': ['关系', 'Relationships'],
  'details.more': ['加载更多（还有 {n} 条）', 'Load more ({n} left)'],
  'details.expand': ['在图中展开', 'Expand in the graph'],
  'details.focus': ['以它为中心', 'Centre on it'],
  'details.side': ['归属', 'Side'],
  'details.sideBasis': ['依据', 'basis'],
  'details.id': ['编号', 'Id'],
  'details.official': ['官方英文名', 'official English name'],
  'details.translation': ['英文为译名', 'English name is a translation'],
  'details.edge': ['关系', 'Relationship'],
  'citation.paragraph': ['第 {n} 段', '¶ {n}'],
  'citation.open': ['查看原文', 'Open the source'],
  'citation.close': ['关闭', 'Close'],
  'citation.source': ['来源', 'Source'],
  'matrix.title': ['2020 年十项重点任务与支撑平台', 'The ten key tasks for 2020 and the platforms that serve them'],
  'matrix.task': ['重点任务', 'Key task'],
  'matrix.noSide': ['未归属任何一方的平台', 'Platforms on no side'],
  'matrix.note': [
    '按新区分列：平台属于哪一侧依据 API 的归属规则。红色：文中为这项任务提及了另一侧的平台，却没有提及这一侧的；灰色：文中没有为这项任务提及任何平台（这是文章没有写，不代表新区没有）。',
    'One column per new area, by the API’s side rule. Red: the article names platforms for this task on the other side but none on this one; grey: the article names no platform for this task at all (the article is silent; the new area may still have one).',
  ],
  'matrix.gaps': ['缺口', 'Gaps'],
  'paths.from': ['起点', 'From'],
  'paths.to': ['终点', 'To'],
  'paths.maxLength': ['最长步数', 'Longest path'],
  'paths.find': ['查找路径', 'Find paths'],
  'paths.none': ['在 {n} 步以内找不到连接。', 'No connection within {n} steps.'],
  'paths.pick': ['选择两个实体，查看它们之间最短的联系。', 'Pick two entities to see the shortest connections between them.'],
  'paths.path': ['路径 {i}：{n} 步', 'Path {i}: {n} steps'],
  'paths.steps': ['逐步说明', 'Step by step'],
  'paths.swap': ['交换', 'Swap'],
  'paths.truncated': [
    '较长一步的路径未经过关系超过 1000 条的枢纽实体（如新区、大行业）查找，可能有遗漏；最短路径完整无缺。',
    'Paths one step longer were searched without passing through hubs of more than 1,000 relationships (a new area, a large industry), so some may be missing; the shortest paths are all here.',
  ],
  'paths.avoid': ['避开', 'Avoid'],
  'picker.placeholder': ['输入名称搜索…', 'Type a name to search…'],
  'picker.clear': ['清除', 'Clear'],
  'partners.mode': ['为谁寻找', 'Looking for partners for'],
  'partners.enterprise': ['企业', 'an enterprise'],
  'partners.industry': ['产业', 'an industry'],
  'partners.area': ['目标新区', 'Target new area'],
  'partners.find': ['寻找伙伴', 'Find partners'],
  'partners.none': ['没有找到有理由的候选者。', 'No candidate with a reason.'],
  'partners.score': ['得分', 'Score'],
  'partners.pick': ['选择一个企业或产业，以及目标新区。', 'Choose an enterprise or an industry, and a target new area.'],
  'partners.rank': ['排名', 'Rank'],
  'partners.reasons': ['理由', 'Reasons'],
  'partners.types': ['候选类型', 'Candidates'],
  'common.open': ['在图谱中打开', 'Open in the graph'],
  'export.menu': ['导出', 'Export'],
  'export.csv': ['CSV · {table}', 'CSV · {table}'],
  'export.xlsx': ['Excel 工作簿（XLSX）', 'Excel workbook (XLSX)'],
  'export.png': ['图片（PNG）', 'Picture (PNG)'],
  'export.svg': ['矢量图（SVG）', 'Vector picture (SVG)'],
  'export.working': ['正在导出…', 'Exporting…'],
  'export.failed': ['导出失败：{reason}', 'The export failed: {reason}'],
  'export.paragraphs': ['出处段落', 'Paragraphs cited'],
  'export.source': ['出处文献', 'Source'],
  'export.number': ['序号', 'No.'],
  'export.type': ['类型', 'Type'],
  'export.name': ['名称', 'Name'],
  'export.otherName': ['英文名', 'Chinese name'],
  'export.summary': ['简介', 'Summary'],
  'export.matchedOn': ['匹配方式', 'Matched on'],
  'export.side': ['归属', 'Side'],
  'export.degree': ['图中关系数', 'Relationships in the view'],
  'export.subject': ['主体', 'Subject'],
  'export.relationship': ['关系', 'Relationship'],
  'export.object': ['客体', 'Object'],
  'export.path': ['路径', 'Path'],
  'export.length': ['步数', 'Steps'],
  'export.step': ['步', 'Step'],
  'export.stepFrom': ['从', 'From'],
  'export.stepTo': ['到', 'To'],
  'export.words': ['说明', 'In words'],
  'export.sheet.search': ['搜索结果', 'Search results'],
  'export.sheet.nodes': ['节点', 'Nodes'],
  'export.sheet.edges': ['关系', 'Relationships'],
  'export.sheet.paths': ['路径', 'Paths'],
  'export.sheet.partners': ['合作伙伴候选', 'Partner candidates'],
  'export.sheet.coverage': ['任务覆盖', 'Task coverage'],
  ...EDITING_STRINGS,
} satisfies Record<string, [string, string]>;

export type StringKey = keyof typeof STRINGS;

export function translate(lang: Lang, key: StringKey, params?: Record<string, string | number>): string {
  let text = STRINGS[key][lang === 'zh' ? 0 : 1];
  for (const [name, value] of Object.entries(params ?? {})) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

/** The property a relationship's qualifier (GraphEdge.detail) comes from, where it holds a code. */
const CODED_DETAIL: Record<string, string> = { PARTICIPATES_IN: 'role', RUNS: 'role', EXPANDS_TO: 'stage', COOPERATES_WITH: 'basis', CREDITED_ON: 'roles' };

const CJK = /[\u3400-\u9fff]/;

/** The source's own words in quotes; quotes inside them become single ones: “两个‘车轮’”. */
export function quoted(text: string): string {
  return `“${text.replaceAll('“', '‘').replaceAll('”', '’')}”`;
}

/** A qualifier in words: codes translated; the source's own words quoted in English. */
export function detailText(type: string, detail: string, lang: Lang): string {
  const key = CODED_DETAIL[type];
  const text = key ? detail.split(',').map((part) => propertyValueLabel(key, part, lang)).join(lang === 'zh' ? '、' : ', ') : detail;
  return lang === 'en' && CJK.test(text) ? quoted(text) : text;
}

/** A relationship type in words with its qualifier (GraphEdge.detail) when it adds something: 任职（董事长）. */
export function relationshipText(type: string, raw: string | null | undefined, lang: Lang): string {
  const label = relationshipLabel(type, lang);
  if (!raw || raw === label) return label;
  const detail = detailText(type, raw, lang);
  return lang === 'zh' ? `${label}（${detail}）` : `${label} (${detail})`;
}
