import fs from 'node:fs';
import path from 'node:path';

export interface CypherParam {
  name: string;
  type: string;
}

export interface CypherStatement {
  name: string;
  description: string;
  params: CypherParam[];
  returns: string[];
  text: string;
  /** The file it came from, relative to the Cypher root. */
  file: string;
  /** file:line of the `@name` header, for error messages. */
  origin: string;
  /** True for a `@fragment`: text other statements take in with `// @include <name>`, never run alone. */
  fragment?: boolean;
  /**
   * For a statement with a `// @each <copy> with <slot>, …` … `// @end` block: the block is written
   * once per copy when the statement is run (src/db/composed-statement.ts), `{<copy>}` replaced by
   * the copy's number and each `{<slot>}` by the Cypher piece given for it. The text keeps the block
   * between its two marker lines.
   */
  each?: { copy: string; slots: string[] };
}

export class CypherFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CypherFileError';
  }
}

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const HEADER = /^\/\/\s*@(\w+)\s*(.*)$/;
const PARAM = /^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(\S.*)$/;
const INCLUDE = /^(\s*)\/\/\s*@include\s+(\S+)\s*$/;
const REPEAT = /^\/\/\s*@repeat\s+([a-z])\s+in\s+(\d+)\.\.(\d+)(?:\s+separated by\s+(.+))?$/;
const END = /^\/\/\s*@end$/;
const EACH = /^\/\/\s*@each\s+([a-z][A-Za-z]*)(?:\s+with\s+([a-z][A-Za-z]*(?:\s*,\s*[a-z][A-Za-z]*)*))?$/;
/** The marker lines a composed statement's text keeps around its @each block. */
export const EACH_START = /^\s*\/\/\s*@each\b/;
export const EACH_END = /^\s*\/\/\s*@end$/;

interface Repeat {
  variable: string;
  from: number;
  to: number;
  separator: string | undefined;
  lines: string[];
  line: number;
}

/**
 * The lines of a `// @repeat n in 1..6 separated by UNION ALL` … `// @end` block, once per value
 * of n with `{n}` replaced by it, the separator between copies: a quantifier such as {1,n} takes
 * no parameter, so a statement that needs one branch per bound writes the branch once.
 */
function expandRepeat(repeat: Repeat): string[] {
  const out: string[] = [];
  const indent = repeat.lines.find((l) => l.trim() !== '')?.match(/^\s*/)?.[0] ?? '';
  for (let value = repeat.from; value <= repeat.to; value += 1) {
    if (value > repeat.from && repeat.separator) out.push(indent + repeat.separator);
    out.push(...repeat.lines.map((l) => l.replaceAll(`{${repeat.variable}}`, String(value))));
  }
  return out;
}

interface Draft {
  name: string;
  fragment: boolean;
  description: string[];
  params: CypherParam[];
  returns: string[];
  body: string[];
  line: number;
  each?: { copy: string; slots: string[]; line: number; open: boolean };
}

/**
 * Splits one .cypher file into statements. Each statement starts with a header of
 * `// @name`, optional `// @param name: type` and `// @returns a, b` lines; plain
 * `//` lines in the header are its description. A `// @fragment` header starts a shared piece of
 * Cypher instead (no parameters of its own: it reads the variables of the statement around it),
 * which a statement takes in with a `// @include <name>` line of its body.
 */
export function parseCypherFile(source: string, file: string): CypherStatement[] {
  const lines = source.split(/\r?\n/);
  const statements: Draft[] = [];
  let current: Draft | undefined;
  let inHeader = false;
  let repeat: Repeat | undefined;

  lines.forEach((raw, index) => {
    const line = raw.trim();
    const lineNo = index + 1;
    const repeatStart = REPEAT.exec(line);
    if (repeatStart && current && !repeat) {
      const [, variable, from, to, separator] = repeatStart;
      if (Number(from) > Number(to)) throw new CypherFileError(`${file}:${lineNo}: bad @repeat: ${from}..${to} is empty`);
      repeat = { variable: variable!, from: Number(from), to: Number(to), separator: separator?.trim(), lines: [], line: lineNo };
      inHeader = false;
      return;
    }
    if (repeat && END.test(line)) {
      current!.body.push(...expandRepeat(repeat));
      repeat = undefined;
      return;
    }
    const eachStart = EACH.exec(line);
    if (eachStart && current && !current.fragment && !current.each) {
      const [, copy, slots] = eachStart;
      current.each = { copy: copy!, slots: slots ? slots.split(',').map((slot) => slot.trim()) : [], line: lineNo, open: true };
      inHeader = false;
      current.body.push(raw);
      return;
    }
    if (eachStart || HEADER.exec(line)?.[1] === 'each') {
      throw new CypherFileError(`${file}:${lineNo}: bad @each: one "// @each <copy> with <slot>, …" block per statement, not in a fragment`);
    }
    if (current?.each?.open && END.test(line)) {
      current.each.open = false;
      current.body.push(raw);
      return;
    }
    const tagInEach = current?.each?.open ? HEADER.exec(line)?.[1] : undefined;
    if (tagInEach && tagInEach !== 'include' && !repeat) {
      throw new CypherFileError(`${file}:${lineNo}: bad @each: @${tagInEach} inside the block of line ${current!.each!.line}`);
    }
    if (repeat) {
      // An @include stays a line of the block: every copy takes the fragment in (resolveIncludes).
      const tag = HEADER.exec(line)?.[1];
      if (tag && tag !== 'include') throw new CypherFileError(`${file}:${lineNo}: bad @repeat: @${tag} inside the block of line ${repeat.line}`);
      repeat.lines.push(raw);
      return;
    }
    const header = HEADER.exec(line);
    if (header) {
      const [, tag, rawValue] = header;
      const value = (rawValue ?? '').trim();
      if (tag === 'name' || tag === 'fragment') {
        if (!NAME.test(value)) {
          throw new CypherFileError(`${file}:${lineNo}: bad header: @${tag} "${value}" must be an identifier`);
        }
        current = { name: value, fragment: tag === 'fragment', description: [], params: [], returns: [], body: [], line: lineNo };
        statements.push(current);
        inHeader = true;
        return;
      }
      if (tag === 'include' && current && !current.fragment && NAME.test(value)) {
        inHeader = false;
        current.body.push(raw);
        return;
      }
      if (tag === 'include') {
        throw new CypherFileError(`${file}:${lineNo}: bad include: "${value}" must name a fragment, inside a statement (fragments include none)`);
      }
      if (!current || !inHeader) {
        throw new CypherFileError(`${file}:${lineNo}: bad header: @${tag} must follow a // @name line`);
      }
      if (current.fragment && tag !== 'fragment') {
        throw new CypherFileError(`${file}:${lineNo}: bad header: fragment ${current.name} takes no @${tag}`);
      }
      if (tag === 'param') {
        const param = PARAM.exec(value);
        if (!param) {
          throw new CypherFileError(`${file}:${lineNo}: bad header: @param "${value}" must read "name: type"`);
        }
        if (current.params.some((p) => p.name === param[1])) {
          throw new CypherFileError(`${file}:${lineNo}: bad header: @param ${param[1]} declared twice`);
        }
        current.params.push({ name: param[1]!, type: param[2]!.trim() });
        return;
      }
      if (tag === 'returns') {
        current.returns = value.split(',').map((c) => c.trim()).filter(Boolean);
        return;
      }
      throw new CypherFileError(`${file}:${lineNo}: bad header: unknown tag @${tag}`);
    }
    if (line.startsWith('//') && inHeader && current && current.body.length === 0) {
      current.description.push(line.replace(/^\/\/\s?/, ''));
      return;
    }
    if (line === '' && current?.body.length === 0) return;
    if (!current && (line === '' || line.startsWith('//'))) return;
    if (!current) {
      throw new CypherFileError(`${file}:${lineNo}: missing name: statement text before any // @name header`);
    }
    inHeader = false;
    current.body.push(raw);
  });

  if (repeat) throw new CypherFileError(`${file}:${repeat.line}: bad @repeat: no // @end`);
  const unclosed = statements.find((draft) => draft.each?.open);
  if (unclosed) throw new CypherFileError(`${file}:${unclosed.each!.line}: bad @each: no // @end`);

  return statements.map((draft) => {
    const text = draft.body.join('\n').trim();
    const origin = `${file}:${draft.line}`;
    if (text === '') {
      throw new CypherFileError(`${origin}: statement ${draft.name} has no Cypher text`);
    }
    const used = new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
    if (draft.fragment && used.size > 0) {
      throw new CypherFileError(`${origin}: fragment ${draft.name} uses $${[...used][0]}: a fragment reads variables, not parameters`);
    }
    const declared = new Set(draft.params.map((p) => p.name));
    for (const name of used) {
      if (!declared.has(name)) {
        throw new CypherFileError(`${origin}: bad header: statement ${draft.name} uses $${name} without a @param`);
      }
    }
    for (const name of declared) {
      if (!used.has(name)) {
        throw new CypherFileError(`${origin}: bad header: statement ${draft.name} declares @param ${name} but never uses it`);
      }
    }
    if (draft.each) checkEachBlock(draft, text, origin);
    return {
      name: draft.name,
      description: draft.description.join(' ').trim(),
      params: draft.params,
      returns: draft.returns,
      text,
      file,
      origin,
      ...(draft.fragment ? { fragment: true } : {}),
      ...(draft.each ? { each: { copy: draft.each.copy, slots: draft.each.slots } } : {}),
    };
  });
}

/** Every `{name}` of an @each block is its copy or one of its slots, and each of those is used. */
function checkEachBlock(draft: Draft, text: string, origin: string): void {
  const lines = text.split('\n');
  const block = lines.slice(lines.findIndex((l) => EACH_START.test(l)) + 1, lines.findIndex((l) => EACH_END.test(l))).join('\n');
  const named = new Set([draft.each!.copy, ...draft.each!.slots]);
  const used = new Set([...block.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!));
  for (const name of used) {
    if (!named.has(name)) throw new CypherFileError(`${origin}: bad @each: {${name}} is neither the copy nor a slot of the block`);
  }
  for (const name of named) {
    if (!used.has(name)) throw new CypherFileError(`${origin}: bad @each: {${name}} is declared but the block never uses it`);
  }
}

/** Replaces every `// @include <name>` line of the statements by that fragment, indented like the line. */
export function expandFragments(statements: CypherStatement[]): CypherStatement[] {
  const fragments = new Map(statements.filter((s) => s.fragment).map((s) => [s.name, s]));
  return statements
    .filter((s) => !s.fragment)
    .map((s) => {
      const text = s.text
        .split('\n')
        .flatMap((line) => {
          const include = INCLUDE.exec(line);
          if (!include) return [line];
          const fragment = fragments.get(include[2]!);
          if (!fragment) {
            throw new CypherFileError(`${s.origin}: statement ${s.name} includes ${include[2]}, which no // @fragment defines`);
          }
          return [`${include[1]}// ${fragment.name} (${fragment.file})`, ...fragment.text.split('\n').map((l) => include[1] + l)];
        })
        .join('\n');
      return { ...s, text };
    });
}

function listCypherFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cypher'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Reads every .cypher file under `dir` once; fails on the first duplicate name. */
export function loadCypherDirectory(dir: string): Map<string, CypherStatement> {
  const statements = new Map<string, CypherStatement>();
  const parsed = listCypherFiles(dir).flatMap((file) => parseCypherFile(fs.readFileSync(file, 'utf8'), path.relative(dir, file)));
  for (const statement of parsed) {
    const existing = statements.get(statement.name);
    if (existing) {
      throw new CypherFileError(
        `duplicate name: statement ${statement.name} is defined in ${existing.origin} and ${statement.origin}`,
      );
    }
    statements.set(statement.name, statement);
  }
  return new Map(expandFragments([...statements.values()]).map((s) => [s.name, s]));
}
