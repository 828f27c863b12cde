/**
 * Parses SearchMedia's Match statement (docs/vod-api.md §5): `field = value`, `field = 'fuzzy'`,
 * `field in ('a','b')`, ranges `field = ('v1','v2']` with `()`/`[]` ends, `and`, `or`, parentheses.
 * Mixing `and` and `or` at one level is refused: VOD requires or-groups to be parenthesised.
 */

export interface MatchValue {
  text: string;
  quoted: boolean;
}

export type MatchNode =
  | { kind: 'and' | 'or'; parts: MatchNode[] }
  | { kind: 'eq'; field: string; value: MatchValue }
  | { kind: 'in'; field: string; values: MatchValue[] }
  | {
      kind: 'range';
      field: string;
      low: MatchValue | null;
      high: MatchValue | null;
      lowInclusive: boolean;
      highInclusive: boolean;
    };

export class MatchSyntaxError extends Error {}

type Token =
  | { type: 'punct'; text: '(' | ')' | '[' | ']' | ',' | '='; at: number }
  | { type: 'word'; text: string; at: number }
  | { type: 'string'; text: string; at: number };

/** Parses a Match statement; throws MatchSyntaxError with the position of the problem. */
export function parseMatch(input: string): MatchNode {
  const tokens = tokenize(input);
  let position = 0;
  const peek = () => tokens[position];
  const fail = (message: string): never => {
    const at = peek()?.at ?? input.length;
    throw new MatchSyntaxError(`${message} at position ${at}`);
  };
  const isKeyword = (token: Token | undefined, word: string) =>
    token?.type === 'word' && token.text.toLowerCase() === word;
  const expectPunct = (text: string) => {
    const token = peek();
    if (token?.type !== 'punct' || token.text !== text) fail(`Expected "${text}"`);
    position++;
  };

  const scalar = (): MatchValue => {
    const token = peek();
    if (token?.type === 'string') {
      position++;
      return { text: token.text, quoted: true };
    }
    if (token?.type === 'word') {
      position++;
      return { text: token.text, quoted: false };
    }
    return fail('Expected a value');
  };

  const condition = (): MatchNode => {
    const fieldToken = peek();
    if (fieldToken?.type !== 'word') return fail('Expected a field name');
    position++;
    const field = fieldToken.text;
    if (isKeyword(peek(), 'in')) {
      position++;
      expectPunct('(');
      const values = [scalar()];
      while (peek()?.type === 'punct' && peek()!.text === ',') {
        position++;
        values.push(scalar());
      }
      expectPunct(')');
      return { kind: 'in', field, values };
    }
    expectPunct('=');
    const next = peek();
    if (next?.type === 'punct' && (next.text === '(' || next.text === '[')) {
      position++;
      const lowInclusive = next.text === '[';
      const low = peek()?.type === 'punct' ? null : scalar();
      expectPunct(',');
      const high = peek()?.type === 'punct' ? null : scalar();
      const close = peek();
      if (close?.type !== 'punct' || (close.text !== ')' && close.text !== ']'))
        return fail('Expected ")" or "]"');
      position++;
      return { kind: 'range', field, low, high, lowInclusive, highInclusive: close.text === ']' };
    }
    return { kind: 'eq', field, value: scalar() };
  };

  const primary = (): MatchNode => {
    const token = peek();
    if (token?.type === 'punct' && token.text === '(') {
      position++;
      const inner = expression();
      expectPunct(')');
      return inner;
    }
    return condition();
  };

  const expression = (): MatchNode => {
    const parts = [primary()];
    let joiner: 'and' | 'or' | null = null;
    while (isKeyword(peek(), 'and') || isKeyword(peek(), 'or')) {
      const word = (peek() as { text: string }).text.toLowerCase() as 'and' | 'or';
      if (joiner && joiner !== word) fail('Mixing "and" and "or" needs parentheses');
      joiner = word;
      position++;
      parts.push(primary());
    }
    return joiner ? { kind: joiner, parts } : parts[0]!;
  };

  if (tokens.length === 0) throw new MatchSyntaxError('The Match statement is empty');
  const tree = expression();
  if (position < tokens.length) fail('Unexpected text');
  return tree;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '(' || c === ')' || c === '[' || c === ']' || c === ',' || c === '=') {
      tokens.push({ type: 'punct', text: c, at: i });
      i++;
    } else if (c === "'" || c === '"') {
      const at = i;
      let text = '';
      i++;
      for (;;) {
        if (i >= input.length) throw new MatchSyntaxError(`Unterminated string at position ${at}`);
        const d = input[i]!;
        if (d === '\\' && i + 1 < input.length) {
          text += input[i + 1];
          i += 2;
        } else if (d === c) {
          i++;
          break;
        } else {
          text += d;
          i++;
        }
      }
      tokens.push({ type: 'string', text, at });
    } else {
      const at = i;
      while (i < input.length && !/[\s()[\],='"]/.test(input[i]!)) i++;
      tokens.push({ type: 'word', text: input.slice(at, i), at });
    }
  }
  return tokens;
}
