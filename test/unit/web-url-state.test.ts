import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, isEdgeId, parseEdgeId, parseState, serializeState } from '../../web/src/lib/url-state.js';

describe('explorer deep links', () => {
  it('the default state is the bare page', () => {
    expect(parseState('')).toEqual(DEFAULT_STATE);
    expect(serializeState(DEFAULT_STATE)).toBe('');
  });

  it('round-trips a graph selection with depth, types and expansions', () => {
    const state = { ...DEFAULT_STATE, lang: 'en' as const, focus: 'new-area:tianfu', sel: 'task:2020-03', depth: 2, rel: ['SERVES', 'LOCATED_IN'], x: ['task:2020-03'] };
    const search = serializeState(state);
    expect(search).toBe('?lang=en&focus=new-area%3Atianfu&sel=task%3A2020-03&depth=2&rel=SERVES%2CLOCATED_IN&x=task%3A2020-03');
    expect(parseState(search)).toEqual(state);
  });

  it('round-trips the folded groups opened', () => {
    const state = { ...DEFAULT_STATE, focus: 'new-area:tianfu', depth: 3, open: ['group:new-area:tianfu|Platform|new-area:tianfu', 'group:industry:x|Industry|neither'] };
    const search = serializeState(state);
    expect(search).toContain('&open=group%3Anew-area%3Atianfu%7CPlatform%7Cnew-area%3Atianfu%2Cgroup%3Aindustry%3Ax%7CIndustry%7Cneither');
    expect(parseState(search)).toEqual(state);
  });

  it('keeps only the parameters of the current view', () => {
    const state = { ...DEFAULT_STATE, view: 'paths' as const, focus: 'new-area:tianfu', from: 'enterprise:zhubajie', to: 'organization:tianfu-chamber-of-commerce' };
    expect(serializeState(state)).toBe('?view=paths&from=enterprise%3Azhubajie&to=organization%3Atianfu-chamber-of-commerce');
    expect(serializeState({ ...DEFAULT_STATE, view: 'partners', pmode: 'industry', pid: 'industry:5g', area: 'new-area:liangjiang' })).toBe(
      '?view=partners&pmode=industry&pid=industry%3A5g&area=new-area%3Aliangjiang',
    );
  });

  it('round-trips the source being read in the Sources view, and only there', () => {
    const state = { ...DEFAULT_STATE, view: 'sources' as const, doc: 'doc-0123456789abcdef' };
    expect(serializeState(state)).toBe('?view=sources&doc=doc-0123456789abcdef');
    expect(parseState('?view=sources&doc=doc-0123456789abcdef')).toEqual(state);
    expect(serializeState({ ...state, view: 'explore' })).toBe('');
  });

  it('falls back to defaults for values out of range or unknown', () => {
    const state = parseState('?view=nope&lang=fr&depth=9&maxLen=0&rel=SERVES,bad type,SERVES&pmode=x');
    expect(state).toMatchObject({ view: 'explore', lang: 'zh', depth: 1, maxLen: 4, rel: ['SERVES'], pmode: 'enterprise' });
  });

  it('tells relationship ids from entity ids', () => {
    const id = 'platform:chongqing-international-expo-center-SERVES->task:2020-03';
    expect(isEdgeId(id)).toBe(true);
    expect(isEdgeId('task:2020-03')).toBe(false);
    expect(parseEdgeId(id)).toEqual({ source: 'platform:chongqing-international-expo-center', type: 'SERVES', target: 'task:2020-03' });
    expect(parseEdgeId('person:a-INTRODUCED_TO->person:b')).toEqual({ source: 'person:a', type: 'INTRODUCED_TO', target: 'person:b' });
    expect(parseEdgeId('task:2020-03')).toBeNull();
  });
});
