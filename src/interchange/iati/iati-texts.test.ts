import { describe, expect, it } from 'vitest';
import type { IatiActivity } from './iati-activity.ts';
import { textsIn } from './iati-texts.ts';

const withDescription = (text: string) =>
  ({
    title: [{ lang: null, text: 'T' }],
    descriptions: [{ type: '1', narratives: [{ lang: null, text }] }],
  }) as unknown as IatiActivity;

describe('description paragraphs', () => {
  it("drops the file's indentation and keeps the text's own (nested lists)", () => {
    const text =
      'Aims:\n      - courts\n          - appeal courts\n      - prisons\n\n      Second paragraph.   ';
    expect(textsIn(withDescription(text), 'en', 'en').description).toBe(
      'Aims:\n- courts\n    - appeal courts\n- prisons\n\nSecond paragraph.',
    );
  });

  it('keeps an unindented nested list as it is, and folds blank runs', () => {
    const text = '- a\n    - b\n- c\n\n\n\nEnd';
    expect(textsIn(withDescription(text), 'en', 'en').description).toBe('- a\n    - b\n- c\n\nEnd');
  });
});
