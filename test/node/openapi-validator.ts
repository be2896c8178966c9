/**
 * Validates HTTP traffic against reference/dots-v2.openapi.yaml with @hyperjump/json-schema's
 * OpenAPI 3.1 dialect (a full JSON Schema 2020-12 validator that understands OpenAPI documents:
 * `$ref` cycles, `if/then`, type arrays, formats such as uuid, email and date-time).
 *
 * The reference document has two defects that make it an invalid OpenAPI 3.1 document; they are
 * repaired on load, and the repaired document is then checked against the official OAS 3.1
 * meta-schema before any traffic is validated:
 * 1. `type: [object, null]` written with a bare YAML null (JSON Schema needs the string "null");
 * 2. `approval-policy.payable_conditions[].type` nests `type: {enum: [...]}` (meant as `enum`).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setShouldValidateFormat, validate } from '@hyperjump/json-schema/openapi-3-1';
import '@hyperjump/json-schema/formats';
import { parse } from 'yaml';

export const OPENAPI_PATH = new URL('../../docs/reference/dots-v2.openapi.yaml', import.meta.url);

type Json = Record<string, unknown>;
type Operation = { parameters?: Json[]; requestBody?: { content?: Record<string, { schema?: unknown }> }; responses?: Record<string, { content?: Record<string, unknown> }> };

export interface Exchange {
  method: string;
  /** path with the query string, relative to the server root */
  url: string;
  requestBody?: unknown;
  status: number;
  responseBody?: unknown;
}

export interface Verdict {
  documented: boolean;
  errors: string[];
}

function repair(doc: Json): { nullTypes: number } {
  let nullTypes = 0;
  (function walk(n: unknown): void {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Json;
    if (Array.isArray(o.type) && o.type.includes(null)) {
      o.type = o.type.map((t) => (t === null ? 'null' : t));
      nullTypes += 1;
    }
    Object.values(o).forEach(walk);
  })(doc);
  const schemas = (doc.components as Json).schemas as Json;
  const prop = ((((schemas['approval-policy'] as Json).properties as Json).payable_conditions as Json).items as Json).properties as Json;
  const t = prop.type as Json;
  if (t.type && typeof t.type === 'object' && !Array.isArray(t.type)) {
    t.enum = (t.type as Json).enum;
    delete t.type;
  }
  return { nullTypes };
}

const pointer = (...parts: string[]) => '#' + parts.map((p) => '/' + encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('');

export class OpenApiValidator {
  readonly doc: Json;
  readonly #base: string;
  readonly #ops: Array<{ template: string; re: RegExp; item: Json }>;

  private constructor(doc: Json, base: string) {
    this.doc = doc;
    this.#base = base;
    this.#ops = Object.entries(doc.paths as Json).map(([template, item]) => ({
      template,
      re: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      item: item as Json,
    }));
  }

  static async load(): Promise<{ validator: OpenApiValidator; documentErrors: unknown[] }> {
    const doc = parse(readFileSync(OPENAPI_PATH, 'utf8')) as Json;
    repair(doc);
    setShouldValidateFormat(true);
    const meta = await validate('https://spec.openapis.org/oas/3.1/schema-base', doc as never, 'BASIC');
    // hyperjump recognises an OpenAPI document by its `.openapi.json` file name
    const dir = mkdtempSync(join(tmpdir(), 'dots-openapi-'));
    const file = join(dir, 'dots-v2.openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    return { validator: new OpenApiValidator(doc, pathToFileURL(file).href), documentErrors: meta.valid ? [] : (meta.errors ?? []) };
  }

  /** Validates a value against the schema at a pointer into the document. */
  async check(ptr: string, value: unknown): Promise<string[]> {
    const out = await validate(this.#base + ptr, value as never, 'BASIC');
    if (out.valid) return [];
    return (out.errors ?? []).map((e) => `${e.instanceLocation} fails ${e.absoluteKeywordLocation.split('#')[1]}`);
  }

  #find(method: string, path: string) {
    const hit = this.#ops.find((o) => o.re.test(path) && o.item[method.toLowerCase()]);
    return hit ? { template: hit.template, item: hit.item, op: hit.item[method.toLowerCase()] as Operation } : null;
  }

  /** Request and response of one exchange, against the operation the path and method name. */
  async exchange(x: Exchange): Promise<Verdict> {
    const url = new URL(x.url, 'http://x');
    const found = this.#find(x.method, url.pathname);
    if (!found) return { documented: false, errors: [] };
    const { template, item, op } = found;
    const m = x.method.toLowerCase();
    const errors: string[] = [];

    // parameters: path-level then operation-level, each present value against its schema
    const params = [...((item.parameters as Json[] | undefined) ?? []).map((p, i) => ({ p, at: pointer('paths', template, 'parameters', String(i), 'schema') })),
      ...(op.parameters ?? []).map((p, i) => ({ p, at: pointer('paths', template, m, 'parameters', String(i), 'schema') }))];
    const pathValues = new Map<string, string>();
    const names = [...template.matchAll(/\{([^}]+)\}/g)].map((r) => r[1]!);
    const values = new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`).exec(url.pathname)!.slice(1);
    names.forEach((n, i) => pathValues.set(n, decodeURIComponent(values[i]!)));
    for (const { p, at } of params) {
      const raw = p.in === 'path' ? pathValues.get(p.name as string) : p.in === 'query' ? url.searchParams.get(p.name as string) : undefined;
      if (raw === undefined || raw === null) continue;
      const type = ((p.schema as Json | undefined)?.type as string | undefined) ?? 'string';
      const value = type === 'integer' || type === 'number' ? Number(raw) : type === 'boolean' ? raw === 'true' : raw;
      for (const e of await this.check(at, value)) errors.push(`request ${p.in} ${String(p.name)}: ${e}`);
    }
    for (const key of url.searchParams.keys()) {
      if (!params.some(({ p }) => p.in === 'query' && p.name === key)) errors.push(`request query ${key} is not a documented parameter`);
    }

    if (x.requestBody !== undefined && op.requestBody?.content?.['application/json']?.schema) {
      for (const e of await this.check(pointer('paths', template, m, 'requestBody', 'content', 'application/json', 'schema'), x.requestBody)) errors.push(`request body: ${e}`);
    }

    const response = op.responses?.[String(x.status)];
    if (!response) {
      errors.push(`status ${x.status} is not documented for ${x.method} ${template}`);
    } else if (response.content?.['application/json'] && (response.content['application/json'] as Json).schema) {
      for (const e of await this.check(pointer('paths', template, m, 'responses', String(x.status), 'content', 'application/json', 'schema'), x.responseBody)) {
        errors.push(`response body: ${e}`);
      }
    }
    return { documented: true, errors };
  }
}
