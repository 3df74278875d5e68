// The explorer's whole selection lives in the URL query, so any view can be shared as a link.
// Pure functions (no DOM), unit-tested in test/unit/web-url-state.test.ts.
import type { Lang } from './i18n.js';

export const VIEWS = ['explore', 'matrix', 'paths', 'partners', 'sources'] as const;
export type View = (typeof VIEWS)[number];
export type PartnerMode = 'enterprise' | 'industry';

export interface AppState {
  view: View;
  lang: Lang;
  /** Search text (explore view). */
  q: string;
  /** Id of the entity at the centre of the graph. */
  focus: string | null;
  /** Id of the selected node, or of the selected relationship (`<source>-<TYPE>-><target>`). */
  sel: string | null;
  /** Depth of the neighbourhood around the centre, 1-3. */
  depth: number;
  /** Relationship types the graph follows; empty for all. */
  rel: string[];
  /** Nodes expanded by double-click, in the order expanded. */
  x: string[];
  /** Folded groups of a hub's neighbours opened by a click (lib/hub-groups.ts), in the order opened. */
  open: string[];
  /** Path finder ends and longest path. */
  from: string | null;
  to: string | null;
  maxLen: number;
  /** Path finder: entity types and relationship types no path may pass through. */
  noTypes: string[];
  noRel: string[];
  /** Partner finder: what for, which entity, which target new area, which kinds of candidate. */
  pmode: PartnerMode;
  pid: string | null;
  area: string | null;
  ctypes: string[];
  /** Sources view: the id of the source being read. */
  doc: string | null;
}

/** The candidate types the partner finder asks for unless told otherwise. */
export const DEFAULT_CANDIDATE_TYPES = ['ENTERPRISE'];

export const DEFAULT_STATE: AppState = {
  view: 'explore',
  lang: 'zh',
  q: '',
  focus: null,
  sel: null,
  depth: 1,
  rel: [],
  x: [],
  open: [],
  from: null,
  to: null,
  maxLen: 4,
  noTypes: [],
  noRel: [],
  pmode: 'enterprise',
  pid: null,
  area: null,
  ctypes: DEFAULT_CANDIDATE_TYPES,
  doc: null,
};

function intIn(text: string | null, min: number, max: number, fallback: number): number {
  const value = Number(text);
  return text !== null && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

function list(text: string | null): string[] {
  return text ? [...new Set(text.split(',').map((item) => item.trim()).filter(Boolean))] : [];
}

export function parseState(search: string): AppState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : DEFAULT_STATE.view,
    lang: params.get('lang') === 'en' ? 'en' : 'zh',
    q: params.get('q') ?? '',
    focus: params.get('focus') || null,
    sel: params.get('sel') || null,
    depth: intIn(params.get('depth'), 1, 3, DEFAULT_STATE.depth),
    rel: list(params.get('rel')).filter((type) => /^[A-Z_]+$/.test(type)),
    x: list(params.get('x')),
    open: list(params.get('open')),
    from: params.get('from') || null,
    to: params.get('to') || null,
    maxLen: intIn(params.get('maxLen'), 1, 6, DEFAULT_STATE.maxLen),
    noTypes: list(params.get('noTypes')).filter((type) => /^[A-Z_]+$/.test(type)),
    noRel: list(params.get('noRel')).filter((type) => /^[A-Z_]+$/.test(type)),
    pmode: params.get('pmode') === 'industry' ? 'industry' : 'enterprise',
    pid: params.get('pid') || null,
    area: params.get('area') || null,
    ctypes: ((types) => (types.length > 0 ? types : DEFAULT_CANDIDATE_TYPES))(
      list(params.get('ctypes')).filter((type) => ['ENTERPRISE', 'ORGANIZATION', 'PLATFORM'].includes(type)),
    ),
    doc: params.get('doc') || null,
  };
}

/** The query string for a state, defaults left out, keys in a fixed order ('' for the default state). */
export function serializeState(state: AppState): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | number | null, fallback: string | number | null) => {
    if (value !== null && value !== '' && value !== fallback) params.set(key, String(value));
  };
  put('view', state.view, DEFAULT_STATE.view);
  put('lang', state.lang, DEFAULT_STATE.lang);
  if (state.view === 'explore') {
    put('q', state.q, '');
    put('focus', state.focus, null);
    put('sel', state.sel, null);
    put('depth', state.depth, DEFAULT_STATE.depth);
    put('rel', state.rel.join(','), '');
    put('x', state.x.join(','), '');
    put('open', state.open.join(','), '');
  } else if (state.view === 'paths') {
    put('from', state.from, null);
    put('to', state.to, null);
    put('maxLen', state.maxLen, DEFAULT_STATE.maxLen);
    put('noTypes', state.noTypes.join(','), '');
    put('noRel', state.noRel.join(','), '');
  } else if (state.view === 'partners') {
    put('pmode', state.pmode, DEFAULT_STATE.pmode);
    put('pid', state.pid, null);
    put('area', state.area, null);
    put('ctypes', state.ctypes.join(','), DEFAULT_CANDIDATE_TYPES.join(','));
  } else if (state.view === 'sources') {
    put('doc', state.doc, null);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when `id` names a relationship of a graph (GraphEdge.id) rather than an entity. */
export function isEdgeId(id: string): boolean {
  return id.includes('->');
}

/** The parts of a GraphEdge id `<source>-<TYPE>-><target>`; null when it is not one. */
export function parseEdgeId(id: string): { source: string; type: string; target: string } | null {
  const match = /^(.+)-([A-Z_]+)->(.+)$/.exec(id);
  return match ? { source: match[1]!, type: match[2]!, target: match[3]! } : null;
}
