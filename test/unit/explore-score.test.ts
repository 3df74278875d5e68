import fs from 'node:fs';
import { type EnumTypeDefinitionNode, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PARTNER_REASON_WEIGHTS, type PartnerReasonKind, partnerScore } from '../../src/data/explore/score.js';

const sdl = parse(fs.readFileSync(new URL('../../schema/explore.graphql', import.meta.url), 'utf8'));

describe('partnerScore', () => {
  it('adds the weight of each reason', () => {
    expect(partnerScore([])).toBe(0);
    expect(partnerScore([{ kind: 'LINKING_PERSON' }, { kind: 'LINKING_PERSON' }])).toBe(4);
    expect(partnerScore([{ kind: 'SHARED_INDUSTRY' }, { kind: 'SHARED_TASK' }, { kind: 'SHARED_COOPERATION_AREA' }])).toBe(6);
  });

  it('weighs a shared industry and connected people above a shared task, platform, project or a linking person, and those above a shared cooperation area', () => {
    const w = PARTNER_REASON_WEIGHTS;
    expect(w.SHARED_INDUSTRY).toBe(w.CONNECTED_PEOPLE);
    for (const kind of ['SHARED_TASK', 'SHARED_PLATFORM', 'SHARED_PROJECT', 'LINKING_PERSON'] as const) {
      expect(w[kind]).toBeLessThan(w.SHARED_INDUSTRY);
      expect(w[kind]).toBeGreaterThan(w.SHARED_COOPERATION_AREA);
    }
  });
});

describe('the score as the SDL documents it', () => {
  const kinds = sdl.definitions.find(
    (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'PartnerReasonKind',
  );

  it('has one PartnerReasonKind value per weight, each description starting with its weight', () => {
    const documented = Object.fromEntries(
      (kinds?.values ?? []).map((v) => [v.name.value, Number(/^\+(\d+)\./.exec(v.description?.value ?? '')?.[1])]),
    );
    expect(documented).toEqual(PARTNER_REASON_WEIGHTS);
  });

  it('lists every weight in the description of PartnerCandidate.score', () => {
    const candidate = sdl.definitions.find((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'PartnerCandidate');
    const score = candidate?.kind === Kind.OBJECT_TYPE_DEFINITION ? candidate.fields?.find((f) => f.name.value === 'score') : undefined;
    const text = (score?.description?.value ?? '').replace(/\s+/g, ' ');
    for (const [kind, weight] of Object.entries(PARTNER_REASON_WEIGHTS) as [PartnerReasonKind, number][]) {
      expect(text).toContain(`${kind} +${weight}`);
    }
  });
});
