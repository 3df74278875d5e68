import { describe, expect, it } from 'vitest';
import { otherEndLabels } from '../../src/model/model.js';

describe('otherEndLabels', () => {
  it('reads the from labels incoming, the to labels outgoing and both either way, from data/model.yaml', () => {
    expect(otherEndLabels(['SERVES'], 'INCOMING')).toEqual(new Set(['Platform']));
    expect(otherEndLabels(['PARTY_TO'], 'OUTGOING')).toEqual(new Set(['Agreement']));
    expect(otherEndLabels(['PARTY_TO'], 'BOTH')).toEqual(new Set(['NewArea', 'Agreement']));
    expect(otherEndLabels(['PARTY_TO', 'SIGNED_AT'], 'OUTGOING')).toEqual(new Set(['Agreement', 'Event']));
  });

  it('knows nothing of a type outside the model', () => {
    expect(otherEndLabels(['SERVES', 'HAS_PARAGRAPH'], 'INCOMING')).toBeNull();
  });
});
