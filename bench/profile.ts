// `npx tsx bench/profile.ts <dir>`: where the CPU of a profiled `npm run bench:notes` went
// (BENCH_PROFILE=<dir>, see bench/notes.ts). For each server process's profile and each HTTP row
// that process served (windows.json, on the same monotonic clock as the profile), the CPU time per
// request and its split: self time by who wrote the code (the build's chunks through their source
// maps: our lib/ and app/, Next.js, Prisma, better-auth, the Markdown sanitiser …), garbage
// collection; the same with Node's and V8's own work charged to whoever called it ("paid"); and the
// inclusive time of our own functions.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type Node = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };
/** An HTTP row's time (µs, process.hrtime's clock, which V8's profiles share) and where it was sent. */
export type Window = { row: string; target: 'stack' | 'next'; from: number; to: number; requests: number };

const ROOT = path.resolve(import.meta.dirname, '..');
const maps = new Map<string, SourceMap | null>();

/** The original file of a frame: through the chunk's source map where there is one, else its own. */
function sourceOf(frame: CallFrame): string {
  if (!frame.url) return '';
  const file = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
  if (!maps.has(file)) maps.set(file, existsSync(`${file}.map`) ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null);
  const entry = maps.get(file)?.findEntry(frame.lineNumber, frame.columnNumber);
  const original = entry && 'originalSource' in entry && typeof entry.originalSource === 'string' ? path.resolve(path.dirname(file), entry.originalSource) : file;
  return decodeURIComponent(path.relative(ROOT, original));
}

const KINDS: [RegExp, string][] = [
  [/^(lib|app)\//, 'ours (lib/, app/)'],
  [/node_modules\/next\//, 'Next.js'],
  [/node_modules\/(@prisma|prisma|better-sqlite3)\/|^lib\/generated\//, 'Prisma and better-sqlite3'],
  [/node_modules\/(better-auth|@better-auth|better-call|@noble|jose|kysely|defu|rou3)\//, 'better-auth'],
  [
    /node_modules\/(marked|sanitize-html|htmlparser2|domhandler|domutils|dom-serializer|entities|postcss|parse-srcset|escape-string-regexp|deepmerge|is-plain-object|nanoid|picocolors|source-map-js)\//,
    'Markdown render and sanitise (marked, sanitize-html)',
  ],
  [/node_modules\/zod\//, 'zod'],
  [/node_modules\/opencc-js\//, 'OpenCC (term key)'],
  [/node_modules\/react(-dom)?\//, 'React'],
  [/^node:|^$/, 'Node.js and V8'],
];
const UNATTRIBUTED = new Set(['Node.js and V8', '(program: V8, not attributed)']);
const kindOf = (frame: CallFrame, source: string) => {
  if (frame.functionName === '(garbage collector)') return 'garbage collection';
  if (frame.functionName === '(program)') return '(program: V8, not attributed)';
  return KINDS.find(([re]) => re.test(source))?.[1] ?? `other: ${source.replace(/^.*node_modules\//, '').split('/')[0]}`;
};

function summarize(profile: Profile, window: Window, who: string) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const charged = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const dt = profile.timeDeltas[i + 1] ?? 0; // a sample stands for the time until the next one
    if (t < window.from || t > window.to) continue;
    const leaf = byId.get(profile.samples[i])!;
    if (leaf.callFrame.functionName === '(idle)') continue;
    busy += dt;
    const kind = kindOf(leaf.callFrame, sourceOf(leaf.callFrame));
    self.set(kind, (self.get(kind) ?? 0) + dt);
    // Node's and V8's own work charged to the nearest caller that is not theirs (who asked for it).
    let payer = kind;
    for (let id = parent.get(leaf.id); UNATTRIBUTED.has(payer) && id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      if (frame.functionName !== '(root)') payer = kindOf(frame, sourceOf(frame));
    }
    charged.set(payer, (charged.get(payer) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      const source = sourceOf(frame);
      if (!/^(lib|app)\//.test(source)) continue;
      const name = `${frame.functionName || '(anonymous)'} (${source})`;
      if (seen.has(name)) continue;
      inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
      seen.add(name);
    }
  }
  const ms = (us: number) => us / 1000 / window.requests;
  const lines = [
    `### ${window.row}, in ${who}: ${ms(busy).toFixed(2)} ms CPU per request over ${window.requests} (${((busy / (window.to - window.from)) * 100).toFixed(0)} % busy)`,
  ];
  for (const [kind, us] of [...self].sort((a, b) => b[1] - a[1])) lines.push(`  self  ${((us / busy) * 100).toFixed(1).padStart(5)} %  ${ms(us).toFixed(3)} ms  ${kind}`);
  for (const [kind, us] of [...charged].sort((a, b) => b[1] - a[1])) lines.push(`  paid  ${((us / busy) * 100).toFixed(1).padStart(5)} %  ${ms(us).toFixed(3)} ms  ${kind}`);
  for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 12))
    lines.push(`  incl  ${((us / busy) * 100).toFixed(1).padStart(5)} %  ${ms(us).toFixed(3)} ms  ${name}`);
  return lines.join('\n');
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: npx tsx bench/profile.ts <BENCH_PROFILE dir>');
const windows: Window[] = JSON.parse(readFileSync(path.join(dir, 'windows.json'), 'utf8'));
const ports: { front: number; next: number } = JSON.parse(readFileSync(path.join(dir, 'ports.json'), 'utf8'));
const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
const load = (file: string | undefined): Profile => {
  if (!file) throw new Error(`a server's profile is missing in ${dir}`);
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
};
// npm start's stack: the front (serve.ts on its port) and its own next start (the one not asked directly).
const processes = [
  { who: 'the front (serve.ts)', target: 'stack', file: files.find((f) => f.startsWith(`serve.ts-${ports.front}-`)) },
  { who: "the stack's next start", target: 'stack', file: files.find((f) => f.startsWith('next-') && !f.startsWith(`next-${ports.next}-`)) },
  { who: 'next start, asked directly', target: 'next', file: files.find((f) => f.startsWith(`next-${ports.next}-`)) },
];
for (const { who, target, file } of processes) {
  const profile = load(file);
  for (const window of windows.filter((w) => w.target === target)) console.log(summarize(profile, window, who));
}
