// Preloaded with NODE_OPTIONS=--import (Node 20 refuses --cpu-prof there): a CPU profile of this
// process from start to exit, written to BENCH_PROFILE as <script>-<port>-<pid>.cpuprofile, the port
// it serves (next's -p, or PORT) telling the processes apart (bench/notes.ts, bench/profile.ts).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 500 });
session.post('Profiler.start');
// The main thread's session answers synchronously, so the profile is written before the process ends.
const port = process.argv.includes('-p') ? process.argv[process.argv.indexOf('-p') + 1] : (process.env.PORT ?? '');
process.on('exit', () =>
  session.post('Profiler.stop', (error, result) => {
    if (!error)
      writeFileSync(path.join(process.env.BENCH_PROFILE, `${path.basename(process.argv[1] ?? 'node')}-${port}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  }),
);
