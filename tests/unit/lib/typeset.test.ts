import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldWidth, pieceTypesetter, typeset } from '../../../src/lib/typeset.ts';

describe('typeset', () => {
  it('sets punctuation beside Chinese full-width', () => {
    expect(typeset('AI“拿捏”下的硅谷现状:高调抢人、抢创企,低调裁员潮')).toBe('AI“拿捏”下的硅谷现状：高调抢人、抢创企，低调裁员潮');
    expect(typeset('在AI的竞速中,Meta首席执行官')).toBe('在AI的竞速中，Meta首席执行官');
    expect(typeset('这是我见过最疯狂的!”近日')).toBe('这是我见过最疯狂的！”近日');
    expect(typeset('真的吗?还是;不')).toBe('真的吗？还是；不');
  });

  it('looks through quotation marks and spaces to find the neighbour', () => {
    expect(typeset('表示:“现在')).toBe('表示：“现在');
    expect(typeset('所谓“开源节流”,前者')).toBe('所谓“开源节流”，前者');
    expect(typeset('Claude 3 ,被称为')).toBe('Claude 3 ，被称为');
  });

  it('sets a pair of parentheses full-width when Chinese stands outside or inside either one', () => {
    expect(typeset('科学家伊桑·奈特(Ethan Knight),其实')).toBe('科学家伊桑·奈特（Ethan Knight），其实');
    expect(typeset('服务(SMGS)团队')).toBe('服务（SMGS）团队');
    expect(typeset('Rate (1/万人)')).toBe('Rate （1/万人）');
    expect(typeset('“错失恐惧症”(Fear of Missing Out,简称FOMO)。')).toBe('“错失恐惧症”（Fear of Missing Out，简称FOMO）。');
  });

  it('leaves Latin-only runs, numbers and URLs alone', () => {
    for (const latin of [
      'Hello, world! (Really?) Yes: no; maybe.',
      'GPT-4',
      'Levels.fyi',
      '2.7万',
      '增长3,000人',
      '10:30开会',
      'https://example.com/a?b=1,2:3(x)',
      '见www.example.com/x?a=1,2',
    ]) {
      expect(typeset(latin)).toBe(latin);
    }
    expect(typeset('数据来自Levels.fyi,2.7万名')).toBe('数据来自Levels.fyi,2.7万名');
    expect(typeset('他说:Hello, world,然后')).toBe('他说：Hello, world，然后');
  });

  it('does not reach across lines', () => {
    expect(typeset('中文\n, latin')).toBe('中文\n, latin');
  });
});

describe('pieceTypesetter', () => {
  const report = '“错失恐惧症”(Fear of Missing Out,简称FOMO)。要想克服FOMO,亟需';
  const piece = pieceTypesetter(report);

  it('sets a quote as it stands in the typeset report, even where its edge takes context from outside', () => {
    // Alone, "Missing Out," has no Chinese beside its comma; in the report it has.
    expect(typeset('Fear of Missing Out,')).toBe('Fear of Missing Out,');
    expect(piece('Fear of Missing Out,')).toBe('Fear of Missing Out，');
    expect(typeset(report)).toContain(piece('(Fear of Missing Out'));
  });

  it('finds quotes written with either width', () => {
    expect(piece('要想克服FOMO，亟需')).toBe('要想克服FOMO，亟需');
    expect(piece('要想克服FOMO,亟需')).toBe('要想克服FOMO，亟需');
  });

  it('typesets text that is not in the report on its own', () => {
    expect(piece('编者标签:亚马逊')).toBe('编者标签：亚马逊');
  });
});

describe('typeset properties', () => {
  const alphabet = fc.constantFrom(...'中文字，。“”（）ab Z19.-,:;!?()\n/'.split(''));
  const text = fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(''));

  it('changes only , : ; ! ? ( ) to their full-width forms, one for one, and is idempotent', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = typeset(s);
        expect(out.length).toBe(s.length);
        expect(foldWidth(out)).toBe(foldWidth(s));
        expect(typeset(out)).toBe(out);
      }),
    );
  });

  it('leaves text without Chinese exactly as it is', () => {
    fc.assert(
      fc.property(
        fc
          .string({ maxLength: 80 })
          .filter((s) => !/[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60\uFE30-\uFE4F\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(s)),
        (s) => typeset(s) === s,
      ),
    );
  });

  it('sets every , : ; ! ? directly between two Chinese characters full-width', () => {
    const han = fc.constantFrom(...'中文字报道'.split(''));
    fc.assert(
      fc.property(han, fc.constantFrom(',', ':', ';', '!', '?'), han, (a, p, b) => {
        expect(typeset(a + p + b)).not.toContain(p);
      }),
    );
  });
});
